import fp from 'fastify-plugin';
import { createStorageMaintenanceRepository } from '../../features/storage-maintenance/repository.ts';
import { createStorageMaintenance, type StorageMaintenance } from '../../features/storage-maintenance/service.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** Sweeps interrupted uploads and reports orphaned files (features/storage-maintenance) */
    storageMaintenance: StorageMaintenance & {
      /** One round as the timer runs it: the sweep, and the orphan report when it is due */
      runOnce(options?: { reportOrphans?: boolean }): Promise<void>;
    };
  }
}

/** Interrupted uploads are swept this often (each `.part` is removed once an hour old). */
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** Orphans are counted at start and then once a day (it walks the whole storage). */
const ORPHAN_REPORT_EVERY = 24;

/**
 * Storage housekeeping in the background, like the e-mail outbox worker (mailer.ts): a
 * first round once the app is ready (without delaying it), then an unref'd timer; the
 * timer is cleared and a running round awaited on close. A failed round is logged and
 * the next one tries again.
 */
export default fp(
  async function storageMaintenance(app) {
    const maintenance = createStorageMaintenance({
      storage: app.storage,
      repository: createStorageMaintenanceRepository(app.prisma),
      log: app.log,
    });
    const runOnce = async ({ reportOrphans = true } = {}) => {
      await maintenance.sweepTemporaryUploads();
      if (reportOrphans) await maintenance.reportOrphans();
    };
    app.decorate('storageMaintenance', { ...maintenance, runOnce });

    let closing = false;
    let rounds = 0;
    let running: Promise<void> | null = null;
    const tick = () => {
      if (closing || running) return;
      const reportOrphans = rounds % ORPHAN_REPORT_EVERY === 0;
      rounds += 1;
      running = runOnce({ reportOrphans })
        .catch((error: unknown) => app.log.error({ err: error }, 'storage maintenance failed'))
        .finally(() => {
          running = null;
        });
    };
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      // Not while the server still loads its demo data (background-work.ts)
      app.backgroundWork.whenStarted(() => {
        if (closing) return;
        tick();
        timer = setInterval(tick, SWEEP_INTERVAL_MS);
        timer.unref();
      });
    });
    app.addHook('onClose', async () => {
      closing = true;
      clearInterval(timer);
      await running;
    });
  },
  { name: 'storage-maintenance', dependencies: ['prisma', 'storage', 'background-work'] },
);
