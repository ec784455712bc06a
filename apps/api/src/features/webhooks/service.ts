import { randomBytes } from 'node:crypto';
import {
  DomainError,
  MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT,
  WEBHOOK_PING_TYPE,
  type TWebhookDelivery,
  type TWebhookDeliveryPage,
  type TWebhookDeliveryQuery,
  type TWebhookPing,
  type TWebhookSubscription,
  type TWebhookSubscriptionCreated,
  type TWebhookSubscriptionInput,
  type TWebhookSubscriptionPatch,
} from '@portal/domain';
import type { Prisma } from '@portal/db';
import { z } from 'zod';
import { createCursorCodec } from '../../lib/cursor.ts';
import type { Audit } from '../../plugins/app/audit.ts';
import type { ApiClientPrincipal } from '../../plugins/app/auth.ts';
import { WebhookAddressError, resolveWebhookTarget, type Resolver } from './address-guard.ts';
import { newMessageId } from './delivery.ts';
import type { DeliveryRow, SubscriptionRow, WebhookRepository } from './repository.ts';

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

export const toSubscription = (row: SubscriptionRow): TWebhookSubscription => ({
  id: row.id,
  url: row.url,
  description: row.description,
  eventTypes: row.eventTypes as TWebhookSubscription['eventTypes'],
  status: row.status,
  disabledReason: row.disabledReason,
  disabledAt: iso(row.disabledAt),
  failingSince: iso(row.failingSince),
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

export const toDelivery = (row: DeliveryRow): TWebhookDelivery => ({
  id: row.id,
  messageId: row.messageId,
  eventId: row.eventId === null ? null : row.eventId.toString(),
  eventType: row.eventType,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? row.nextAttemptAt.toISOString() : null,
  lastAttemptAt: iso(row.lastAttemptAt),
  lastStatusCode: row.lastStatusCode,
  lastError: row.lastError,
  lastDurationMs: row.lastDurationMs,
  deliveredAt: iso(row.deliveredAt),
  createdAt: row.createdAt.toISOString(),
});

/** `whsec_` + base64 of 32 random bytes (Standard Webhooks: 24 to 64 bytes). */
export const newSigningSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

const CURSOR = createCursorCodec(z.object({ i: z.uuid() }));

export interface WebhookServiceDeps {
  repository: WebhookRepository;
  audit: Audit;
  requireHttps: boolean;
  allowedHosts: readonly string[];
  resolver?: Resolver;
  /** Tells the worker that something is due now (ping, redelivery) */
  wake: () => void;
}

export interface RequestContext {
  ip: string | null;
  requestId: string;
}

/** The subscriptions of one API client (scope `webhooks:manage`): another client's are "not found". */
export function createWebhookService(deps: WebhookServiceDeps) {
  const { repository } = deps;

  async function checkUrl(url: string): Promise<void> {
    try {
      await resolveWebhookTarget(new URL(url), { requireHttps: deps.requireHttps, allowedHosts: deps.allowedHosts, ...(deps.resolver ? { resolver: deps.resolver } : {}) });
    } catch (error) {
      if (!(error instanceof WebhookAddressError)) throw error;
      const message =
        error.reason === 'scheme'
          ? 'Chỉ chấp nhận địa chỉ https://'
          : error.reason === 'unresolvable'
            ? 'Không phân giải được tên miền của địa chỉ này'
            : 'Địa chỉ này trỏ tới mạng nội bộ, loopback hoặc địa chỉ riêng';
      throw new DomainError('WEBHOOK_URL_NOT_ALLOWED', { fieldErrors: { url: message }, details: { reason: error.reason, detail: error.message } });
    }
  }

  async function ownSubscription(client: ApiClientPrincipal, id: string): Promise<SubscriptionRow> {
    const row = await repository.findOfClient(client.id, id);
    if (!row) throw new DomainError('WEBHOOK_SUBSCRIPTION_NOT_FOUND');
    return row;
  }

  const record = (
    client: ApiClientPrincipal,
    context: RequestContext,
    action: `webhook.${string}`,
    entityId: string,
    change: { before?: unknown; after?: unknown; metadata?: unknown },
    db?: Prisma.TransactionClient,
  ) =>
    deps.audit.record(
      {
        action,
        actorClientId: client.id,
        actorName: client.name,
        entityType: 'webhook_subscription',
        entityId,
        agencyId: client.agencyId,
        ip: context.ip,
        requestId: context.requestId,
        ...(change.before === undefined ? {} : { before: change.before as Prisma.InputJsonValue }),
        ...(change.after === undefined ? {} : { after: change.after as Prisma.InputJsonValue }),
        ...(change.metadata === undefined ? {} : { metadata: change.metadata as Prisma.InputJsonValue }),
      },
      db,
    );

  /** What the audit log keeps of a subscription (never the secret). */
  const auditView = (row: SubscriptionRow) => ({ url: row.url, description: row.description, eventTypes: row.eventTypes, status: row.status });

  return {
    async create(client: ApiClientPrincipal, input: TWebhookSubscriptionInput & { eventTypes: string[] }, context: RequestContext): Promise<TWebhookSubscriptionCreated> {
      if ((await repository.countOfClient(client.id)) >= MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT) {
        throw new DomainError('WEBHOOK_SUBSCRIPTION_LIMIT', { details: { max: MAX_WEBHOOK_SUBSCRIPTIONS_PER_CLIENT } });
      }
      await checkUrl(input.url);
      const secret = newSigningSecret();
      const row = await repository.transaction(async (tx) => {
        const created = await repository.create({ apiClientId: client.id, url: input.url, description: input.description ?? null, eventTypes: input.eventTypes, secret }, tx);
        await record(client, context, 'webhook.subscription.create', created.id, { after: auditView(created) }, tx);
        return created;
      });
      return { ...toSubscription(row), secret };
    },

    async list(client: ApiClientPrincipal): Promise<{ items: TWebhookSubscription[] }> {
      return { items: (await repository.listOfClient(client.id)).map(toSubscription) };
    },

    async get(client: ApiClientPrincipal, id: string): Promise<TWebhookSubscription> {
      return toSubscription(await ownSubscription(client, id));
    },

    async update(client: ApiClientPrincipal, id: string, patch: TWebhookSubscriptionPatch, context: RequestContext): Promise<TWebhookSubscription> {
      const before = await ownSubscription(client, id);
      if (patch.url !== undefined && patch.url !== before.url) await checkUrl(patch.url);
      const now = new Date();
      const data: Prisma.WebhookSubscriptionUpdateInput = {
        ...(patch.url !== undefined ? { url: patch.url } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.eventTypes !== undefined ? { eventTypes: patch.eventTypes } : {}),
      };
      if (patch.status === 'disabled' && before.status !== 'disabled') Object.assign(data, { status: 'disabled', disabledReason: 'owner', disabledAt: now });
      // Enabled again: a fresh start (the failures before do not count towards the next disabling)
      if (patch.status === 'active' && before.status !== 'active') Object.assign(data, { status: 'active', disabledReason: null, disabledAt: null, failingSince: null });
      const row = await repository.transaction(async (tx) => {
        const updated = await repository.update(id, data, tx);
        if (updated.status === 'disabled' && before.status === 'active') await repository.failPending(id, 'subscription disabled', tx);
        await record(client, context, 'webhook.subscription.update', id, { before: auditView(before), after: auditView(updated) }, tx);
        return updated;
      });
      return toSubscription(row);
    },

    async remove(client: ApiClientPrincipal, id: string, context: RequestContext): Promise<void> {
      const before = await ownSubscription(client, id);
      await repository.transaction(async (tx) => {
        await repository.remove(id, tx);
        await record(client, context, 'webhook.subscription.delete', id, { before: auditView(before) }, tx);
      });
    },

    /** A new signing secret, at once: messages sent from now on are signed with it only. */
    async rotateSecret(client: ApiClientPrincipal, id: string, context: RequestContext): Promise<{ secret: string }> {
      await ownSubscription(client, id);
      const secret = newSigningSecret();
      await repository.transaction(async (tx) => {
        await repository.update(id, { secret }, tx);
        await record(client, context, 'webhook.subscription.rotate_secret', id, {}, tx);
      });
      return { secret };
    },

    async listDeliveries(client: ApiClientPrincipal, id: string, query: TWebhookDeliveryQuery): Promise<TWebhookDeliveryPage> {
      await ownSubscription(client, id);
      const after = CURSOR.decode(query.cursor);
      const rows = await repository.listDeliveries(id, { status: query.status, beforeId: after?.i, limit: query.limit });
      const page = rows.slice(0, query.limit);
      return { items: page.map(toDelivery), nextCursor: rows.length > query.limit ? CURSOR.encode({ i: page.at(-1)!.id }) : null };
    },

    /** The same message again (same webhook-id), due now, with a fresh run of retries. */
    async redeliver(client: ApiClientPrincipal, id: string, deliveryId: string, context: RequestContext): Promise<TWebhookDelivery> {
      const subscription = await ownSubscription(client, id);
      const delivery = await repository.findDelivery(id, deliveryId);
      if (!delivery) throw new DomainError('WEBHOOK_DELIVERY_NOT_FOUND');
      if (subscription.status !== 'active') throw new DomainError('WEBHOOK_SUBSCRIPTION_DISABLED');
      const row = await repository.requeueDelivery(deliveryId, new Date());
      await record(client, context, 'webhook.delivery.redeliver', id, { metadata: { deliveryId, messageId: row.messageId } });
      deps.wake();
      return toDelivery(row);
    },

    /** Queues a `webhook.ping` message, delivered (and logged) like any event. */
    async ping(client: ApiClientPrincipal, id: string): Promise<TWebhookDelivery> {
      const subscription = await ownSubscription(client, id);
      if (subscription.status !== 'active') throw new DomainError('WEBHOOK_SUBSCRIPTION_DISABLED');
      const messageId = newMessageId();
      const now = new Date();
      const payload: TWebhookPing = {
        id: messageId,
        type: WEBHOOK_PING_TYPE,
        occurredAt: now.toISOString(),
        data: { subscriptionId: id, message: 'Test message of the portal’s webhooks: no change happened.' },
      };
      const row = await repository.createDelivery({ subscriptionId: id, messageId, eventType: WEBHOOK_PING_TYPE, payload, nextAttemptAt: now });
      deps.wake();
      return toDelivery(row);
    },
  };
}

export type WebhookService = ReturnType<typeof createWebhookService>;
