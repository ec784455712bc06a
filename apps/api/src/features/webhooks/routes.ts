import type { FastifyRequest } from 'fastify';
import {
  DomainError,
  INTEGRATION_EVENT_TYPES,
  MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT,
  ZProblem,
  ZWebhookDelivery,
  ZWebhookDeliveryPage,
  ZWebhookDeliveryParams,
  ZWebhookDeliveryQuery,
  ZWebhookSecret,
  ZWebhookSubscription,
  ZWebhookSubscriptionCreated,
  ZWebhookSubscriptionInput,
  ZWebhookSubscriptionList,
  ZWebhookSubscriptionParams,
  ZWebhookSubscriptionPatch,
} from '@portal/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { clientScope } from '../../plugins/external/openapi.ts';
import type { ApiClientPrincipal } from '../../plugins/app/auth.ts';
import { createWebhookRepository } from './repository.ts';
import { createWebhookService } from './service.ts';

const ZNoContent = z.null().describe('No content');

const SCOPE_NOTE =
  'Bearer token of an API client holding `webhooks:manage` (401 without a valid token, 403 INSUFFICIENT_SCOPE without the scope). ' +
  'A client sees only its own subscriptions: any other id answers 404 WEBHOOK_SUBSCRIPTION_NOT_FOUND.';

const URL_NOTE =
  'The URL must be `https://` in production and must not resolve to a loopback, private, link-local, unique-local, CGNAT, multicast ' +
  'or unspecified address (IPv4 or IPv6, IPv4-mapped included) — 400 WEBHOOK_URL_NOT_ALLOWED; checked again at every delivery, on the ' +
  'address actually connected to.';

const DELIVERY_NOTE =
  'Each message is POSTed as JSON with the Standard Webhooks headers `webhook-id` (the same on every attempt: deduplicate by it), ' +
  '`webhook-timestamp` and `webhook-signature` (`v1,` + base64 HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the ' +
  'base64-decoded secret after `whsec_`). Answer 2xx within 10 s; redirects are not followed. Otherwise the message is retried after ' +
  '5 s, 5 min, 30 min, 2 h, 5 h, 10 h, then every 10 h until three days after the first attempt; a subscription failing for three ' +
  'days in a row is disabled and the administrators are e-mailed. The body is the event as `GET /api/v1/events` shows it.';

/**
 * `/api/v1/webhooks/subscriptions…`: a machine client's webhook endpoints (Standard Webhooks),
 * their signing secret, delivery log, redelivery and test ping. Delivery itself: delivery.ts.
 */
