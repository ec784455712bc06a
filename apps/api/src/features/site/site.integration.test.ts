/**
 * The public site around the SPA: index.html with 200 only at the SPA's addresses (404
 * with the same page elsewhere, and for a procedure that is unknown or unpublished),
 * robots.txt and sitemap.xml from PUBLIC_URL.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SPA_SITEMAP_PAGES } from '@portal/domain';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const INDEX = '<!doctype html><html lang="vi"><head><title>Cổng Dịch vụ công</title></head><body><div id="root"></div></body></html>';
const PUBLIC_URL = 'https://dichvucong.example.vn';
const BUILDING_PERMIT = '1.009994.H18';
const CRIMINAL_RECORD = '2.000505.H18';

describe('SPA addresses, robots.txt and sitemap.xml', () => {
  let ctx: TestContext;
  let distDir: string;

  beforeAll(async () => {
    distDir = await mkdtemp(join(tmpdir(), 'portal-web-dist-'));
    await mkdir(join(distDir, 'assets'));
    await writeFile(join(distDir, 'index.html'), INDEX);
    await writeFile(join(distDir, 'assets', 'app-1234.js'), 'console.log(1)');
    ctx = await createTestApp({ WEB_DIST_DIR: distDir, PUBLIC_URL });
  });
  afterAll(async () => {
    await ctx.close();
    await rm(distDir, { recursive: true, force: true });
  });

  const get = (url: string, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'GET', url, headers });

  it.each(['/', '/thu-tuc', '/thu-tuc?q=ho%20tich', '/tra-cuu?code=X', '/hoi-dap/abc', '/ca-nhan/ho-so/0190/sua', '/can-bo/quan-tri/van-ban/moi', '/dang-nhap/'])(
    'answers the SPA with 200 at its page %s',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<div id="root"></div>');
      expect(response.body).toContain('<script id="portal-config" type="application/json">');
    },
  );

  it.each(['/khong-co', '/thu-tuc/9.999999.H18', '/thu-tuc/01900000-0000-7000-8000-000000000000', '/thu-tuc/a/b', '/ca-nhan/khong-co', '/assets/missing.js'])(
    'answers the SPA’s not-found page with 404 at %s',
    async (url) => {
      const response = await get(url);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<div id="root"></div>');
      expect(response.body).toContain('<script id="portal-config" type="application/json">');
      expect((await ctx.app.inject({ method: 'HEAD', url })).statusCode).toBe(404);
    },
  );

  it('answers a published procedure’s page (by code or id) with 200, and 404 once it is unpublished', async () => {
    const procedure = await ctx.prisma.procedure.findUniqueOrThrow({ where: { code: BUILDING_PERMIT }, select: { id: true } });
    expect((await get(`/thu-tuc/${BUILDING_PERMIT}`)).statusCode).toBe(200);
    expect((await get(`/thu-tuc/${procedure.id}`)).statusCode).toBe(200);
    await ctx.prisma.procedure.update({ where: { id: procedure.id }, data: { active: false } });
    try {
      expect((await get(`/thu-tuc/${BUILDING_PERMIT}`)).statusCode).toBe(404);
      expect((await get(`/thu-tuc/${procedure.id}`)).statusCode).toBe(404);
    } finally {
      await ctx.prisma.procedure.update({ where: { id: procedure.id }, data: { active: true } });
    }
  });

  it('still serves assets and answers the API with problem+json', async () => {
    const asset = await get('/assets/app-1234.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await get('/api/v1/khong-co');
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toContain('application/problem+json');
  });

  it('serves a robots.txt that closes the personal and staff areas and the API, and names the sitemap', async () => {
    const response = await get('/robots.txt');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(response.body).toMatch(/^User-agent: \*\nAllow: \/\n/);
    for (const path of ['/ca-nhan', '/can-bo', '/api/']) expect(response.body).toContain(`\nDisallow: ${path}\n`);
    expect(response.body).toContain(`\nSitemap: ${PUBLIC_URL}/sitemap.xml\n`);
  });

  it('serves a sitemap of the static public pages and every published procedure, cached briefly', async () => {
    // One procedure unpublished (a draft): the sitemap leaves it out.
    const draft = await ctx.prisma.procedure.findUniqueOrThrow({ where: { code: CRIMINAL_RECORD }, select: { id: true } });
    await ctx.prisma.procedure.update({ where: { id: draft.id }, data: { active: false } });
    const published = await ctx.prisma.procedure.findMany({ where: { active: true }, select: { code: true } });
    ctx.app.catalogueCache.clear();
    try {
      const response = await get('/sitemap.xml');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(response.headers['cache-control']).toBe('public, max-age=300');
      expect(response.body).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n/);
      const locs = [...response.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
      expect(locs).toHaveLength(SPA_SITEMAP_PAGES.length + published.length);
      expect(locs).toContain(`${PUBLIC_URL}/`);
      expect(locs).toContain(`${PUBLIC_URL}/thu-tuc`);
      expect(locs).toContain(`${PUBLIC_URL}/tra-cuu`);
      expect(locs).toContain(`${PUBLIC_URL}/thu-tuc/${BUILDING_PERMIT}`);
      expect(locs).not.toContain(`${PUBLIC_URL}/thu-tuc/${CRIMINAL_RECORD}`);
      expect(response.body).toMatch(new RegExp(`<loc>${PUBLIC_URL}/thu-tuc/${BUILDING_PERMIT.replaceAll('.', '\\.')}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));

      const again = await get('/sitemap.xml', { 'if-none-match': String(response.headers.etag) });
      expect(again.statusCode).toBe(304);
    } finally {
      await ctx.prisma.procedure.update({ where: { id: draft.id }, data: { active: true } });
    }
  });
});
