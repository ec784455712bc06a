import { ADMIN_ROLES, DomainError, ZAdminWebhookParams, ZApiClientIdParams, ZProblem, ZWebhookDeliveryPage, ZWebhookDeliveryQuery, ZWebhookSubscriptionList, isSystemAdministrator } from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createCursorCodec } from '../../lib/cursor.ts';
import type { SessionUser } from '../../plugins/app/auth.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';
import { createWebhookRepository } from './repository.ts';
import { toDelivery, toSubscription } from './service.ts';

const CURSOR = createCursorCodec(z.object({ i: z.uuid() }));

/**
 * `/api/v1/admin/api-clients/{id}/webhook-subscriptions…`: what the administrators see of a
 * client's webhooks (read only: the client itself manages them) — its subscriptions, why one
 * was disabled, and the delivery log. Same access as the client's page: a system
 * administrator sees every client, an agency administrator those of their agency and units.
 */
export const adminWebhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const repository = createWebhookRepository(app.prisma);
  const tags = ['admin-api-clients'];
  const preHandler = app.requireStaff(ADMIN_ROLES);
  const security = SECURITY.session;
  const errors = { 400: ZProblem, 401: ZProblem, 403: ZProblem, 404: ZProblem };
  const WHO = 'System administrators (every client) and agency administrators (clients of their agency and its units; ADMIN_AGENCY_SCOPE otherwise).';

  async function visibleClient(actor: SessionUser, id: string): Promise<void> {
    const client = await app.prisma.apiClient.findUnique({ where: { id }, select: { agencyId: true } });
    if (!client) throw new DomainError('API_CLIENT_NOT_FOUND');
    if (isSystemAdministrator(actor.roles)) return;
    if (!actor.agencyId || client.agencyId === null) throw new DomainError('ADMIN_AGENCY_SCOPE');
    const inScope = await app.prisma.$queryRaw<{ id: string }[]>`
      WITH RECURSIVE tree AS (SELECT id FROM agency WHERE id = ${actor.agencyId}::uuid UNION SELECT a.id FROM agency a JOIN tree t ON a.parent_id = t.id)
      SELECT id::text AS id FROM tree WHERE id = ${client.agencyId}::uuid`;
    if (inScope.length === 0) throw new DomainError('ADMIN_AGENCY_SCOPE');
  }

  app.get(
    '/admin/api-clients/:id/webhook-subscriptions',
    {
      preHandler,
      schema: {
        operationId: 'listApiClientWebhookSubscriptions',
        security,
        tags,
        summary: 'The webhook subscriptions of an API client (status, why disabled, failing since)',
        description: WHO,
        params: ZApiClientIdParams,
        response: { 200: ZWebhookSubscriptionList, ...errors },
      },
    },
    async (request, reply) => {
      await visibleClient(request.user!, request.params.id);
      reply.header('cache-control', 'no-store');
      return { items: (await repository.listOfClient(request.params.id)).map(toSubscription) };
    },
  );

  app.get(
    '/admin/api-clients/:id/webhook-subscriptions/:subscriptionId/deliveries',
    {
      preHandler,
      schema: {
        operationId: 'listApiClientWebhookDeliveries',
        security,
        tags,
        summary: 'The delivery log of one of an API client’s webhook subscriptions, newest first',
        description: `${WHO} Pass \`nextCursor\` as \`cursor\` for the next page.`,
        params: ZAdminWebhookParams,
        querystring: ZWebhookDeliveryQuery,
        response: { 200: ZWebhookDeliveryPage, ...errors },
      },
    },
    async (request, reply) => {
      await visibleClient(request.user!, request.params.id);
      if (!(await repository.findOfClient(request.params.id, request.params.subscriptionId))) throw new DomainError('WEBHOOK_SUBSCRIPTION_NOT_FOUND');
      const after = CURSOR.decode(request.query.cursor);
      const rows = await repository.listDeliveries(request.params.subscriptionId, { status: request.query.status, beforeId: after?.i, limit: request.query.limit });
      const page = rows.slice(0, request.query.limit);
      reply.header('cache-control', 'no-store');
      return { items: page.map(toDelivery), nextCursor: rows.length > request.query.limit ? CURSOR.encode({ i: page.at(-1)!.id }) : null };
    },
  );
};
