#!/usr/bin/env node
// `pnpm test`: every test of the repository, on a fresh machine too.
//  1. the infrastructure: Debian's Chromium and a private PostgreSQL on 127.0.0.1
//     (installed with apt-get when absent; see scripts/ensure-postgres.sh);
//  2. type checks, then unit and API integration tests of every package (turbo);
//  3. the SPA built, its public pages' first-load budgets checked (apps/web/scripts/check-budgets.mjs),
//     and every e2e journey in Chromium against the real portal.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const results = [];

function step(name, command, args, env = {}) {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = run.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok) finish(1);
}

function finish(code) {
  stopTestCluster();
  console.log('\n── test summary ──');
  for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name} (${r.seconds}s)`);
  const failed = results.filter((r) => !r.ok).length;
  console.log(`suites: ${results.length - failed} passed, ${failed} failed`);
  process.exit(code);
}

function ensureChromium() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  if (process.getuid?.() !== 0) {
    console.error(`Chromium is missing at ${path}: install Debian's chromium (apt-get install -y chromium)`);
    process.exit(1);
  }
  console.log('▶ installing Debian\'s chromium for the e2e journeys (first run on this machine)');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return path;
}

const chromium = ensureChromium();
// Whether this run started the private cluster (ensure-postgres.sh reuses a running one):
// the run stops what it started, unless KEEP_TEST_PG=1.
const clusterState = join(mkdtempSync(join(tmpdir(), 'portal-test-')), 'cluster');
const adminUrl = execFileSync('bash', [join(root, 'scripts', 'ensure-postgres.sh')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
  env: { ...process.env, ENSURE_PG_STATE_FILE: clusterState },
})
  .trim()
  .split('\n')
  .pop();

const startedCluster = existsSync(clusterState) && readFileSync(clusterState, 'utf8').trim() === 'started';
rmSync(dirname(clusterState), { recursive: true, force: true });
function stopTestCluster() {
  const where = `the test PostgreSQL on 127.0.0.1:${new URL(adminUrl).port}`;
  if (!startedCluster) return;
  if (process.env.KEEP_TEST_PG === '1') {
    console.log(`\n▶ ${where} keeps running (KEEP_TEST_PG=1)`);
    return;
  }
  const stopped = spawnSync('bash', [join(root, 'scripts', 'ensure-postgres.sh'), '--stop'], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  console.log(stopped.status === 0 ? `\n▶ stopped ${where}, which this run started (KEEP_TEST_PG=1 keeps it)` : `\n▶ could not stop ${where}: ${stopped.stderr.trim()}`);
}

const e2eUrl = new URL(adminUrl);
e2eUrl.pathname = '/portal_e2e';
const psqlEnv = { PGPASSWORD: new URL(adminUrl).password };
const recreateE2eDatabase = () => {
  const admin = new URL(adminUrl);
  for (const sql of ['DROP DATABASE IF EXISTS portal_e2e WITH (FORCE)', 'CREATE DATABASE portal_e2e']) {
    execFileSync('psql', ['-h', admin.hostname, '-p', admin.port, '-U', admin.username, '-d', 'postgres', '-qc', sql], {
      env: { ...process.env, ...psqlEnv },
      stdio: 'inherit',
    });
  }
};

const env = { TEST_DATABASE_URL: adminUrl, CHROMIUM_PATH: chromium, TURBO_TELEMETRY_DISABLED: '1' };
// One tsc per core at most: turbo would start all five at once (its default concurrency is 10). On
// a 2-core machine they then only take turns on the CPU: they finish no sooner, but hold all their
// memory at once and slow down everything else running beside them.
const typecheckConcurrency = String(Math.max(1, availableParallelism()));
step('type check', 'pnpm', ['exec', 'turbo', 'run', 'typecheck', `--concurrency=${typecheckConcurrency}`, '--output-logs=errors-only'], env);
step('unit and API integration tests', 'pnpm', ['exec', 'turbo', 'run', 'test', '--concurrency=1', '--output-logs=full'], env);
step('build the SPA', 'pnpm', ['--filter', '@portal/web', 'build'], env);
// Issue 16: what each public page downloads before it renders (gzip), from the build's manifest.
step('first-load budgets of the public pages', 'node', ['apps/web/scripts/check-budgets.mjs'], env);
recreateE2eDatabase();
step('e2e journeys in Chromium', 'pnpm', ['--filter', '@portal/e2e', 'e2e'], { ...env, E2E_DATABASE_URL: e2eUrl.toString() });
finish(0);
