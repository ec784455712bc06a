import {
  ZAgency,
  ZAgencyListQuery,
  ZField,
  ZFieldListQuery,
  ZId,
  ZProblem,
  ZProcedureDetail,
  ZProcedureListQuery,
  ZProcedureSummary,
  zPage,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createCatalogueRepository } from './repository.ts';
import { createCatalogueService } from './service.ts';

/** The public catalogue may be cached by browsers and proxies for a short while. */
const PUBLIC_CACHE = 'public, max-age=60, stale-while-revalidate=300';

export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCatalogueService(createCatalogueRepository(app.prisma));
  const tags = ['catalogue'];

  app.addHook('onSend', async (request, reply) => {
    if (request.method === 'GET' && reply.statusCode === 200 && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', PUBLIC_CACHE);
    }
  });

  app.get(
    '/agencies',
    {
      schema: {
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
        tags,
        summary: 'One agency',
        params: z.object({ id: z.uuid() }),
        response: { 200: ZAgency, 404: ZProblem },
      },
    },
    async (request) => service.getAgency(request.params.id),
  );

  app.get(
    '/fields',
    {
      schema: {
        tags,
        summary: 'List fields (lĩnh vực) with their procedure counts, optionally within one agency',
        querystring: ZFieldListQuery,
        response: { 200: zPage(ZField), 400: ZProblem },
      },
    },
    async (request) => ({ items: await service.listFields(request.query.agencyId), nextCursor: null }),
  );

  app.get(
    '/procedures',
    {
      schema: {
        tags,
        summary: 'List and search administrative procedures',
        description: '`q` matches with or without Vietnamese diacritics.',
        querystring: ZProcedureListQuery,
        response: { 200: zPage(ZProcedureSummary), 400: ZProblem },
      },
    },
    async (request) => service.listProcedures(request.query),
  );

  app.get(
    '/procedures/:idOrCode',
    {
      schema: {
        tags,
        summary: 'Everything about one procedure, by id or by code',
        params: z.object({ idOrCode: ZId }),
        response: { 200: ZProcedureDetail, 404: ZProblem },
      },
    },
    async (request) => service.getProcedure(request.params.idOrCode),
  );
};
