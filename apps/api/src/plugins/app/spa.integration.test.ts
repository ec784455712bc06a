/**
 * What a phone downloads first: built assets in their brotli or gzip sibling by
 * Accept-Encoding (Vary, a year's immutable cache), index.html with the portal's identity
 * in it (compressed too, never cached without asking), and API answers compressed above
 * a threshold.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { COMPRESSION_THRESHOLD_BYTES } from '../external/compression.ts';
import { jsonForScript, negotiateEncoding, renderIndexHtml } from './spa.ts';

const INDEX =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Cổng</title>\n    <script type="module" crossorigin src="/assets/app-1234.js"></script>\n  </head>\n  <body><div id="root"></div></body>\n</html>\n';
const SCRIPT = `console.log(${JSON.stringify('Thủ tục hành chính '.repeat(200))});\n`;

describe('compression and the HTML shell', () => {
  let ctx: TestContext;
  let distDir: string;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'portal-web-dist-'));
    await mkdir(join(distDir, 'assets'));
    await writeFile(join(distDir, 'index.html'), INDEX);
    const script = Buffer.from(SCRIPT);
    await writeFile(join(distDir, 'assets', 'app-1234.js'), script);
    await writeFile(join(distDir, 'assets', 'app-1234.js.br'), brotliCompressSync(script));
    await writeFile(join(distDir, 'assets', 'app-1234.js.gz'), gzipSync(script));
    await writeFile(join(distDir, 'assets', 'only-gzip-1234.css'), 'a{}'.repeat(500));
    await writeFile(join(distDir, 'assets', 'only-gzip-1234.css.gz'), gzipSync('a{}'.repeat(500)));
    ctx = await createTestApp({ WEB_DIST_DIR: distDir });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(distDir, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) =>
    ctx.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });
  const decode = (response: { rawPayload: Buffer; headers: Record<string, unknown> }) => {
    const encoding = response.headers['content-encoding'];
    if (encoding === 'br') return brotliDecompressSync(response.rawPayload).toString('utf8');
    if (encoding === 'gzip') return gunzipSync(response.rawPayload).toString('utf8');
    return response.rawPayload.toString('utf8');
  };

  describe('built assets', () => {
    it.each([
      ['gzip, deflate, br, zstd', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
    ])('answers Accept-Encoding "%s" with its %s sibling, immutable, Vary: Accept-Encoding', async (accept, encoding) => {
      const response = await get('/assets/app-1234.js', accept);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/javascript/);
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.rawPayload.length).toBeLessThan(SCRIPT.length / 4);
      expect(decode(response)).toBe(SCRIPT);
    });

    it('answers the file itself without Accept-Encoding (or with identity), still with Vary', async () => {
      for (const accept of [undefined, 'identity']) {
        const response = await get('/assets/app-1234.js', accept);
        expect(response.headers['content-encoding']).toBeUndefined();
        expect(response.headers.vary).toMatch(/accept-encoding/i);
        expect(response.body).toBe(SCRIPT);
      }
    });

    it('falls back to gzip when there is no brotli sibling', async () => {
      const response = await get('/assets/only-gzip-1234.css', 'br, gzip');
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(decode(response)).toBe('a{}'.repeat(500));
    });
  });

  describe('index.html', () => {
    it('carries GET /api/v1/portal’s answer, the title and the language, and is compressed, never cached unasked', async () => {
      const portal = (await get('/api/v1/portal')).json();
      for (const [accept, encoding] of [
        ['br, gzip', 'br'],
        ['gzip', 'gzip'],
        [undefined, undefined],
      ] as const) {
        const response = await get('/thu-tuc', accept);
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(/^text\/html/);
        expect(response.headers['content-encoding']).toBe(encoding);
        expect(response.headers.vary).toMatch(/accept-encoding/i);
        expect(response.headers['cache-control']).toBe('no-cache');
        const html = decode(response);
        expect(html).toContain('<html lang="vi">');
        expect(html).toContain(`<title>${portal.portalName}</title>`);
        const data = /<script id="portal-config" type="application\/json">(.*?)<\/script>/.exec(html)?.[1];
        expect(JSON.parse(data!)).toEqual(portal);
        expect(portal.hotline).toBeTruthy();
      }
      // The 404 page is the same shell.
      const missing = await get('/khong-co', 'br');
      expect(missing.statusCode).toBe(404);
      expect(decode(missing)).toContain('id="portal-config"');
    });

    it('escapes what it carries: no </script>, no markup, in the data or the title', () => {
      const hostile = {
        portalName: 'Cổng </title><script>alert(1)</script>',
        provinceName: '</script><script>alert(2)</script><!--',
        authorityName: 'A & B \u2028',
        agencyName: null,
        address: null,
        hotline: null,
        email: null,
      };
      const html = renderIndexHtml(INDEX, hostile);
      expect(html).not.toMatch(/<script>alert/);
      expect(html).not.toContain('<!--');
      expect(html.match(/<\/script>/g)).toHaveLength(2); // the data block's and the module's
      expect(html).toContain('<title>Cổng &lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
      const data = /<script id="portal-config" type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
      expect(JSON.parse(data!)).toEqual(hostile);
      expect(jsonForScript('</script>')).toBe('"\\u003c/script\\u003e"');
      // Without the identity (database down at the first page), the shell as built, in Vietnamese.
      expect(renderIndexHtml(INDEX, null)).toBe(INDEX.replace('<html lang="en">', '<html lang="vi">'));
    });

    it('negotiates br, then gzip, else nothing', () => {
      expect(negotiateEncoding('gzip, deflate, br')).toBe('br');
      expect(negotiateEncoding('br;q=0.5, gzip')).toBe('gzip');
      expect(negotiateEncoding('br;q=0, gzip;q=0')).toBeNull();
      expect(negotiateEncoding('*')).toBe('br');
      expect(negotiateEncoding('identity')).toBeNull();
      expect(negotiateEncoding(undefined)).toBeNull();
    });
  });

  describe('API answers', () => {
    it('compresses JSON above the threshold, br preferred, with Vary', async () => {
      const plain = await get('/api/v1/procedures');
      expect(plain.statusCode).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);

      const br = await get('/api/v1/procedures', 'gzip, deflate, br');
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers.vary).toMatch(/accept-encoding/i);
      expect(br.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(decode(br))).toEqual(plain.json());
      expect(br.rawPayload.length).toBeLessThan(plain.body.length / 2);

      const gzip = await get('/api/v1/procedures', 'gzip');
      expect(gzip.headers['content-encoding']).toBe('gzip');
      expect(JSON.parse(decode(gzip))).toEqual(plain.json());
    });

    it('leaves small answers and problems as they are', async () => {
      const health = await get('/api/health', 'br, gzip');
      expect(health.rawPayload.length).toBeLessThan(COMPRESSION_THRESHOLD_BYTES);
      expect(health.headers['content-encoding']).toBeUndefined();
      const problem = await get('/api/v1/khong-co', 'br, gzip');
      expect(problem.statusCode).toBe(404);
      expect(problem.headers['content-encoding']).toBeUndefined();
      expect(problem.json().code).toBe('NOT_FOUND');
    });

    it('still answers 304 to a matching If-None-Match when compressed', async () => {
      const first = await get('/api/v1/procedures', 'br');
      const etag = first.headers.etag as string | undefined;
      expect(etag).toBeTruthy();
      const again = await ctx.app.inject({ method: 'GET', url: '/api/v1/procedures', headers: { 'accept-encoding': 'br', 'if-none-match': etag! } });
      expect(again.statusCode).toBe(304);
      expect(again.rawPayload.length).toBe(0);
    });
  });
});
