import { createHash } from 'node:crypto';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createSiteRepository } from './repository.ts';
import { renderRobotsTxt, renderSitemap } from './site-files.ts';

/** Browsers and crawlers may keep them this long; the catalogue cache is cleared on publication. */
const MAX_AGE_SECONDS = 300;

/**
 * /robots.txt and /sitemap.xml for search engines, addressed with PUBLIC_URL. The sitemap
 * lists the static public pages and every published procedure; it is kept in the
 * catalogue's response cache, which whoever publishes or unpublishes a procedure clears.
 * Not part of the API document. (Do not also ship these files in apps/web/public: the
 * static plugin would register the same addresses.)
 */
export const siteRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = createSiteRepository(app.prisma);
  const { publicUrl } = app.config;
  const robots = renderRobotsTxt(publicUrl);

  app.get('/robots.txt', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('text/plain; charset=utf-8').header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`).send(robots),
  );

  app.get('/sitemap.xml', { schema: { hide: true } }, async (request, reply) => {
    let cached = app.catalogueCache.get('/sitemap.xml');
    if (!cached) {
      const body = renderSitemap(publicUrl, await repository.publishedProcedures());
      cached = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`, contentType: 'application/xml; charset=utf-8' };
      app.catalogueCache.set('/sitemap.xml', cached);
    }
    reply.type(cached.contentType).header('cache-control', `public, max-age=${MAX_AGE_SECONDS}`).header('etag', cached.etag);
    if (request.headers['if-none-match'] === cached.etag) return reply.code(304).send();
    return reply.send(cached.body);
  });
};
