import etag from '@fastify/etag';
import { ZProblem, ZStatsCsvQuery, ZStatsQuery, ZStatsReport } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { attachmentDisposition } from '../../lib/content-disposition.ts';
import { createStatsRepository } from './repository.ts';
import { createStatsService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** Figures change with every dossier step, but a minute's delay is fine for a public page. */
const PUBLIC_CACHE = 'public, max-age=60';

const COUNTING_RULES =
  'Months are Vietnam local months. A dossier is submitted in the month it was sent, received (and, while open, in progress) ' +
  'in the month the one-stop desk received it, and resolved early / on time / late, or returned, in the month it finished. ' +
  'Early: finished on a day before the due date’s day; late: after the due time (the due date before any apology). ' +
  'A rating counts in the month it was given. `agencyId` includes the agencies under it. Default range: the last 12 months.';

/** Thống kê: the public statistics of dossier handling (see packages/domain/src/stats.ts). */
export const statsRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createStatsService({ repository: createStatsRepository(app.prisma) });
  const tags = ['stats'];
  await app.register(etag);
  const limits = { rateLimit: { max: 120, timeWindow: '1 minute' } };

  app.get(
    '/stats',
    {
      config: { publicCache: true, etag: true, ...limits },
      schema: {
        operationId: 'getStats',
        security: SECURITY.public,
        tags,
        summary: 'Dossier handling figures: totals, by month, by agency and by field',
        description: COUNTING_RULES,
        querystring: ZStatsQuery,
        response: { 200: ZStatsReport, 400: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', PUBLIC_CACHE);
      return service.report(request.query);
    },
  );

  app.get(
    '/stats.csv',
    {
      config: { publicCache: true, etag: true, ...limits },
      schema: {
        operationId: 'downloadStatsCsv',
        security: SECURITY.public,
        tags,
        summary: 'The same figures as CSV (UTF-8 with BOM), one row per month, agency or field, and a total row',
        description: `${COUNTING_RULES} Rates are percentages with one decimal.`,
        querystring: ZStatsCsvQuery,
        produces: ['text/csv'],
        response: { 200: z.string().describe('CSV'), 400: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { csv, filename } = await service.csv(request.query);
      return reply
        .header('cache-control', PUBLIC_CACHE)
        .header('content-disposition', attachmentDisposition(filename))
        .type('text/csv; charset=utf-8')
        .send(csv);
    },
  );
};
