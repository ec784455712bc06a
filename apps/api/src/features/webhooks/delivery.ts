import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { Webhook } from 'standardwebhooks';
import { Prisma, type TPrismaClient } from '@portal/db';
import { formatDateTimeVn } from '@portal/domain';
import type { Mailer } from '../../plugins/app/mailer.ts';
import { toMailLocale } from '../mail/templates.ts';
import { toEvent, type EventRow } from '../events/feed.ts';
import { WebhookAddressError, resolveWebhookTarget, type Resolver } from './address-guard.ts';
import { createAgentPool, postPinned, type PostOutcome } from './http-post.ts';
import { DISABLE_AFTER_FAILING_MS, retryDelayMs } from './retry-schedule.ts';

/**
 * The webhook pipeline, as plain functions a loop (worker.ts) or a job can call:
 *
 * 1. `dispatch()` reads the event feed after the dispatch cursor — with the feed's own
 *    gap-free rule (below the commit horizon, in (tx_id, id) order) — and writes one
 *    webhook_delivery per event and matching subscription, moving the cursor in the same
 *    transaction. The cursor row is locked (FOR UPDATE): two processes never fan out the
 *    same batch, and unique (subscription_id, event_id) makes any repeat harmless.
 * 2. `claimDue()` takes due pending deliveries (FOR UPDATE SKIP LOCKED, so processes share
 *    the queue) and leases them by moving next_attempt_at past the longest attempt.
 * 3. `attempt()` signs and POSTs one outside any transaction, then records the outcome:
 *    delivered, retried later (retry-schedule.ts), or given up; a subscription failing for
 *    three days is disabled and the administrators are e-mailed.
 *
 * `now` is the scheduling clock (tests pass a later one instead of waiting); signatures
 * always carry the real time, which receivers compare with theirs.
 */

