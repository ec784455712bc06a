import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { SPA_PROCEDURE_PATTERN, matchSpaRoute, type TPortalInfo } from '@portal/domain';
import { createCatalogueRepository } from '../../features/catalogue/repository.ts';
import { createCatalogueService } from '../../features/catalogue/service.ts';
import { createSiteRepository } from '../../features/site/repository.ts';
import { sendProblem } from './problem-details.ts';

/** How long the portal's identity in the HTML is kept before it is read again (in the background). */
export const PORTAL_CONFIG_TTL_MS = 60_000;

/** The id of the `<script type="application/json">` that carries GET /api/v1/portal's answer. */
export const PORTAL_CONFIG_ELEMENT_ID = 'portal-config';

/**
 * JSON that is safe inside a `<script>` element: no `<` (so no `</script>` or `<!--`),
 * `>` and `&` escaped too, and the two line separators JavaScript once refused.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * index.html as built, with the portal's identity: `<html lang>`, `<title>` and a JSON
 * data block (not executed, so the CSP's `script-src 'self'` does not apply) that the SPA
 * reads at start instead of waiting for GET /api/v1/portal. Without it (the database was
 * down when it was first read), the SPA keeps the identity bundled at build time.
 */
export function renderIndexHtml(template: string, portal: TPortalInfo | null, lang = 'vi'): string {
  let html = template.replace(/<html\b[^>]*>/i, `<html lang="${escapeHtml(lang)}">`);
  if (!portal) return html;
  if (portal.portalName) html = html.replace(/<title>[^<]*<\/title>/i, `<title>${escapeHtml(portal.portalName)}</title>`);
  const data = `<script id="${PORTAL_CONFIG_ELEMENT_ID}" type="application/json">${jsonForScript(portal)}</script>`;
  // Before the module script, so it is in the DOM whenever main.tsx runs.
  return html.replace(/<\/title>/i, (end) => `${end}\n    ${data}`);
}

/** The encoding to answer in for an Accept-Encoding: br preferred, then gzip, else none (q=0 refuses). */
export function negotiateEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  if (!acceptEncoding) return null;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    if (!name) continue;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    accepted.set(name.trim(), q ? Number(q.slice(2)) || 0 : 1);
  }
  const quality = (encoding: string) => accepted.get(encoding) ?? accepted.get('*') ?? 0;
  if (quality('br') > 0 && quality('br') >= quality('gzip')) return 'br';
  if (quality('gzip') > 0) return 'gzip';
  return null;
}

interface RenderedIndex {
  html: Buffer;
  br: Buffer;
  gzip: Buffer;
}

function compressIndex(text: string): RenderedIndex {
  const html = Buffer.from(text, 'utf8');
  return {
    html,
    br: brotliCompressSync(html, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }),
    gzip: gzipSync(html, { level: 9 }),
  };
}

/**
 * Serves the built SPA (apps/web/dist) so that one port serves everything. Hashed
 * assets are cached for a year; their brotli and gzip siblings, made at build time
 * (apps/web/scripts/precompress.mjs), are sent by Accept-Encoding with
 * `Vary: Accept-Encoding`. Any other non-API GET answers index.html, with the portal's
 * identity in it (renderIndexHtml): with 200 for the addresses the SPA has a page for
 * (SPA_ROUTE_PATTERNS in @portal/domain; a procedure's page only while it is published),
 * with 404 otherwise — the SPA then shows its not-found page, and crawlers and monitors
 * see the truth.
 */
export default fp<{ distDir: string }>(
  async function spa(app, { distDir }) {
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      app.log.warn({ distDir }, 'the SPA is not built: only the API is served (run `pnpm build`)');
      return;
    }
    const template = readFileSync(index, 'utf8');
    const site = createSiteRepository(app.prisma);
    const catalogue = createCatalogueService(createCatalogueRepository(app.prisma));
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      preCompressed: true,
      setHeaders(res, path) {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });

    // The portal's identity changes only when an administrator edits the root agency:
    // read at the first page, then again in the background once PORTAL_CONFIG_TTL_MS has passed.
    let rendered: { key: string; page: RenderedIndex; readAt: number } | null = null;
    let reading: Promise<void> | null = null;
    const readPortal = () =>
      (reading ??= (async () => {
        let portal: TPortalInfo | null = null;
        try {
          portal = await catalogue.getPortalInfo();
        } catch (error) {
          app.log.warn({ err: error }, 'portal identity unavailable: index.html goes without it');
        }
        const key = JSON.stringify(portal);
        // Keep the last good identity when the database fails; compress only when it changed.
        if (portal === null && rendered) rendered = { ...rendered, readAt: Date.now() };
        else if (rendered?.key === key) rendered.readAt = Date.now();
        else rendered = { key, page: compressIndex(renderIndexHtml(template, portal)), readAt: portal ? Date.now() : 0 };
      })().finally(() => {
        reading = null;
      }));
    async function indexPage(): Promise<RenderedIndex> {
      if (!rendered) await readPortal();
      else if (Date.now() - rendered.readAt > PORTAL_CONFIG_TTL_MS) void readPortal();
      return rendered!.page;
    }

    /** Whether the SPA has a page at this address. */
    async function isPage(pathname: string): Promise<boolean> {
      const match = matchSpaRoute(pathname);
      if (!match) return false;
      if (match.pattern === SPA_PROCEDURE_PATTERN) return site.isPublishedProcedure(match.params.idOrCode ?? '');
      return true;
    }

    async function sendIndex(request: FastifyRequest, reply: FastifyReply, status: number) {
      const page = await indexPage();
      const encoding = negotiateEncoding(request.headers['accept-encoding']);
      reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-cache').header('vary', 'accept-encoding');
      if (encoding) reply.header('content-encoding', encoding);
      return reply.send(encoding ? page[encoding] : page.html);
    }

    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return sendProblem(reply, request, 'NOT_FOUND');
      const pathname = request.url.split('?', 1)[0]!;
      const found = await isPage(pathname);
      return sendIndex(request, reply, found ? 200 : 404);
    });
  },
  { name: 'spa', dependencies: ['prisma'] },
);
