import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/client.ts';
import { pgConfigFromUrl } from './pg-config.ts';

export type TPrismaClient = PrismaClient;

export interface CreatePrismaOptions {
  /** Pool size. Against the embedded PGlite it must be 1 (one Postgres session). */
  maxConnections?: number;
}

/** A Prisma client over node-postgres through the driver adapter (no Rust engine). */
export function createPrismaClient(url: string, options: CreatePrismaOptions = {}): PrismaClient {
  const adapter = new PrismaPg(
    pgConfigFromUrl(url, {
      max: options.maxConnections ?? 10,
      connectionTimeoutMillis: 10_000,
      idleTimeoutMillis: 30_000,
    }),
  );
  return new PrismaClient({ adapter });
}
