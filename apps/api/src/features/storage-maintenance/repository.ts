import type { TPrismaClient } from '@portal/db';

/**
 * Every table that points at a stored file does so through stored_file (dossier files,
 * result files, history attachments, procedure samples and templates, component
 * templates, legal documents): its storage_key is the one reference to an object.
 */
export function createStorageMaintenanceRepository(prisma: TPrismaClient) {
  return {
    /** Which of these keys a stored_file row references. */
    async referencedKeys(keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await prisma.storedFile.findMany({ where: { storageKey: { in: [...keys] } }, select: { storageKey: true } });
      return new Set(rows.map((row) => row.storageKey));
    },
  };
}

export type StorageMaintenanceRepository = ReturnType<typeof createStorageMaintenanceRepository>;
