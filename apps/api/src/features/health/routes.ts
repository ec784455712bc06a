import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, ZProblem } from '@portal/domain';
import { z } from 'zod';
import { SECURITY } from '../../plugins/external/openapi.ts';

const ZHealth = z.object({ status: z.literal('ok'), database: z.literal('ok') });

/** A database that has not answered SELECT 1 by then counts as down: probes get their answer fast. */
export const HEALTH_DATABASE_TIMEOUT_MS = 2_000;

class HealthTimeout extends Error {}

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/health',
    {
      // No session lookup: one statement, bounded in time, whatever the caller's cookies.
      config: { session: false },
      schema: {
        operationId: 'getHealth',
        security: SECURITY.public,
        tags: ['health'],
        summary: 'Health: 200 once the database answers SELECT 1 within 2 s, else 503',
        response: { 200: ZHealth, 503: ZProblem },
      },
    },
    async () => {
      let timer: NodeJS.Timeout | undefined;
      try {
        await Promise.race([
          app.prisma.$queryRaw`SELECT 1`,
          new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new HealthTimeout(`no answer to SELECT 1 within ${HEALTH_DATABASE_TIMEOUT_MS} ms`)), HEALTH_DATABASE_TIMEOUT_MS);
          }),
        ]);
      } catch (error) {
        app.log.error({ err: error }, 'health: the database does not answer');
        throw new DomainError('SERVICE_UNAVAILABLE');
      } finally {
        clearTimeout(timer);
      }
      return { status: 'ok' as const, database: 'ok' as const };
    },
  );
};
