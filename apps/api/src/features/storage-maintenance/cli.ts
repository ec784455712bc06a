/**
 * `pnpm --filter @portal/api storage:orphans [--remove]`: lists the stored files that no
 * database row references (older than an hour, so uploads in progress are left alone),
 * after sweeping interrupted uploads; `--remove` then deletes them. Reads the same
 * environment as the server (DATA_DIR, DATABASE_URL). With the embedded database (no
 * DATABASE_URL), stop the server first: PGlite is one process's.
 */
import { join } from 'node:path';
import pino from 'pino';
import { createPrismaClient, startEmbeddedPostgres } from '@portal/db';
import { createLocalDiskStorage } from '@portal/db/storage';
import { ConfigError, parseConfig } from '../../config.ts';
import { createStorageMaintenanceRepository } from './repository.ts';
import { createStorageMaintenance } from './service.ts';

let config;
try {
  config = parseConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  throw error;
}

const remove = process.argv.includes('--remove');
const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
const prisma = createPrismaClient(config.databaseUrl ?? embedded!.url, { maxConnections: 1 });
const storage = createLocalDiskStorage(join(config.dataDir, 'files'));
const log = pino({ level: config.logLevel === 'silent' ? 'silent' : 'info', base: undefined });
try {
  const maintenance = createStorageMaintenance({ storage, repository: createStorageMaintenanceRepository(prisma), log });
  await maintenance.sweepTemporaryUploads();
  const { orphans, checked } = await maintenance.findOrphans();
  process.stdout.write(`${checked} stored files checked under ${join(config.dataDir, 'files')}; ${orphans.length} without a database row\n`);
  for (const key of orphans) {
    if (remove) await storage.remove(key);
    process.stdout.write(`${remove ? 'removed ' : ''}${key}\n`);
  }
  if (orphans.length > 0 && !remove) process.stdout.write('Run again with --remove to delete them.\n');
} finally {
  await prisma.$disconnect();
  await embedded?.stop();
}
