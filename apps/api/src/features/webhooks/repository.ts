import type { Prisma, TPrismaClient } from '@portal/db';

export type Db = TPrismaClient | Prisma.TransactionClient;

const subscriptionSelect = {
  id: true,
  apiClientId: true,
  url: true,
  description: true,
  eventTypes: true,
  status: true,
  disabledReason: true,
  disabledAt: true,
  failingSince: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.WebhookSubscriptionSelect;
export type SubscriptionRow = Prisma.WebhookSubscriptionGetPayload<{ select: typeof subscriptionSelect }>;

const deliverySelect = {
  id: true,
  subscriptionId: true,
  eventId: true,
  messageId: true,
  eventType: true,
  status: true,
  attempts: true,
  nextAttemptAt: true,
  lastAttemptAt: true,
  lastStatusCode: true,
  lastError: true,
  lastDurationMs: true,
  deliveredAt: true,
  createdAt: true,
} as const satisfies Prisma.WebhookDeliverySelect;
export type DeliveryRow = Prisma.WebhookDeliveryGetPayload<{ select: typeof deliverySelect }>;

/** webhook_subscription and webhook_delivery as the subscription API reads and changes them. */
export function createWebhookRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    countOfClient: (apiClientId: string) => prisma.webhookSubscription.count({ where: { apiClientId } }),

    listOfClient: (apiClientId: string) =>
      prisma.webhookSubscription.findMany({ where: { apiClientId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: subscriptionSelect }),

    /** The subscription when it belongs to this client (null otherwise: another client's is "not found"). */
    findOfClient: (apiClientId: string, id: string, db: Db = prisma) => db.webhookSubscription.findFirst({ where: { id, apiClientId }, select: subscriptionSelect }),

    create: (data: { apiClientId: string; url: string; description: string | null; eventTypes: string[]; secret: string }, db: Db = prisma) =>
      db.webhookSubscription.create({ data, select: subscriptionSelect }),

    update: (id: string, data: Prisma.WebhookSubscriptionUpdateInput, db: Db = prisma) => db.webhookSubscription.update({ where: { id }, data, select: subscriptionSelect }),

    remove: (id: string, db: Db = prisma) => db.webhookSubscription.delete({ where: { id }, select: { id: true } }),

    /** Gives up the subscription's pending deliveries (it was disabled). */
    failPending: (subscriptionId: string, reason: string, db: Db = prisma) =>
      db.webhookDelivery.updateMany({ where: { subscriptionId, status: 'pending' }, data: { status: 'failed', lastError: reason } }),

    /** Newest first (ids are UUIDv7: time-ordered), keyset after `beforeId`. */
    listDeliveries: (subscriptionId: string, filter: { status?: 'pending' | 'delivered' | 'failed' | undefined; beforeId?: string | undefined; limit: number }) =>
      prisma.webhookDelivery.findMany({
        where: { subscriptionId, ...(filter.status ? { status: filter.status } : {}), ...(filter.beforeId ? { id: { lt: filter.beforeId } } : {}) },
        orderBy: { id: 'desc' },
        take: filter.limit + 1,
        select: deliverySelect,
      }),

    findDelivery: (subscriptionId: string, id: string) => prisma.webhookDelivery.findFirst({ where: { id, subscriptionId }, select: deliverySelect }),

    /** Due again now, with a fresh run of retries (the log keeps the last attempt's outcome). */
    requeueDelivery: (id: string, now: Date) =>
      prisma.webhookDelivery.update({ where: { id }, data: { status: 'pending', attempts: 0, nextAttemptAt: now, deliveredAt: null }, select: deliverySelect }),

    createDelivery: (data: { subscriptionId: string; messageId: string; eventType: string; payload: Prisma.InputJsonValue; nextAttemptAt: Date }) =>
      prisma.webhookDelivery.create({ data, select: deliverySelect }),
  };
}

export type WebhookRepository = ReturnType<typeof createWebhookRepository>;
