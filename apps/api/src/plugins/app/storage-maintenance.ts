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

/** Storage housekeeping in the background: a periodic task of the background-work gate. */
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

    // Not while the server still loads its demo data (background-work.ts)
    app.backgroundWork.every({
      name: 'storage maintenance',
      intervalMs: SWEEP_INTERVAL_MS,
      run: (round) => runOnce({ reportOrphans: round % ORPHAN_REPORT_EVERY === 0 }),
    });
  },
  { name: 'storage-maintenance', dependencies: ['prisma', 'storage', 'background-work'] },
);