export interface WebhookDeliveryOptions {
  prisma: TPrismaClient;
  mail: Pick<Mailer, 'enqueue'>;
  log: FastifyBaseLogger;
  /** https only (production) */
  requireHttps: boolean;
  /** WEBHOOK_ALLOWED_HOSTS */
  allowedHosts: readonly string[];
  /** For links in the e-mails */
  publicUrl: string;
  resolver?: Resolver;
  /** Longest wait for a receiver's answer */
  timeoutMs?: number;
  /** Jitter of the retries, [0, 1) */
  random?: () => number;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
/** Events read per dispatch transaction */
export const DISPATCH_BATCH = 500;
const MAX_BIGINT = 9223372036854775807n;
/** What a delivery's log says after its subscription was disabled */
const DISABLED_ERROR = 'subscription disabled';

interface ActiveSubscription {
  id: string;
  event_types: string[];
  created_at: Date;
  client_agency_id: string | null;
}

export interface ClaimedDelivery {
  id: string;
  subscription_id: string;
  message_id: string;
  event_type: string;
  payload: unknown;
  attempts: number;
  url: string;
  secret: string;
}

export type AttemptResult = 'delivered' | 'retry' | 'failed' | 'gone';

/** The message id of the `webhook-id` header: unique per delivery, the same on every attempt. */
export const newMessageId = (): string => `msg_${randomUUID().replaceAll('-', '')}`;

export function createWebhookDelivery(options: WebhookDeliveryOptions) {
  const { prisma, log } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const random = options.random ?? Math.random;
  /** A claimed delivery is not claimed again before this (a crash mid-attempt, then it is retried) */
  const leaseMs = timeoutMs + 60_000;
  const agents = createAgentPool();

  /** True when some subscription is active: otherwise the dispatcher has nothing to do. */
  async function anyActiveSubscription(): Promise<boolean> {
    const rows = await prisma.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM webhook_subscription WHERE status = 'active' LIMIT 1`;
    return rows.length > 0;
  }

  /**
   * Fans out the next batch of committed events to the subscriptions that want them.
   * Returns how many events were read (a full batch: call again).
   */
  async function dispatch(batchSize: number = DISPATCH_BATCH): Promise<{ events: number; deliveries: number }> {
    return prisma.$transaction(async (tx) => {
      // The horizon first (this transaction holds no id yet): every transaction below it has
      // ended, so the statements that follow see all of its rows or none ever will exist.
      const [{ horizon }] = (await tx.$queryRaw<{ horizon: bigint }[]>`SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS horizon`) as [
        { horizon: bigint },
      ];
      const cursors = await tx.$queryRaw<{ last_tx_id: bigint; last_event_id: bigint }[]>`
        SELECT last_tx_id, last_event_id FROM webhook_dispatch_cursor WHERE id = 1 FOR UPDATE`;
      const cursor = cursors[0] ?? { last_tx_id: 0n, last_event_id: 0n };
      if (!cursors[0]) await tx.$executeRaw`INSERT INTO webhook_dispatch_cursor (id) VALUES (1) ON CONFLICT (id) DO NOTHING`;
      const subscriptions = await tx.$queryRaw<ActiveSubscription[]>`
        SELECT s.id::text AS id, s.event_types, s.created_at, c.agency_id::text AS client_agency_id
        FROM webhook_subscription s JOIN api_client c ON c.id = s.api_client_id
        WHERE s.status = 'active' AND c.status = 'active' AND 'webhooks:manage' = ANY(c.scopes)`;
      // Below the horizon nothing new can appear: once a page is not full, the cursor may move
      // up to it, so the rows no subscription wants are not read again.
      const floor = { txId: horizon - 1n, id: MAX_BIGINT };
      const moveTo = async (position: { txId: bigint; id: bigint }) => {
        if (position.txId < cursor.last_tx_id || (position.txId === cursor.last_tx_id && position.id <= cursor.last_event_id)) return;
        await tx.$executeRaw`UPDATE webhook_dispatch_cursor SET last_tx_id = ${position.txId}::bigint, last_event_id = ${position.id}::bigint WHERE id = 1`;
      };
      if (subscriptions.length === 0) {
        await moveTo(floor);
        return { events: 0, deliveries: 0 };
      }
      // A subscription takes the events from its creation on: older ones are not even read.
      const since = new Date(Math.min(...subscriptions.map((s) => s.created_at.getTime())));
      const events = await tx.$queryRaw<EventRow[]>`
        SELECT id, tx_id, type, at, agency_id::text AS agency_id, subject_type, subject_id::text AS subject_id, data
        FROM integration_event
        WHERE (tx_id, id) > (${cursor.last_tx_id}::bigint, ${cursor.last_event_id}::bigint) AND tx_id < ${horizon}::bigint AND at >= ${since}
        ORDER BY tx_id, id
        LIMIT ${batchSize}`;
      const last = events.at(-1);
      if (!last) {
        await moveTo(floor);
        return { events: 0, deliveries: 0 };
      }

      // The agencies each agency-scoped client sees: its agency and every unit below it.
      const roots = [...new Set(subscriptions.map((s) => s.client_agency_id).filter((id): id is string => id !== null))];
      const scopes = new Map<string, Set<string>>(roots.map((root) => [root, new Set<string>()]));
      if (roots.length > 0) {
        const tree = await tx.$queryRaw<{ root: string; id: string }[]>`
          WITH RECURSIVE tree(root, id) AS (
            SELECT a.id, a.id FROM agency a WHERE a.id = ANY(${roots}::uuid[])
            UNION
            SELECT t.root, a.id FROM agency a JOIN tree t ON a.parent_id = t.id
          )
          SELECT root::text AS root, id::text AS id FROM tree`;
        for (const { root, id } of tree) scopes.get(root)?.add(id);
      }
      const sees = (subscription: ActiveSubscription, event: EventRow): boolean => {
        if (subscription.event_types.length > 0 && !subscription.event_types.includes(event.type)) return false;
        // From its creation on: a new subscription is not flooded with the history.
        if (event.at < subscription.created_at) return false;
        if (subscription.client_agency_id === null || event.agency_id === null) return true;
        return scopes.get(subscription.client_agency_id)?.has(event.agency_id) ?? false;
      };

      const deliveries: Prisma.WebhookDeliveryCreateManyInput[] = [];
      for (const event of events) {
        for (const subscription of subscriptions) {
          if (!sees(subscription, event)) continue;
          deliveries.push({
            subscriptionId: subscription.id,
            eventId: event.id,
            messageId: newMessageId(),
            eventType: event.type,
            payload: toEvent(event) as unknown as Prisma.InputJsonValue,
          });
        }
      }
      const created = deliveries.length > 0 ? (await tx.webhookDelivery.createMany({ data: deliveries, skipDuplicates: true })).count : 0;
      await moveTo(events.length < batchSize ? floor : { txId: last.tx_id, id: last.id });
      return { events: events.length, deliveries: created };
    });
  }

  /** Leases up to `limit` due deliveries of active subscriptions of active clients (a revoked client's queue waits). */
  async function claimDue(limit: number, now: Date = new Date()): Promise<ClaimedDelivery[]> {
    if (limit <= 0) return [];
    const leaseUntil = new Date(now.getTime() + leaseMs);
    return prisma.$queryRaw<ClaimedDelivery[]>`
      UPDATE webhook_delivery d SET next_attempt_at = ${leaseUntil}
      FROM webhook_subscription s
      WHERE s.id = d.subscription_id AND d.id IN (
        SELECT d2.id FROM webhook_delivery d2
          JOIN webhook_subscription s2 ON s2.id = d2.subscription_id
          JOIN api_client c ON c.id = s2.api_client_id
        WHERE d2.status = 'pending' AND d2.next_attempt_at <= ${now} AND s2.status = 'active' AND c.status = 'active'
        ORDER BY d2.next_attempt_at
        LIMIT ${limit}
        FOR UPDATE OF d2 SKIP LOCKED
      )
      RETURNING d.id::text AS id, d.subscription_id::text AS subscription_id, d.message_id, d.event_type, d.payload, d.attempts, s.url, s.secret`;
  }

  /** Signs and sends one claimed delivery, then records what happened. */
  async function attempt(delivery: ClaimedDelivery, now?: Date): Promise<AttemptResult> {
    const url = new URL(delivery.url);
    let outcome: PostOutcome;
    try {
      const target = await resolveWebhookTarget(url, { requireHttps: options.requireHttps, allowedHosts: options.allowedHosts, ...(options.resolver ? { resolver: options.resolver } : {}) });
      const body = JSON.stringify(delivery.payload);
      const signedAt = new Date();
      const headers = {
        'content-type': 'application/json',
        'webhook-id': delivery.message_id,
        'webhook-timestamp': String(Math.floor(signedAt.getTime() / 1000)),
        'webhook-signature': new Webhook(delivery.secret).sign(delivery.message_id, signedAt, body),
      };
      outcome = await postPinned(url, target, headers, body, timeoutMs, agents);
    } catch (error) {
      if (!(error instanceof WebhookAddressError)) throw error;
      outcome = { statusCode: null, excerpt: '', error: `refused: ${error.message}`, durationMs: 0 };
    }
    return record(delivery, outcome, now ?? new Date());
  }

  /**
   * Successes are written in batches: while one statement runs, the next successes gather,
   * so under load one round trip records many deliveries (and without load, one each at once).
   */
  interface Delivered {
    id: string;
    attempts: number;
    at: Date;
    statusCode: number;
    durationMs: number;
  }
  const deliveredQueue: Array<Delivered & { settle: (result: AttemptResult) => void; fail: (error: unknown) => void }> = [];
  let writingDelivered = false;

  function recordDelivered(entry: Delivered): Promise<AttemptResult> {
    return new Promise<AttemptResult>((settle, fail) => {
      deliveredQueue.push({ ...entry, settle, fail });
      if (!writingDelivered) {
        writingDelivered = true;
        setImmediate(() => void writeDelivered());
      }
    });
  }

  async function writeDelivered(): Promise<void> {
    try {
      while (deliveredQueue.length > 0) {
        const batch = deliveredQueue.splice(0, 200);
        try {
          const rows = await prisma.$queryRaw<{ id: string }[]>`
            WITH input AS (
              SELECT * FROM unnest(${batch.map((e) => e.id)}::uuid[], ${batch.map((e) => e.attempts)}::int[], ${batch.map((e) => e.at.toISOString())}::timestamptz[],
                ${batch.map((e) => e.statusCode)}::int[], ${batch.map((e) => e.durationMs)}::int[]) AS t(id, attempts, at, status_code, duration_ms)
            ), delivered AS (
              UPDATE webhook_delivery d SET status = 'delivered', attempts = i.attempts, last_attempt_at = i.at, delivered_at = i.at,
                last_status_code = i.status_code, last_error = NULL, last_duration_ms = i.duration_ms
              FROM input i
              WHERE d.id = i.id AND d.status = 'pending'
              RETURNING d.id, d.subscription_id
            ), cleared AS (
              -- The subscription's failing run is over
              UPDATE webhook_subscription s SET failing_since = NULL
              WHERE s.id IN (SELECT subscription_id FROM delivered) AND s.failing_since IS NOT NULL
            )
            SELECT id::text AS id FROM delivered`;
          const done = new Set(rows.map((row) => row.id));
          for (const entry of batch) entry.settle(done.has(entry.id) ? 'delivered' : 'gone');
        } catch (error) {
          for (const entry of batch) entry.fail(error);
        }
      }
    } finally {
      writingDelivered = false;
    }
  }

  async function record(delivery: ClaimedDelivery, outcome: PostOutcome, now: Date): Promise<AttemptResult> {
    const attempts = delivery.attempts + 1;
    const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    if (ok) return recordDelivered({ id: delivery.id, attempts, at: now, statusCode: outcome.statusCode!, durationMs: outcome.durationMs });
    const error = (outcome.error ?? `HTTP ${outcome.statusCode}${outcome.excerpt ? `: ${outcome.excerpt}` : ''}`).slice(0, 500);
    const delay = retryDelayMs(attempts, random);
    return prisma.$transaction(async (tx) => {
      const { count } = await tx.webhookDelivery.updateMany({
        where: { id: delivery.id, status: 'pending' },
        data: {
          attempts,
          lastAttemptAt: now,
          lastStatusCode: outcome.statusCode,
          lastError: error,
          lastDurationMs: outcome.durationMs,
          ...(delay === null ? { status: 'failed' } : { nextAttemptAt: new Date(now.getTime() + delay) }),
        },
      });
      if (count === 0) return 'gone';
      log.info({ deliveryId: delivery.id, subscriptionId: delivery.subscription_id, attempts, error, giveUp: delay === null }, 'webhook delivery failed');
      const [subscription] = await tx.$queryRaw<{ failing_since: Date; status: string }[]>`
        UPDATE webhook_subscription SET failing_since = coalesce(failing_since, ${now})
        WHERE id = ${delivery.subscription_id}::uuid
        RETURNING failing_since, status::text AS status`;
      if (subscription?.status === 'active' && now.getTime() - subscription.failing_since.getTime() >= DISABLE_AFTER_FAILING_MS) {
        await disableFailing(tx, delivery.subscription_id, subscription.failing_since, error, now);
        return 'failed';
      }
      return delay === null ? 'failed' : 'retry';
    });
  }

  /** Three days of failures: off, its queue given up, and the administrators told. */
  async function disableFailing(tx: Prisma.TransactionClient, subscriptionId: string, failingSince: Date, lastError: string, now: Date): Promise<void> {
    const { count } = await tx.webhookSubscription.updateMany({
      where: { id: subscriptionId, status: 'active' },
      data: { status: 'disabled', disabledReason: 'failing', disabledAt: now },
    });
    if (count === 0) return;
    // The log keeps each message's own last error, and says why it stopped.
    await tx.$executeRaw`
      UPDATE webhook_delivery SET status = 'failed', last_error = coalesce(last_error || ' — ', '') || ${DISABLED_ERROR}
      WHERE subscription_id = ${subscriptionId}::uuid AND status = 'pending'`;
    const subscription = await tx.webhookSubscription.findUniqueOrThrow({
      where: { id: subscriptionId },
      select: { url: true, apiClient: { select: { id: true, clientId: true, name: true, agencyId: true } } },
    });
    const client = subscription.apiClient;
    log.warn({ subscriptionId, clientId: client.clientId, failingSince }, 'webhook subscription disabled after three days of failed deliveries');
    const recipients = await tx.user.findMany({
      where: {
        kind: 'staff',
        status: 'active',
        OR: [{ roles: { has: 'system_admin' } }, ...(client.agencyId ? [{ roles: { has: 'agency_admin' as const }, agencyId: client.agencyId }] : [])],
      },
      select: { email: true, fullName: true, username: true, locale: true },
    });
    for (const recipient of recipients) {
      await options.mail.enqueue(
        {
          to: recipient.email,
          template: 'webhook-disabled',
          locale: toMailLocale(recipient.locale),
          data: {
            displayName: recipient.fullName || recipient.username,
            clientName: client.name,
            clientId: client.clientId,
            url: subscription.url,
            failingSince: formatDateTimeVn(failingSince),
            lastError: lastError.slice(0, 500),
            link: `${options.publicUrl}/can-bo/quan-tri/ung-dung-tich-hop/${client.id}`,
          },
        },
        tx,
      );
    }
  }

  /** Claims and attempts what is due, all at once (tests, jobs); returns the results. */
  async function deliverDue(limit = 16, now?: Date): Promise<AttemptResult[]> {
    const claimed = await claimDue(limit, now);
    return Promise.all(claimed.map((delivery) => attempt(delivery, now)));
  }

  return {
    anyActiveSubscription,
    dispatch,
    claimDue,
    attempt,
    deliverDue,
    /** Closes the kept-alive connections to receivers */
    close: () => agents.destroy(),
  };
}

export type WebhookDelivery = ReturnType<typeof createWebhookDelivery>;
