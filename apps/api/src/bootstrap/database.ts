import { join } from 'node:path';
import { existsSync } from 'node:fs';
import {
  appliedMigrationCount,
  createPrismaClient,
  migrateDeploy,
  migrationsOnDisk,
  startEmbeddedPostgres,
  type CreatePrismaOptions,
  type TPrismaClient,
} from '@portal/db';
import { prepareDemo, seedDemoIfEmpty, type PreparedDemo, type SeedOptions, type TSeedStep } from '@portal/db/seed';
import { createLocalDiskStorage } from '@portal/db/storage';
import type { AppConfig } from '../config.ts';
import type { StartupReporter, StartupStep } from './progress.ts';
import { renderTemplateDocument } from '../features/catalogue/template-document.ts';
import { renderLegalDocument } from '../features/legal-documents/render-legal-document.ts';

export interface PreparedDatabase {
  prisma: TPrismaClient;
  close(): Promise<void>;
  /** The embedded database was created by this start */
  created: boolean;
  /** The demo province was loaded by this start */
  seeded: boolean;
}

/** One line, no stack: what an operator needs to fix a database they pointed us at. */
export class DatabaseUnavailableError extends Error {}

async function checkReachable(prisma: TPrismaClient, url: string) {
  try {
    await prisma.$queryRaw`SELECT 1`;
  } catch (error) {
    const where = new URL(url);
    // Prisma wraps the driver's reason in several lines: keep the last, unquoted.
    const lines = (error instanceof Error ? error.message : String(error)).split('\n').filter((line) => line.trim());
    const last = lines.at(-1) ?? 'unknown error';
    const reason = /Message: `(.+)`/.exec(last)?.[1] ?? last;
    throw new DatabaseUnavailableError(
      `Cannot connect to the database at DATABASE_URL (${where.hostname}:${where.port || 5432}${where.pathname}): ${reason.trim()}`,
    );
  }
}

/** With the embedded database every request queues on its one connection: waiting for it is normal. */
export const EMBEDDED_CONNECT_WAIT_MS = 60_000;

/**
 * The pool and timeouts of the app's Prisma client. A database server gets every
 * configured limit, so a server that is down or frozen costs a request seconds, not for
 * ever. The embedded database (PGlite, in this process, one session) gets a pool of one,
 * a longer wait for it, and no statement timeout: its first start loads the demo data
 * with long statements, and it cannot freeze without the process.
 */
export function databaseClientOptions(config: AppConfig, embedded: boolean): CreatePrismaOptions {
  if (embedded) return { maxConnections: 1, connectTimeoutMs: Math.max(config.databaseConnectTimeoutMs, EMBEDDED_CONNECT_WAIT_MS) };
  return {
    maxConnections: config.databasePoolSize,
    connectTimeoutMs: config.databaseConnectTimeoutMs,
    statementTimeoutMs: config.databaseStatementTimeoutMs,
  };
}

/**
 * True when every committed migration is recorded as applied, with the same checksum:
 * then `prisma migrate deploy` (a CLI in a child process, seconds on a busy machine)
 * would have nothing to do, and a later start skips it. A fresh database (no table yet),
 * a failed or rolled-back migration, or an edited one goes through the CLI as always.
 */
async function migrationsUpToDate(prisma: TPrismaClient): Promise<boolean> {
  let applied: Array<{ migration_name: string; checksum: string }>;
  try {
    applied = await prisma.$queryRaw`
      SELECT migration_name, checksum FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
  } catch {
    return false;
  }
  const recorded = new Map(applied.map((row) => [row.migration_name, row.checksum]));
  return migrationsOnDisk().every((migration) => recorded.get(migration.name) === migration.checksum);
}

const SEED_STEP_LABELS: Record<TSeedStep, string> = {
  templates: 'Tỉnh mẫu: biểu mẫu thủ tục / demo procedures’ forms',
  'legal-documents': 'Tỉnh mẫu: văn bản pháp luật / demo legal documents',
  records: 'Tỉnh mẫu: danh mục, tài khoản / demo catalogue and accounts',
};

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder;
 * applies pending migrations; loads the demo data into an empty database when asked.
 * Each step is reported as it ends (progress.ts).
 */
export async function prepareDatabase(config: AppConfig, progress: StartupReporter): Promise<PreparedDatabase> {
  const pgliteDir = join(config.dataDir, 'pglite');
  const created = config.databaseUrl === null && !existsSync(join(pgliteDir, 'PG_VERSION'));
  const opening = progress.step(
    config.databaseUrl
      ? 'Cơ sở dữ liệu / database'
      : created
        ? 'Đã tạo cơ sở dữ liệu nhúng / embedded database created'
        : 'Cơ sở dữ liệu nhúng / embedded database',
  );
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(pgliteDir);
  const url = config.databaseUrl ?? embedded!.url;

  // PGlite is a single session: exactly one pooled connection.
  const prisma = createPrismaClient(url, databaseClientOptions(config, embedded !== null));
  const close = async () => {
    await prisma.$disconnect();
    await embedded?.stop();
  };
  let seeded = false;
  let prepared: Promise<PreparedDemo> | null = null;
  try {
    await checkReachable(prisma, url);
    opening.done(embedded ? `${pgliteDir} (PGlite; DATABASE_URL for a server)` : `${new URL(url).hostname}`);

    let step: StartupStep | null = null;
    let current: TSeedStep | null = null;
    const seedOptions: SeedOptions = {
      storage: createLocalDiskStorage(join(config.dataDir, 'files')),
      renderTemplate: renderTemplateDocument,
      renderLegalDocument,
      onProgress(name, done, total) {
        if (name !== current) {
          current = name;
          step = progress.step(SEED_STEP_LABELS[name]);
        }
        step!.count(done, total);
        if (done === total && name !== 'records') step!.done(`${total}`);
      },
    };
    // A database created just now is empty: the demo's files (templates, legal documents'
    // PDFs) are rendered while the migrations run in their own process, on the other core.
    if (created && config.seedDemo) {
      prepared = prepareDemo(seedOptions);
      prepared.catch(() => undefined);
    }

    const migrating = progress.step('Cấu trúc dữ liệu / database migrations');
    if (await migrationsUpToDate(prisma)) {
      migrating.done('đã cập nhật / up to date');
    } else {
      const applied = appliedMigrationCount(await migrateDeploy(url));
      migrating.done(applied === 0 ? 'đã cập nhật / up to date' : `áp dụng ${applied} / ${applied} applied`);
    }
    if (config.seedDemo) {
      const summary = await seedDemoIfEmpty(prisma, { ...seedOptions, ...(prepared ? { prepared: await prepared } : {}) });
      if (summary) {
        seeded = true;
        (step as StartupStep | null)?.done(
          `${summary.agencies} cơ quan, ${summary.procedures} thủ tục, ${summary.users} tài khoản / agencies, procedures, accounts`,
        );
      }
    }
  } catch (error) {
    // Files rendered ahead for a seed that did not happen would be orphans
    await prepared?.then((demo) => demo.discard()).catch(() => undefined);
    await close().catch(() => undefined);
    throw error;
  }
  return { prisma, close, created, seeded };
}
