import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/client/client.ts';
import { pgConfigFromUrl } from './pg-config.ts';

export type TPrismaClient = PrismaClient;

export interface CreatePrismaOptions {
  /** Pool size. Against the embedded PGlite it must be 1 (one Postgres session). */
  maxConnections?: number;
}

/** The node-postgres pool under each client made here (Prisma's driver adapter runs on it). */
const pools = new WeakMap<PrismaClient, pg.Pool>();

/** A Prisma client over node-postgres through the driver adapter (no Rust engine). */
export function createPrismaClient(url: string, options: CreatePrismaOptions = {}): PrismaClient {
  const pool = new pg.Pool(
    pgConfigFromUrl(url, {
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    }),
  );
  // A connection that fails while idle (a database restart) is dropped by the pool and
  // replaced on next use; unlistened, its 'error' event would end the process.
  pool.on('error', () => undefined);
  // $disconnect() ends the pool, as when the adapter owned it.
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(prisma, pool);
  return prisma;
}

/**
 * The node-postgres pool a client of createPrismaClient runs on, shared with Prisma (the
 * same connections, the same limit): for the few hot read statements worth sending
 * straight through the driver, as named prepared statements, rather than through the ORM.
 */
export function pgPoolOf(prisma: PrismaClient): pg.Pool {
  const pool = pools.get(prisma);
  if (!pool) throw new Error('pgPoolOf: this Prisma client was not made by createPrismaClient');
  return pool;
}
