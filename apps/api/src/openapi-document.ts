import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPrismaClient } from '@portal/db';
import { buildApp } from './app.ts';
import { parseConfig } from './config.ts';

/**
 * The OpenAPI document of the whole API, built without a server or a database: the app is
 * built on a Prisma client that never connects (nothing runs a query while the app only gets
 * ready), its background work held. Used by `pnpm --filter @portal/api-client generate` and by
 * the test that keeps the generated client in step.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-openapi-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    JWT_SECRET: 'openapi-document-only-0123456789abcdef',
    LOG_LEVEL: 'silent',
    DATABASE_URL: 'postgresql://openapi:openapi@127.0.0.1:9/openapi',
    WEB_DIST_DIR: '/nonexistent-web-dist',
    DATA_DIR: dataDir,
    // The contract as production serves it: without the development mailbox
    DEV_MAILBOX: 'false',
  });
  const prisma = createPrismaClient(config.databaseUrl!, { maxConnections: 1 });
  const app = await buildApp(config, { prisma, holdBackgroundWork: true });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
  } finally {
    await app.close();
    await prisma.$disconnect();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
