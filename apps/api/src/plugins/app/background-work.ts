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
    };
  }
}

export interface BackgroundWorkOptions {
  /** Keep the workers waiting until `app.backgroundWork.start()` (server.ts, after seeding). */
  hold?: boolean;
}

export default fp<BackgroundWorkOptions>(
  async function backgroundWork(app, options) {
    let started = !options.hold;
    const waiting: Array<() => void> = [];
    app.decorate('backgroundWork', {
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
    });
  },
  { name: 'background-work' },
);
