/**
 * A longer fuzz of every API operation than `pnpm test` runs: the same generator
 * (apps/api/test/fuzz/openapi-fuzz.ts, fast-check) with other seeds and more cases per
 * operation, against the real application on a bench database with the demo province.
 *
 *   pnpm --filter @portal/bench fuzz                          # 3 seeds × 300 cases per operation
 *   pnpm --filter @portal/bench fuzz --seeds 10 --cases 1000 --only 'POST /api/v1/dossiers'
 *
 * Prints the answers by status, the slowest answer and every failure (5xx, an error that
 * is not problem+json with a documented code, a leaked stack trace, an answer over the
 * budget); exits 1 when there is one.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createPrismaClient } from '@portal/db';
import { buildApp } from '../apps/api/src/app.ts';
import { parseConfig } from '../apps/api/src/config.ts';
import { demoCallers } from '../apps/api/test/fuzz/callers.ts';
import { fuzzApi, summarizeFailures } from '../apps/api/test/fuzz/openapi-fuzz.ts';
import { prepareBenchDatabase } from './lib/database.ts';

const { values } = parseArgs({
  options: {
    seeds: { type: 'string', default: '3' },
    cases: { type: 'string', default: '300' },
    'first-seed': { type: 'string', default: String(Date.now() % 1_000_000) },
    budget: { type: 'string', default: '5000' },
    only: { type: 'string' },
    database: { type: 'string', default: 'portal_fuzz' },
  },
});

const url = await prepareBenchDatabase(values.database!);
const dataDir = await mkdtemp(join(tmpdir(), 'portal-fuzz-'));
const config = parseConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATABASE_URL: url,
  DATA_DIR: dataDir,
  WEB_DIST_DIR: '/nonexistent-web-dist',
  JWT_SECRET: 'bench-only-secret-0123456789abcdef0123456789',
  CAPTCHA_DISABLED: 'true',
});
const prisma = createPrismaClient(url, { maxConnections: 5 });
const app = await buildApp(config, { prisma });
await app.ready();
const document = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();

let failed = 0;
const firstSeed = Number(values['first-seed']);
for (let index = 0; index < Number(values.seeds); index++) {
  const seed = firstSeed + index * 7919;
  const callers = await demoCallers(app);
  const started = Date.now();
  let lastPrint = 0;
  const report = await fuzzApi({
    app,
    document,
    callerFor: callers.callerFor,
    seed,
    casesPerOperation: Number(values.cases),
    budgetMs: Number(values.budget),
    only: values.only ? new RegExp(values.only) : undefined,
    onProgress(done, total) {
      if (Date.now() - lastPrint > 5000) {
        lastPrint = Date.now();
        process.stdout.write(`  seed ${seed}: ${done}/${total} cases\n`);
      }
    },
  });
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `seed ${seed}: ${report.operations} operations, ${report.cases} cases in ${seconds.toFixed(1)} s ` +
      `(${Math.round(report.cases / seconds)} cases/s), slowest ${Math.round(report.slowestMs)} ms, by status ${JSON.stringify(report.byStatus)}`,
  );
  for (const line of summarizeFailures(report.failures)) console.log(`  ✘ ${line}`);
  failed += report.failures.length;
}
console.log(failed === 0 ? 'fuzz: no failure' : `fuzz: ${failed} failures`);
await app.close();
await prisma.$disconnect();
await rm(dataDir, { recursive: true, force: true });
process.exit(failed === 0 ? 0 : 1);
