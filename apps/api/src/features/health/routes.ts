import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, ZProblem } from '@portal/domain';
import { z } from 'zod';

const ZHealth = z.object({ status: z.literal('ok'), database: z.literal('ok') });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['health'],
        summary: 'Health: 200 once the database answers',
        response: { 200: ZHealth, 503: ZProblem },
      },
    },
    async () => {
      try {
        await app.prisma.$queryRaw`SELECT 1`;
      } catch (error) {
        app.log.error({ err: error }, 'health: the database does not answer');
        throw new DomainError('SERVICE_UNAVAILABLE');
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};
