import etag from '@fastify/etag';
import {
  ZAgency,
  ZAgencyListQuery,
  ZField,
  ZFieldListQuery,
  ZId,
  zPathId,
  ZProblem,
  ZProcedureDetail,
  ZProcedureListQuery,
  ZProcedurePage,
  zPage,
} from '@portal/domain';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { createCatalogueRepository } from './repository.ts';
import { createCatalogueService } from './service.ts';
import { binaryResponse, DOCUMENT_MEDIA_TYPES, SECURITY } from '../../plugins/external/openapi.ts';

/** The public catalogue may be cached by browsers and proxies for a short while. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';
/** A stored file never changes (a new version is a new file id). */
const FILE_CACHE = 'public, max-age=86400';

/**
 * The search and the procedure page, the hottest answers, are built field by field from
 * typed rows (service.ts): they are written as they are, rather than parsed once more by
 * their zod schema on the way out (a page of 20 results costs more to re-validate than
 * to write). The schemas still document them (OpenAPI) and the tests check answers
 * against them.
 */
const writtenAsBuilt = { serializerCompiler: () => (data: unknown) => JSON.stringify(data) };

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCatalogueService(createCatalogueRepository(app.prisma, { namedStatements: app.config.databaseUrl !== null }));
  const tags = ['catalogue'];
  const cache = app.catalogueCache;
  /** JSON answers only: files stream from storage with their own ETag. */
  const cacheable = (request: FastifyRequest) => request.method === 'GET' && !request.url.includes('/templates/');

  // Every catalogue answer is the same for every visitor: no per-visitor cookie on it.
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, publicCache: true, etag: true };
  });

  // Strong ETags over the JSON; a matching If-None-Match answers 304 without the body.
  await app.register(etag);
  // Served from memory before validation and the database: the key is the exact URL,
  // which was valid when the answer was stored.
  app.addHook('onRequest', async (request, reply) => {
    if (!cacheable(request)) return;
    const hit = cache.get(request.url);
    if (!hit) return;
    reply.header('etag', hit.etag).header('x-cache', 'hit');
    return reply.type(hit.contentType).send(hit.body);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method === 'GET' && (reply.statusCode === 200 || reply.statusCode === 304) && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', PUBLIC_CACHE);
    }
    if (cacheable(request) && reply.statusCode === 200 && typeof payload === 'string' && !reply.hasHeader('x-cache')) {
      const tag = reply.getHeader('etag');
      if (typeof tag === 'string') cache.set(request.url, { body: payload, etag: tag, contentType: String(reply.getHeader('content-type')) });
    }
  });

  app.get(
    '/agencies',
    {
      schema: {
        operationId: 'listAgencies',
        security: SECURITY.public,
        tags,
        summary: 'List agencies (cơ quan, đơn vị), optionally by level or parent',
        querystring: ZAgencyListQuery,
        response: { 200: zPage(ZAgency), 400: ZProblem },
      },
    },
    async (request) => ({ items: await service.listAgencies(request.query), nextCursor: null }),
  );

  app.get(
    '/agencies/:id',
    {
      schema: {
        operationId: 'getAgency',
        security: SECURITY.public,
        tags,
        summary: 'One agency',
        params: z.object({ id: zPathId('NOT_FOUND') }),
        response: { 200: ZAgency, 404: ZProblem },
      },
    },
    async (request) => service.getAgency(request.params.id),
  );

  app.get(
    '/fields',
    {
      schema: {
        operationId: 'listFields',
        security: SECURITY.public,
        tags,
        summary: 'List fields (lĩnh vực) with their procedure counts, optionally within one agency',
        querystring: ZFieldListQuery,
        response: { 200: zPage(ZField), 400: ZProblem },
      },
    },
    async (request) => ({ items: await service.listFields(request.query.agencyId, request.query.online), nextCursor: null }),
  );

  app.get(
    '/procedures',
    {
      schema: {
        operationId: 'listProcedures',
        security: SECURITY.public,
        tags,
        summary: 'List and search administrative procedures',
        description:
          '`q` matches names with or without Vietnamese diacritics (`giay phep xay dung` finds *Cấp giấy phép xây dựng*), ' +
          'the last word as a prefix, and procedure codes by their beginning. Results are ordered by relevance and carry ' +
          '`highlight` segments of the name. When no procedure has every word, words are corrected one typo away and ' +
          '`approximate` is true. `cursor` is opaque: pass `nextCursor` back with the same query.',
        querystring: ZProcedureListQuery,
        response: { 200: ZProcedurePage, 400: ZProblem },
      },
      ...writtenAsBuilt,
    },
    async (request) => service.listProcedures(request.query),
  );

  app.get(
    '/procedures/:idOrCode',
    {
      schema: {
        operationId: 'getProcedure',
        security: SECURITY.public,
        tags,
        summary: 'Everything about one procedure, by id or by code',
        params: z.object({ idOrCode: ZId }),
        response: { 200: ZProcedureDetail, 404: ZProblem },
      },
      ...writtenAsBuilt,
    },
    async (request) => service.getProcedure(request.params.idOrCode),
  );

  app.get(
    '/procedures/:id/templates/:fileId',
    {
      schema: {
        operationId: 'downloadProcedureTemplate',
        security: SECURITY.public,
        tags,
        summary: 'Download a template (mẫu đơn, tờ khai) or the sample file of a procedure',
        description:
          'The file with its content type and its Vietnamese name in `Content-Disposition` ' +
          "(`filename*=UTF-8''…`, RFC 6266/5987). The ETag is the SHA-256 of the content.",
        params: z.object({ id: ZId, fileId: ZId }),
        response: { 200: binaryResponse(DOCUMENT_MEDIA_TYPES, 'The file content', { etag: true }), 304: z.any().describe('Not modified'), 404: ZProblem },
      },
    },
    async (request, reply) => {
      const file = await service.getProcedureFile(request.params.id, request.params.fileId);
      const tag = `"${file.sha256}"`;
      reply.header('etag', tag).header('cache-control', FILE_CACHE);
      if (request.headers['if-none-match'] === tag) return reply.code(304).send();
      const content = await app.storage.get(file.storageKey);
      return reply
        .type(file.mimeType)
        .header('content-length', file.size)
        .header('content-disposition', attachmentDisposition(file.originalName))
        .send(content);
    },
  );
};