export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createWebhookService({
    repository: createWebhookRepository(app.prisma),
    audit: app.audit,
    requireHttps: app.config.isProduction,
    allowedHosts: app.config.webhookAllowedHosts,
    wake: () => app.webhooks.wake(),
  });
  const tags = ['webhooks'];
  const security = clientScope('webhooks:manage');
  const preHandler = app.requireClientScope('webhooks:manage');
  const auth = { 401: ZProblem, 403: ZProblem };
  const clientOf = (request: FastifyRequest): ApiClientPrincipal => {
    if (!request.apiClient) throw new DomainError('UNAUTHENTICATED');
    return request.apiClient;
  };
  const contextOf = (request: FastifyRequest) => ({ ip: request.ip, requestId: request.id });
  const noStore = { 'cache-control': 'no-store' };

  app.post(
    '/webhooks/subscriptions',
    {
      preHandler,
      schema: {
        operationId: 'createWebhookSubscription',
        security,
        tags,
        summary: 'webhooks:manage — Subscribe an endpoint to events; the answer shows the signing secret',
        description:
          `${SCOPE_NOTE} ${URL_NOTE} \`eventTypes\`: any of ${INTEGRATION_EVENT_TYPES.map((type) => `\`${type}\``).join(', ')}; empty: every type. ` +
          'Events of the client’s agency scope committed from now on are delivered (the public news of every agency too). ' +
          `Keep the \`secret\`: it is shown again only by rotating it. At most ${MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT} subscriptions per client ` +
          `(409 WEBHOOK_SUBSCRIPTION_LIMIT). ${DELIVERY_NOTE}`,
        body: ZWebhookSubscriptionInput,
        response: { 201: ZWebhookSubscriptionCreated, 400: ZProblem, ...auth, 409: ZProblem },
      },
    },
    async (request, reply) => {
      const created = await service.create(clientOf(request), request.body, contextOf(request));
      return reply.code(201).headers(noStore).header('location', `/api/v1/webhooks/subscriptions/${created.id}`).send(created);
    },
  );

  app.get(
    '/webhooks/subscriptions',
    {
      preHandler,
      schema: {
        operationId: 'listWebhookSubscriptions',
        security,
        tags,
        summary: 'webhooks:manage — The client’s webhook subscriptions',
        description: SCOPE_NOTE,
        response: { 200: ZWebhookSubscriptionList, ...auth },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.list(clientOf(request));
    },
  );

  app.get(
    '/webhooks/subscriptions/:id',
    {
      preHandler,
      schema: {
        operationId: 'getWebhookSubscription',
        security,
        tags,
        summary: 'webhooks:manage — One webhook subscription',
        description: SCOPE_NOTE,
        params: ZWebhookSubscriptionParams,
        response: { 200: ZWebhookSubscription, ...auth, 404: ZProblem },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.get(clientOf(request), request.params.id);
    },
  );

  app.patch(
    '/webhooks/subscriptions/:id',
    {
      preHandler,
      schema: {
        operationId: 'updateWebhookSubscription',
        security,
        tags,
        summary: 'webhooks:manage — Change the URL, description or event types; disable, or enable again',
        description:
          `${SCOPE_NOTE} ${URL_NOTE} \`status: disabled\` stops deliveries and gives up the pending ones; \`status: active\` enables a ` +
          'subscription again (also one disabled after three days of failures) with a clean slate: events committed while it was ' +
          'disabled are not delivered — read them from `GET /api/v1/events`.',
        params: ZWebhookSubscriptionParams,
        body: ZWebhookSubscriptionPatch,
        response: { 200: ZWebhookSubscription, 400: ZProblem, ...auth, 404: ZProblem },
      },
    },
    async (request) => service.update(clientOf(request), request.params.id, request.body, contextOf(request)),
  );

  app.delete(
    '/webhooks/subscriptions/:id',
    {
      preHandler,
      schema: {
        operationId: 'deleteWebhookSubscription',
        security,
        tags,
        summary: 'webhooks:manage — Delete a subscription and its delivery log',
        description: SCOPE_NOTE,
        params: ZWebhookSubscriptionParams,
        response: { 204: ZNoContent, ...auth, 404: ZProblem },
      },
    },
    async (request, reply) => {
      await service.remove(clientOf(request), request.params.id, contextOf(request));
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/webhooks/subscriptions/:id/rotate-secret',
    {
      preHandler,
      schema: {
        operationId: 'rotateWebhookSecret',
        security,
        tags,
        summary: 'webhooks:manage — Replace the signing secret (messages sent from now on are signed with the new one only)',
        description: `${SCOPE_NOTE} The old secret stops at once: update the receiver right after this call.`,
        params: ZWebhookSubscriptionParams,
        response: { 200: ZWebhookSecret, ...auth, 404: ZProblem },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.rotateSecret(clientOf(request), request.params.id, contextOf(request));
    },
  );

  app.get(
    '/webhooks/subscriptions/:id/deliveries',
    {
      preHandler,
      schema: {
        operationId: 'listWebhookDeliveries',
        security,
        tags,
        summary: 'webhooks:manage — The delivery log: status, attempts, time, response code, duration and error of each message',
        description: `${SCOPE_NOTE} Newest first; pass \`nextCursor\` as \`cursor\` for the next page. Unknown query parameters: 400.`,
        params: ZWebhookSubscriptionParams,
        querystring: ZWebhookDeliveryQuery,
        response: { 200: ZWebhookDeliveryPage, 400: ZProblem, ...auth, 404: ZProblem },
      },
    },
    async (request, reply) => {
      reply.headers(noStore);
      return service.listDeliveries(clientOf(request), request.params.id, request.query);
    },
  );

  app.post(
    '/webhooks/subscriptions/:id/deliveries/:deliveryId/redeliver',
    {
      preHandler,
      schema: {
        operationId: 'redeliverWebhook',
        security,
        tags,
        summary: 'webhooks:manage — Send a message again now (same webhook-id), with a fresh run of retries',
        description: `${SCOPE_NOTE} 404 WEBHOOK_DELIVERY_NOT_FOUND for a delivery of another subscription; 409 WEBHOOK_SUBSCRIPTION_DISABLED while the subscription is disabled.`,
        params: ZWebhookDeliveryParams,
        response: { 202: ZWebhookDelivery, ...auth, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => reply.code(202).send(await service.redeliver(clientOf(request), request.params.id, request.params.deliveryId, contextOf(request))),
  );

  app.post(
    '/webhooks/subscriptions/:id/ping',
    {
      preHandler,
      schema: {
        operationId: 'pingWebhookSubscription',
        security,
        tags,
        summary: 'webhooks:manage — Queue a signed `webhook.ping` test message (a WebhookPing body), delivered and logged like any event',
        description: `${SCOPE_NOTE} 409 WEBHOOK_SUBSCRIPTION_DISABLED while the subscription is disabled.`,
        params: ZWebhookSubscriptionParams,
        response: { 202: ZWebhookDelivery, ...auth, 404: ZProblem, 409: ZProblem },
      },
    },
    async (request, reply) => reply.code(202).send(await service.ping(clientOf(request), request.params.id)),
  );
};
