import { ZPortalInfo } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createCatalogueRepository } from '../catalogue/repository.ts';
import { createCatalogueService } from '../catalogue/service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

export const portalRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createCatalogueService(createCatalogueRepository(app.prisma));
  app.get(
    '/portal',
    {
      config: { publicCache: true },
      schema: {
        operationId: 'getPortal',
        security: SECURITY.public,
        tags: ['portal'],
        summary: 'Who runs this portal: name, province, owner agency and contacts',
        response: { 200: ZPortalInfo },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return service.getPortalInfo();
    },
  );
};
