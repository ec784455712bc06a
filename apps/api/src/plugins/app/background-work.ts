import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * The gate of the background workers (e-mail outbox, storage maintenance). Held while
     * the server loads the demo data on its first start: with the embedded database every
     * query shares one connection, and a worker waiting for it would time out.
     */
    backgroundWork: {
      /** Runs `work` now when the gate is open, else once it opens. */
      whenStarted(work: () => void): void;
      /** Runs `work` when a held gate opens (never when the gate was never held). */
      onStart(work: () => void): void;
      readonly started: boolean;
      /** Opens the gate (idempotent). */
      start(): void;
      /**
       * A periodic task: a first round once the app is ready and the gate open (without
       * delaying either), then one every `intervalMs` on an unref'd timer; rounds never
       * overlap; a failed round is logged and the next one tries again; on close the timer
       * is cleared and a running round awaited.
       */
      every(task: PeriodicTask): void;
    };
  }
}

export interface PeriodicTask {
  /** Named in the log line of a failed round */
  name: string;
  intervalMs: number;
  /** One round; `round` counts from 0 */
  run(round: number): Promise<void>;
}

export interface BackgroundWorkOptions {
  /** Keep the workers waiting until `app.backgroundWork.start()` (server.ts, after seeding). */
  hold?: boolean;
}

export default fp<BackgroundWorkOptions>(
  async function backgroundWork(app, options) {
    let started = !options.hold;
    const waiting: Array<() => void> = [];
    let closing = false;
    const timers = new Set<NodeJS.Timeout>();
    const running = new Set<Promise<void>>();
    app.addHook('onClose', async () => {
      closing = true;
      for (const timer of timers) clearInterval(timer);
      await Promise.all(running);
    });

    function every(task: PeriodicTask) {
      let round = 0;
      let current: Promise<void> | null = null;
      const tick = () => {
        if (closing || current) return;
        current = task
          .run(round++)
          .catch((error: unknown) => app.log.error({ err: error }, `${task.name} failed`))
          .finally(() => {
            running.delete(current!);
            current = null;
          });
        running.add(current);
      };
      app.addHook('onReady', async () => {
        gate.whenStarted(() => {
          if (closing) return;
          tick();
          const timer = setInterval(tick, task.intervalMs);
          timer.unref();
          timers.add(timer);
        });
      });
    }

    const gate = {
      whenStarted(work: () => void) {
        if (started) work();
        else waiting.push(work);
      },
      onStart(work: () => void) {
        if (!started) waiting.push(work);
      },
      get started() {
        return started;
      },
      start() {
        if (started) return;
        started = true;
        for (const work of waiting.splice(0)) work();
      },
      every,
    };
    app.decorate('backgroundWork', gate);
  },
  { name: 'background-work' },
);
