import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';
import { SPA_PROCEDURE_PATTERN, matchSpaRoute } from '@portal/domain';
import { createSiteRepository } from '../../features/site/repository.ts';
import { sendProblem } from './problem-details.ts';

/**
 * Serves the built SPA (apps/web/dist) so that one port serves everything. Hashed
 * assets are cached for a year. Any other non-API GET answers index.html: with 200 for
 * the addresses the SPA has a page for (SPA_ROUTE_PATTERNS in @portal/domain; a
 * procedure's page only while it is published), with 404 otherwise — the SPA then
 * shows its not-found page, and crawlers and monitors see the truth.
 */
export default fp<{ distDir: string }>(
  async function spa(app, { distDir }) {
    const index = join(distDir, 'index.html');
    if (!existsSync(index)) {
      app.log.warn({ distDir }, 'the SPA is not built: only the API is served (run `pnpm build`)');
      return;
    }
    const site = createSiteRepository(app.prisma);
    await app.register(fastifyStatic, {
      root: distDir,
      wildcard: false,
      index: false,
      setHeaders(res, path) {
        res.header('cache-control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });

    /** Whether the SPA has a page at this address. */
    async function isPage(pathname: string): Promise<boolean> {
      const match = matchSpaRoute(pathname);
      if (!match) return false;
      if (match.pattern === SPA_PROCEDURE_PATTERN) return site.isPublishedProcedure(match.params.idOrCode ?? '');
      return true;
    }

    app.get('/*', { schema: { hide: true } }, async (request, reply) => {
      if (request.url.startsWith('/api/') || request.url === '/api') return sendProblem(reply, request, 'NOT_FOUND');
      const pathname = request.url.split('?', 1)[0]!;
      const found = await isPage(pathname);
      return reply
        .code(found ? 200 : 404)
        .header('cache-control', 'no-cache')
        .sendFile('index.html');
    });
  },
  { name: 'spa', dependencies: ['prisma'] },
);
