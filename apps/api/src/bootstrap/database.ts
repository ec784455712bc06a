import { join } from 'node:path';
import { createPrismaClient, migrateDeploy, startEmbeddedPostgres, type CreatePrismaOptions, type TPrismaClient } from '@portal/db';
import { seedDemoIfEmpty } from '@portal/db/seed';
import { createLocalDiskStorage } from '@portal/db/storage';
import type { FastifyBaseLogger } from 'fastify';
import type { AppConfig } from '../config.ts';
import { renderTemplateDocument } from '../features/catalogue/template-document.ts';
import { renderLegalDocument } from '../features/legal-documents/render-legal-document.ts';

export interface PreparedDatabase {
  prisma: TPrismaClient;
  close(): Promise<void>;
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
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder;
 * applies pending migrations; loads the demo data into an empty database when asked.
 */
export async function prepareDatabase(config: AppConfig, log: FastifyBaseLogger): Promise<PreparedDatabase> {
  const embedded = config.databaseUrl ? null : await startEmbeddedPostgres(join(config.dataDir, 'pglite'));
  const url = config.databaseUrl ?? embedded!.url;
  if (embedded) log.info({ dataDir: config.dataDir }, 'using the embedded PostgreSQL (PGlite); set DATABASE_URL for a server');

  // PGlite is a single session: exactly one pooled connection.
  const prisma = createPrismaClient(url, databaseClientOptions(config, embedded !== null));
  const close = async () => {
    await prisma.$disconnect();
    await embedded?.stop();
  };
  try {
    await checkReachable(prisma, url);
    const started = Date.now();
    const output = await migrateDeploy(url);
    const applied = /(\d+) migrations? found/.exec(output)?.[1];
    log.info({ ms: Date.now() - started, migrations: applied }, 'database migrations are up to date');
    if (config.seedDemo) {
      const seeded = await seedDemoIfEmpty(prisma, {
        storage: createLocalDiskStorage(join(config.dataDir, 'files')),
        renderTemplate: renderTemplateDocument,
        renderLegalDocument,
      });
      if (seeded) log.info(seeded, 'loaded the demo province (catalogue and demo accounts)');
    }
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { prisma, close };
}
