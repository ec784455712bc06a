import { ADMIN_ROLES, ZAuditEventPage, ZAuditEventQuery, ZProblem } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { createAuditRepository } from './repository.ts';
import { createAuditService } from './service.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';

/** GET /api/v1/admin/audit-events: the append-only audit trail, filtered, newest first. */
export const adminAuditRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createAuditService({ repository: createAuditRepository(app.prisma) });

  app.get(
    '/admin/audit-events',
    {
      preHandler: app.requireStaff(ADMIN_ROLES),
      schema: {
        operationId: 'listAuditEvents',
        security: SECURITY.session,
        tags: ['admin-audit'],
        summary: 'Audit events: filter by actor, action (prefix, e.g. `staff.`), entity, Vietnam-date range and agency',
        description:
          'Newest first; `nextCursor` continues the list. An agency administrator sees only their agency’s events (recorded for it or by its staff): another agencyId is ADMIN_AGENCY_SCOPE.',
        querystring: ZAuditEventQuery,
        response: { 200: ZAuditEventPage, 400: ZProblem, 401: ZProblem, 403: ZProblem },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return service.list(request.user!, request.query);
    },
  );
};
