import fp from 'fastify-plugin';
import { createWebhookDelivery, type ClaimedDelivery, type WebhookDelivery } from './delivery.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The webhook pipeline (delivery.ts) and the in-process worker that runs it. */
    webhooks: WebhookDelivery & {
      /** Something is due now (an event committed, a ping, a redelivery): look at once instead of at the next poll. */
      wake(): void;
    };
  }
}

/** How often the worker looks for new events and due deliveries: p95 from commit to delivery stays well under 2 s. */
export const POLL_INTERVAL_MS = 300;
/** HTTP posts in flight at once, per process */
export const MAX_IN_FLIGHT = 16;
/** After a failed poll (database down), wait this long before the next one */
const ERROR_BACKOFF_MS = 5_000;

/**
 * Runs the webhook dispatcher and delivery worker in this process once the background-work
 * gate opens (unless WEBHOOK_WORKER=false): every POLL_INTERVAL_MS it fans new events out,
 * then keeps up to MAX_IN_FLIGHT deliveries posting. Several processes may run it on one
 * database: the cursor lock and SKIP LOCKED claims share the work. On close it stops
 * claiming and waits for the posts in flight (each ends within the 10 s timeout).
 */
export default fp(
  async function webhookWorker(app) {
    const pipeline = createWebhookDelivery({
      prisma: app.prisma,
      mail: app.mail,
      log: app.log,
      requireHttps: app.config.isProduction,
      allowedHosts: app.config.webhookAllowedHosts,
      publicUrl: app.config.publicUrl,
    });

    let closing = false;
    let started = false;
    let ticking: Promise<void> | null = null;
    let filling: Promise<void> | null = null;
    let fillAgain = false;
    let pausedUntil = 0;
    const inFlight = new Set<Promise<unknown>>();
    const failed = (what: string) => (error: unknown) => {
      pausedUntil = Date.now() + ERROR_BACKOFF_MS;
      app.log.error({ err: error }, `webhooks: ${what} failed; trying again in 5 s`);
    };
    const paused = () => closing || !started || Date.now() < pausedUntil;

    const launch = (delivery: ClaimedDelivery) => {
      const running: Promise<unknown> = pipeline
        .attempt(delivery)
        .catch((error: unknown) => app.log.error({ err: error, deliveryId: delivery.id }, 'webhooks: delivery attempt failed'))
        .finally(() => {
          inFlight.delete(running);
          // Room for more: claim again rather than wait for the next tick.
          if (inFlight.size <= MAX_IN_FLIGHT / 2) fill();
        });
      inFlight.add(running);
    };

    /** Keeps up to MAX_IN_FLIGHT deliveries posting (bounded rounds; the next tick or completion goes on). */
    function fill(): void {
      if (paused()) return;
      if (filling) {
        fillAgain = true;
        return;
      }
      fillAgain = false;
      filling = (async () => {
        for (let round = 0; round < 8 && !closing; round++) {
          const room = MAX_IN_FLIGHT - inFlight.size;
          if (room <= 0) break;
          const claimed = await pipeline.claimDue(room);
          for (const delivery of claimed) launch(delivery);
          if (claimed.length < room) break;
        }
      })()
        .catch(failed('claiming deliveries'))
        .finally(() => {
          filling = null;
          if (fillAgain) fill();
        });
    }

    /** New events → deliveries, then fill. */
    function tick(): void {
      if (paused() || ticking) return;
      ticking = (async () => {
        // Idle (no subscription at all): one tiny query per tick, nothing else.
        if (!(await pipeline.anyActiveSubscription())) return;
        // Bounded: a large backlog is taken in batches, ticks apart after the first few.
        for (let round = 0; round < 4 && !closing; round++) {
          const { events } = await pipeline.dispatch();
          if (events === 0) break;
          fill();
        }
        fill();
      })()
        .catch(failed('dispatching events'))
        .finally(() => {
          ticking = null;
        });
    }

    let timer: NodeJS.Timeout | undefined;
    if (app.config.webhookWorker) {
      app.backgroundWork.whenStarted(() => {
        if (closing) return;
        started = true;
        timer = setInterval(tick, POLL_INTERVAL_MS);
        timer.unref();
        tick();
      });
    }

    app.decorate('webhooks', {
      ...pipeline,
      wake: () => {
        // After the caller's transaction has committed; the poll catches anything later.
        setImmediate(fill);
      },
    });

    app.addHook('onClose', async () => {
      closing = true;
      clearInterval(timer);
      await ticking;
      await filling;
      await Promise.allSettled([...inFlight]);
      pipeline.close();
    });
  },
  { name: 'webhooks', dependencies: ['prisma', 'background-work', 'mailer'] },
);
