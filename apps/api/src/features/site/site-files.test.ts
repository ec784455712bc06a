import { describe, expect, it } from 'vitest';
import { escapeXml, renderRobotsTxt, renderSitemap } from './site-files.ts';

describe('robots.txt and sitemap.xml', () => {
  it('escapes the characters XML reserves', () => {
    expect(escapeXml(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });

  it('lists the static pages and the procedures under the public address, escaped', () => {
    const xml = renderSitemap('https://dvc.example.vn/a&b', [{ code: '1.000948.H38', updatedAt: new Date('2026-11-02T10:00:00Z') }, { code: 'x<y>&z', updatedAt: new Date('2026-01-01T00:00:00Z') }]);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(xml).toContain('<url><loc>https://dvc.example.vn/a&amp;b/</loc></url>');
    expect(xml).toContain('<url><loc>https://dvc.example.vn/a&amp;b/thu-tuc</loc></url>');
    expect(xml).toContain('<url><loc>https://dvc.example.vn/a&amp;b/thu-tuc/1.000948.H38</loc><lastmod>2026-11-02</lastmod></url>');
    expect(xml).toContain('/thu-tuc/x%3Cy%3E%26z</loc>');
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });

  it('closes the personal and staff areas and the API, and names the sitemap', () => {
    const robots = renderRobotsTxt('https://dvc.example.vn');
    expect(robots).toContain('User-agent: *\nAllow: /\n');
    for (const path of ['/ca-nhan', '/can-bo', '/api/']) expect(robots).toContain(`Disallow: ${path}\n`);
    expect(robots).toContain('Sitemap: https://dvc.example.vn/sitemap.xml');
  });
});
