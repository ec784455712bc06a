import { SPA_ROBOTS_DISALLOW, SPA_SITEMAP_PAGES } from '@portal/domain';

/** Text content of an XML element: the five characters XML reserves. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
}

/** robots.txt: public pages open, personal and staff areas, the API and one-time links closed. */
export function renderRobotsTxt(publicUrl: string): string {
  return ['User-agent: *', 'Allow: /', ...SPA_ROBOTS_DISALLOW.map((path) => `Disallow: ${path}`), '', `Sitemap: ${publicUrl}/sitemap.xml`, ''].join('\n');
}

/** sitemap.xml (sitemaps.org 0.9): the static public pages, then each published procedure. */
export function renderSitemap(publicUrl: string, procedures: readonly { code: string; updatedAt: Date }[]): string {
  const url = (path: string, lastmod?: Date) =>
    `  <url><loc>${escapeXml(publicUrl + path)}</loc>${lastmod ? `<lastmod>${lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...SPA_SITEMAP_PAGES.map((path) => url(path === '/' ? '/' : path)),
    ...procedures.map((procedure) => url(`/thu-tuc/${encodeURIComponent(procedure.code)}`, procedure.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}
