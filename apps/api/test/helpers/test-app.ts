import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { createPrismaClient, type TPrismaClient } from '@portal/db';
import { buildApp } from '../../src/app.ts';
import { parseConfig, type AppConfig } from '../../src/config.ts';
import { adminQuery, databaseUrl } from './postgres.ts';

export interface TestContext {
  app: FastifyInstance;
  prisma: TPrismaClient;
  config: AppConfig;
  databaseUrl: string;
  /** Drops the database under the running app (to test outages). */
  dropDatabase(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A fresh database cloned from the migrated, demo-seeded template, and the app built
 * on it. Call in `beforeAll`, close in `afterAll`.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    /** Adds routes before the app is ready (e.g. probes of shared preHandlers) */
    extend?: (app: FastifyInstance) => void;
    /** The app's Prisma client on the test database (default: a pool of 5) */
    createPrisma?: (url: string) => TPrismaClient;
  } = {},
): Promise<TestContext> {
  const adminUrl = inject('pgAdminUrl');
  const name = `portal_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}" TEMPLATE "${inject('templateDatabase')}"`);
  const url = databaseUrl(adminUrl, name);
  const config = parseConfig({
    NODE_ENV: 'test',
    // A fixed secret: nothing is written to DATA_DIR (a generated one would be kept there).
    JWT_SECRET: 'integration-tests-only-0123456789abcdef',
    LOG_LEVEL: 'silent',
    DATABASE_URL: url,
    WEB_DIST_DIR: '/nonexistent-web-dist',
    // Files of the template database (downloadable templates); read-only for tests.
    DATA_DIR: inject('templateDataDir'),
    ...env,
  });
  // A generous wait for a free connection: tests that fire dozens of requests at once (50 sends in
  // parallel) queue for the 5 connections, and a loaded 2-core machine stretches that queue past
  // the production default (5 s), which answers 503 by design. Outage tests see errors at once.
  const prisma = options.createPrisma?.(url) ?? createPrismaClient(url, { maxConnections: 5, connectTimeoutMs: 60_000 });
  const app = await buildApp(config, { prisma });
  options.extend?.(app);
  await app.ready();
  return {
    app,
    prisma,
    config,
    databaseUrl: url,
    async dropDatabase() {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
    async close() {
      await app.close();
      await prisma.$disconnect();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
