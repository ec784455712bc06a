import type { FastifyBaseLogger } from 'fastify';
import type { FileStorage } from '@portal/db/storage';
import type { StorageMaintenanceRepository } from './repository.ts';

/**
 * A temporary upload file untouched this long belongs to no upload in progress (a
 * streaming upload writes to it continually; uploads are at most tens of megabytes).
 */
export const TEMPORARY_MAX_AGE_MS = 60 * 60 * 1000;
/**
 * An object is written before the row that references it, in the same request: only
 * objects older than this count as orphans, so one being uploaded right now never does.
 */
export const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;
/** Keys checked against the database per query */
const BATCH = 500;
/** Keys named in the warning; the count says how many in all */
const SAMPLE = 5;

export interface OrphanReport {
  /** Objects older than ORPHAN_MIN_AGE_MS that no stored_file row references */
  orphans: string[];
  /** Objects looked at */
  checked: number;
}

export interface StorageMaintenanceDeps {
  storage: FileStorage;
  repository: StorageMaintenanceRepository;
  log: FastifyBaseLogger;
  now?: () => Date;
}

/**
 * Housekeeping of the file storage: removes what crashed uploads left in its temporary
 * folder, and reports stored objects that no database row references (a file whose
 * removal failed after its row was deleted, a crash between storing and recording).
 * Orphans are only reported, never removed automatically: `pnpm --filter @portal/api
 * storage:orphans --remove` does that once someone has looked.
 * Both are idempotent: running twice, or in two processes, is harmless.
 */
export function createStorageMaintenance({ storage, repository, log, now = () => new Date() }: StorageMaintenanceDeps) {
  /** Stored objects, older than ORPHAN_MIN_AGE_MS, that no row references. */
  async function findOrphans(): Promise<OrphanReport> {
    const report: OrphanReport = { orphans: [], checked: 0 };
    if (!storage.list) return report;
    const cutoff = now().getTime() - ORPHAN_MIN_AGE_MS;
    let batch: string[] = [];
    const check = async () => {
      const referenced = await repository.referencedKeys(batch);
      report.orphans.push(...batch.filter((key) => !referenced.has(key)));
      batch = [];
    };
    for await (const object of storage.list()) {
      report.checked += 1;
      if (object.modifiedAt.getTime() >= cutoff) continue;
      batch.push(object.key);
      if (batch.length >= BATCH) await check();
    }
    await check();
    return report;
  }

  return {
    findOrphans,

    /** Removes temporary upload files older than TEMPORARY_MAX_AGE_MS; answers how many. */
    async sweepTemporaryUploads(): Promise<number> {
      if (!storage.sweepTemporary) return 0;
      const removed = await storage.sweepTemporary(new Date(now().getTime() - TEMPORARY_MAX_AGE_MS));
      if (removed > 0) log.info({ removed }, 'storage: removed temporary files of interrupted uploads');
      return removed;
    },

    /** Logs a warning with the count and a few keys when there are orphans. */
    async reportOrphans(): Promise<OrphanReport> {
      const report = await findOrphans();
      if (report.orphans.length > 0) {
        log.warn(
          { orphans: report.orphans.length, checked: report.checked, sample: report.orphans.slice(0, SAMPLE) },
          'storage: files that no database row references (list them with `pnpm --filter @portal/api storage:orphans`)',
        );
      }
      return report;
    },
  };
}

export type StorageMaintenance = ReturnType<typeof createStorageMaintenance>;
