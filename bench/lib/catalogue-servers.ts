/**
 * The servers of bench/catalogue.ts, each run in its own process (so that autocannon in
 * the parent does not share their event loop): `app` is the real application (buildApp)
 * on DATABASE_URL (CATALOGUE_CACHE_SECONDS, DATABASE_POOL_SIZE as in production); `bare`
 * is Fastify answering BARE_BODY as JSON at GET /bare.
 * Both listen on an ephemeral port of 127.0.0.1 and send it to the parent; `app` answers
 * the message 'cache-stats' with the hits and misses of its catalogue response cache, and
 * 'profile-start' / { profileStop: file } by recording a V8 CPU profile of itself in
 * between (bench/catalogue.ts --profile; open the file in Chrome DevTools or speedscope).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const kind = process.argv[2];

if (kind === 'app') {
  const { buildApp } = await import('../../apps/api/src/app.ts');
  const { parseConfig } = await import('../../apps/api/src/config.ts');
  const { createPrismaClient } = await import('@portal/db');
  const config = parseConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    DATABASE_URL: process.env.DATABASE_URL,
    DATA_DIR: process.env.DATA_DIR,
    WEB_DIST_DIR: '/nonexistent-web-dist',
    CATALOGUE_CACHE_SECONDS: process.env.CATALOGUE_CACHE_SECONDS,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE,
    JWT_SECRET: process.env.JWT_SECRET ?? 'bench-only-secret-0123456789abcdef0123456789',
  });
  const prisma = createPrismaClient(config.databaseUrl!, { maxConnections: config.databasePoolSize });
  const app = await buildApp(config, { prisma });
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ port: (app.server.address() as { port: number }).port });
  const inspector = new Session();
  process.on('message', async (message: unknown) => {
    if (message === 'cache-stats') process.send!({ cacheStats: app.catalogueCache.stats() });
    if (message === 'profile-start') {
      inspector.connect();
      await inspector.post('Profiler.enable');
      await inspector.post('Profiler.setSamplingInterval', { interval: 200 });
      await inspector.post('Profiler.start');
      process.send!({ profiling: true });
    }
    if (typeof message === 'object' && message !== null && 'profileStop' in message) {
      const { profile } = await inspector.post('Profiler.stop');
      writeFileSync(String(message.profileStop), JSON.stringify(profile));
      inspector.disconnect();
      process.send!({ profiled: message.profileStop });
    }
  });
  process.on('SIGTERM', async () => {
    await app.close();
    await prisma.$disconnect();
    process.exit(0);
  });
} else if (kind === 'bare') {
  // fastify is a dependency of the API, not of the bench: resolve it from there.
  const require = createRequire(join(repoRoot, 'apps', 'api', 'package.json'));
  type Bare = {
    get(path: string, handler: () => Promise<unknown>): void;
    listen(options: { host: string; port: number }): Promise<string>;
    close(): Promise<void>;
    server: import('node:net').Server;
  };
  const Fastify = require('fastify') as (options: { logger: boolean }) => Bare;
  const body = JSON.parse(process.env.BARE_BODY ?? '{}');
  const app = Fastify({ logger: false });
  app.get('/bare', async () => body);
  await app.listen({ host: '127.0.0.1', port: 0 });
  process.send!({ port: (app.server.address() as { port: number }).port });
  process.on('SIGTERM', async () => {
    await app.close();
    process.exit(0);
  });
} else {
  process.stderr.write('usage: catalogue-servers.ts app|bare\n');
  process.exit(2);
}
