/**
 * The API of bench/dossiers.ts in its own process (autocannon and the upload clients in
 * the parent must not share its event loop, and its memory is measured from /proc): the
 * real application (buildApp) on DATABASE_URL with production settings, files under
 * DATA_DIR. Listens on an ephemeral port of 127.0.0.1 and sends it to the parent;
 * SIGTERM closes it.
 */
import { createPrismaClient } from '@portal/db';
import { buildApp } from '../../apps/api/src/app.ts';
import { parseConfig } from '../../apps/api/src/config.ts';

const config = parseConfig({
  // bench/integrations.ts runs it as `development`: production accepts only https webhook endpoints.
  NODE_ENV: process.env.BENCH_APP_NODE_ENV ?? 'production',
  LOG_LEVEL: 'silent',
  HOST: '127.0.0.1',
  DATABASE_URL: process.env.DATABASE_URL,
  DATA_DIR: process.env.DATA_DIR,
  // bench/lighthouse.ts serves the built SPA (apps/web/dist); the API benches need none.
  WEB_DIST_DIR: process.env.BENCH_WEB_DIST_DIR ?? '/nonexistent-web-dist',
  DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
  JWT_SECRET: process.env.JWT_SECRET ?? 'bench-only-secret-0123456789abcdef0123456789',
  // The bench talks plain HTTP to 127.0.0.1: cookies without the Secure attribute.
  COOKIE_SECURE: 'false',
  PUBLIC_URL: 'http://127.0.0.1',
  // Each simulated citizen sends its own X-Forwarded-For (bench/lib/api-session.ts), so
  // the per-address rate limits act as they would for many real citizens.
  TRUST_PROXY: 'true',
  // The webhook receivers of bench/integrations.ts listen on 127.0.0.1.
  WEBHOOK_ALLOWED_HOSTS: process.env.WEBHOOK_ALLOWED_HOSTS,
});
const prisma = createPrismaClient(config.databaseUrl!, { maxConnections: config.databasePoolSize });
const app = await buildApp(config, { prisma });
await app.listen({ host: '127.0.0.1', port: 0 });
process.send!({ port: (app.server.address() as { port: number }).port });
process.on('SIGTERM', async () => {
  await app.close();
  await prisma.$disconnect();
  process.exit(0);
});
