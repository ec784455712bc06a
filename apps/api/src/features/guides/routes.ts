import etag from '@fastify/etag';
import {
  ZAdminGuide,
  ZAdminGuideList,
  ZGuideCreate,
  ZGuideDeleteQuery,
  ZGuideIdParams,
  ZGuidePreviewRequest,
  ZGuideRendered,
  ZGuideUpdate,
  ZProblem,
  ZPublicGuide,
  ZPublicGuideList,
  ZPublicGuideParams,
  ZPublicGuideQuery,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../auth/routes.ts';
import { createGuideRenderer } from './markdown.ts';
import { createGuideRepository } from './repository.ts';
import { createGuideService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** Long enough to spare the database on busy days, short enough that an administrator's fix shows within a minute. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=60';

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** Hướng dẫn sử dụng: public pages and their administration (see packages/domain/src/guides.ts). */
export const guideRoutes: FastifyPluginAsyncZod = async (app) => {
  const siteOrigin = originOf(app.config.publicUrl);
  const service = createGuideService({
    repository: createGuideRepository(app.prisma),
    renderer: createGuideRenderer(siteOrigin ? { siteOrigin } : {}),
    audit: app.audit,
  });

  // Public answers: the same for every visitor, so no cookie on them and a strong ETag.
  const publicRoutes: FastifyPluginAsyncZod = async (publicApp) => {
    await publicApp.register(etag);
    publicApp.addHook('onRoute', (route) => {
      route.config = { ...route.config, publicCache: true, etag: true };
    });
    publicApp.addHook('onSend', async (request, reply) => {
      if (request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304)) reply.header('cache-control', PUBLIC_CACHE);
    });
    const tags = ['guides'];

    publicApp.get(
      '/guides',
      {
        schema: {
          operationId: 'listGuides',
          security: SECURITY.public,
          tags,
          summary: 'Published guides in display order, each in the requested language or else in Vietnamese (`fallback: true`)',
          querystring: ZPublicGuideQuery,
          response: { 200: ZPublicGuideList, 400: ZProblem },
        },
      },
      async (request) => service.publicList(request.query.locale),
    );

    publicApp.get(
      '/guides/:slug',
      {
        schema: {
          operationId: 'getGuide',
          security: SECURITY.public,
          tags,
          summary: 'One guide: title, rendered HTML (safe to insert as it is), table of contents and the languages it exists in',
          description:
            'The page in `locale`; when that language has no published page, the Vietnamese one with `fallback: true`. ' +
            'The HTML comes from Markdown with raw HTML off: no script, event handler, foreign image or scripting URL can appear in it. Errors: GUIDE_NOT_FOUND (404).',
          params: ZPublicGuideParams,
          querystring: ZPublicGuideQuery,
          response: { 200: ZPublicGuide, 400: ZProblem, 404: ZProblem },
        },
      },
      async (request) => service.publicPage(request.params.slug, request.query.locale),
    );
  };
  await app.register(publicRoutes);

  // Administration: system administrators only (guides are the whole portal's, not one agency's).
  const systemAdmin = app.requireStaff(['system_admin']);
  const tags = ['admin-guides'];
  const refusals = { 401: ZProblem, 403: ZProblem };
  const WHO = 'System administrators only (an agency administrator gets 403).';

  const adminRoutes: FastifyPluginAsyncZod = async (adminApp) => {
    adminApp.addHook('onSend', async (_request, reply) => {
      reply.header('cache-control', 'no-store');
    });

    adminApp.get(
      '/admin/guides',
      {
        preHandler: systemAdmin,
        schema: { operationId: 'listAdminGuides', security: SECURITY.session, tags, summary: 'Every guide page, both languages, published or not, in display order', description: WHO, response: { 200: ZAdminGuideList, ...refusals } },
      },
      async () => service.adminList(),
    );

    adminApp.get(
      '/admin/guides/:id',
      {
        preHandler: systemAdmin,
        schema: { operationId: 'getAdminGuide', security: SECURITY.session, tags, summary: 'One guide page with its Markdown and revision, for editing', description: WHO, params: ZGuideIdParams, response: { 200: ZAdminGuide, 400: ZProblem, 404: ZProblem, ...refusals } },
      },
      async (request) => service.adminGet(request.params.id),
    );

    adminApp.post(
      '/admin/guides',
      {
        preHandler: systemAdmin,
        schema: {
          operationId: 'createGuide',
          security: SECURITY.session,
          tags,
          summary: 'Create a guide page (one slug per language); audited as guide.create',
          description: `${WHO} Errors: GUIDE_SLUG_TAKEN (409), VALIDATION_FAILED.`,
          body: ZGuideCreate,
          response: { 201: ZAdminGuide, 400: ZProblem, 409: ZProblem, ...refusals },
        },
      },
      async (request, reply) => reply.code(201).send(await service.create(request.user!, request.body, contextOf(request))),
    );

    adminApp.put(
      '/admin/guides/:id',
      {
        preHandler: systemAdmin,
        schema: {
          operationId: 'updateGuide',
          security: SECURITY.session,
          tags,
          summary: 'Save a guide page; audited as guide.update with the page before and after',
          description: `${WHO} \`revision\` is the one the editor loaded: 409 VERSION_CONFLICT when the page was saved since (details.revision is the current one). Errors: GUIDE_NOT_FOUND, GUIDE_SLUG_TAKEN (409).`,
          params: ZGuideIdParams,
          body: ZGuideUpdate,
          response: { 200: ZAdminGuide, 400: ZProblem, 404: ZProblem, 409: ZProblem, ...refusals },
        },
      },
      async (request) => service.update(request.user!, request.params.id, request.body, contextOf(request)),
    );

    adminApp.delete(
      '/admin/guides/:id',
      {
        preHandler: systemAdmin,
        schema: {
          operationId: 'deleteGuide',
          security: SECURITY.session,
          tags,
          summary: 'Delete a guide page; audited as guide.delete with the page as it was',
          description: `${WHO} \`revision\` is the one the administrator saw: 409 VERSION_CONFLICT when the page was saved since. Errors: GUIDE_NOT_FOUND.`,
          params: ZGuideIdParams,
          querystring: ZGuideDeleteQuery,
          response: { 204: z.null().describe('Deleted'), 400: ZProblem, 404: ZProblem, 409: ZProblem, ...refusals },
        },
      },
      async (request, reply) => {
        await service.remove(request.user!, request.params.id, request.query.revision, contextOf(request));
        return reply.code(204).send(null);
      },
    );

    adminApp.post(
      '/admin/guides/preview',
      {
        preHandler: systemAdmin,
        config: { rateLimit: { max: 240, timeWindow: '1 minute' } },
        schema: {
          operationId: 'previewGuide',
          security: SECURITY.session,
          tags,
          summary: 'Render Markdown exactly as the public page will (live preview of the editor); nothing is saved',
          description: WHO,
          body: ZGuidePreviewRequest,
          response: { 200: ZGuideRendered, 400: ZProblem, ...refusals },
        },
      },
      async (request) => service.preview(request.body.body, request.body.locale),
    );
  };
  await app.register(adminRoutes);
};
