/**
 * `pnpm --filter @portal/bench catalogue [--procedures 10000] [--duration 10]
 *   [--connections 10] [--cold-queries 20000] [--warm-tail 0.2]
 *   [--database portal_bench_catalogue] [--reset] [--runs cold-search,…] [--profile FILE]`
 *
 * The public catalogue under load. Loads the demo province plus synthetic procedures up
 * to --procedures (set-based SQL, names from lib/vocabulary.ts), starts the real app
 * (buildApp) twice — with its in-memory response cache, and without it
 * (CATALOGUE_CACHE_SECONDS=0) — and, for comparison, a bare Fastify route answering a
 * constant JSON of the size of a search page, each in its own process on 127.0.0.1, then
 * measures them one after another with autocannon (from this process):
 *
 *   COLD: the app without its response cache, every request a different search
 *     1. GET /api/v1/procedures?q=…  --cold-queries DISTINCT searches drawn from the loaded
 *        catalogue (lib/catalogue-queries.ts): words with and without diacritics, the last
 *        one cut short, typos, whole names, codes and their beginnings, words in no name,
 *        a quarter with filters. No URL is requested twice (unless a run needs more).
 *     2. GET /api/v1/procedures/:idOrCode  the procedure page, 1,000 procedures
 *   WARM: the app with its response cache (as deployed)
 *     3. search: (1 − --warm-tail) of the requests from a short list of popular searches,
 *        the rest from the long tail (distinct, unseen): the cache's hit rate is printed
 *     4. the procedure page, 1,000 procedures
 *   5. the bare route
 *
 * and prints p50/p95/p99 latency, requests per second, each run's throughput as a share
 * of the bare route's, and for the cold runs the CPU time per request of the app's process
 * and of PostgreSQL (from /proc, when the database runs on this machine). The goals are
 * about the COLD search, the database's real work: on the 2-core test machine,
 * p95 ≤ 25 ms and ≥ 25 % of the bare route's throughput.
 *
 * --runs picks some of cold-search, cold-page, warm-search, warm-page, bare (default all;
 * shares of the bare route need `bare`). --profile FILE records a V8 CPU profile of the
 * app during the cold search run and prints where its time went (lib/catalogue-cpu-profile.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadPaths } from './lib/autocannon-paths.ts';
import { summarizeProfile } from './lib/catalogue-cpu-profile.ts';
import { coldSearchPaths, popularSearchPaths, random } from './lib/catalogue-queries.ts';
import { dropBenchDatabase, prepareBenchDatabase, withClient } from './lib/database.ts';
import * as V from './lib/vocabulary.ts';

const here = dirname(fileURLToPath(import.meta.url));

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    procedures: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    'cold-queries': { type: 'string', default: '20000' },
    'warm-tail': { type: 'string', default: '0.2' },
    database: { type: 'string', default: 'portal_bench_catalogue' },
    reset: { type: 'boolean', default: false },
    runs: { type: 'string', default: 'cold-search,cold-page,warm-search,warm-page,bare' },
    profile: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench catalogue [--procedures 10000] [--duration 10] [--connections 10]\n' +
      '         [--cold-queries 20000] [--warm-tail 0.2] [--database NAME] [--reset]\n' +
      '         [--runs cold-search,cold-page,warm-search,warm-page,bare] [--profile FILE.cpuprofile]\n\n' +
      'Loads the procedures (default 10,000) into the bench database, starts the app with and without its\n' +
      'response cache and a bare Fastify route, and measures each run with autocannon for --duration\n' +
      'seconds over --connections connections. Goals (cold search): p95 <= 25 ms, >= 25 % of the bare\n' +
      "route's requests/s. --profile records a CPU profile of the app during the cold search run.\n",
  );
  process.exit(0);
}
const PROCEDURES = Number(args.procedures);
const DURATION = Math.min(Math.max(Number(args.duration), 1), 120);
const CONNECTIONS = Math.min(Math.max(Number(args.connections), 1), 100);
const COLD_QUERIES = Math.min(Math.max(Number(args['cold-queries']), 100), 200_000);
const WARM_TAIL = Math.min(Math.max(Number(args['warm-tail']), 0), 1);
const RUN_NAMES = ['cold-search', 'cold-page', 'warm-search', 'warm-page', 'bare'] as const;
const RUNS = new Set(args.runs.split(',').map((run) => run.trim()));
for (const run of RUNS) if (!(RUN_NAMES as readonly string[]).includes(run)) throw new Error(`--runs: unknown run ${run} (${RUN_NAMES.join(', ')})`);
const out = (line = '') => process.stdout.write(`${line}\n`);

// ───────────────────────────── data ─────────────────────────────

/** Procedures up to `total`, generated inside PostgreSQL (one INSERT … SELECT per table). */
async function loadProcedures(url: string, total: number) {
  await withClient(url, async (client) => {
    const existing = Number((await client.query('SELECT count(*) AS n FROM procedure')).rows[0].n);
    const need = total - existing;
    out(`  ${existing} procedures present, adding ${Math.max(need, 0)}`);
    if (need <= 0) return;
    await client.query('BEGIN');
    await client.query(
      `
      CREATE TEMP TABLE b_new ON COMMIT DROP AS
      WITH v AS (
        SELECT $2::text[] AS dverb, $3::text[] AS dobj, $4::text[] AS dfield, $5::text[] AS rverb,
               $6::text[] AS robj, $7::text[] AS rfield, $8::text[] AS qual),
      sizes AS (
        SELECT cardinality(dverb) * cardinality(dobj) * cardinality(qual) AS na,
               cardinality(rverb) * cardinality(robj) * cardinality(qual) AS nb FROM v),
      g AS (
        -- 7919 is prime: consecutive numbers get unrelated name combinations
        SELECT k, ((k::bigint * 7919 + 13) % (na + nb))::int AS c, na FROM generate_series(1, $1::int) k, sizes),
      named AS (
        SELECT g.k,
          CASE WHEN g.c < g.na
            THEN v.dverb[g.c / (cardinality(v.qual) * cardinality(v.dobj)) + 1] || ' '
                 || v.dobj[(g.c / cardinality(v.qual)) % cardinality(v.dobj) + 1] || v.qual[g.c % cardinality(v.qual) + 1]
            ELSE v.rverb[(g.c - g.na) / (cardinality(v.qual) * cardinality(v.robj)) + 1] || ' '
                 || v.robj[((g.c - g.na) / cardinality(v.qual)) % cardinality(v.robj) + 1] || v.qual[(g.c - g.na) % cardinality(v.qual) + 1]
          END AS name,
          CASE WHEN g.c < g.na THEN v.dfield[(g.c / cardinality(v.qual)) % cardinality(v.dobj) + 1]
               ELSE v.rfield[((g.c - g.na) / cardinality(v.qual)) % cardinality(v.robj) + 1] END AS field_code
        FROM g, v),
      demo AS (
        SELECT p.field_id, p.agency_id, p.id AS template_id,
               row_number() OVER (PARTITION BY p.field_id ORDER BY p.code) AS slot,
               count(*) OVER (PARTITION BY p.field_id) AS cnt
        FROM procedure p)
      SELECT gen_random_uuid() AS id, '2.' || (900000 + n.k) || '.H18' AS code, n.name,
             coalesce(f.id, (SELECT id FROM field ORDER BY code LIMIT 1)) AS field_id,
             (ARRAY['full_online', 'partial_online', 'full_online', 'partial_online', 'info_only'])[1 + n.k % 5]::service_level AS service_level,
             (ARRAY[1, 3, 5, 7, 10, 15, 20, 30])[1 + n.k % 8] AS processing_days,
             n.k
      FROM named n LEFT JOIN field f ON f.code = n.field_code`,
      [
        need,
        V.DOCUMENT_VERBS,
        V.DOCUMENT_OBJECTS.map(([text]) => text),
        V.DOCUMENT_OBJECTS.map(([, field]) => field),
        V.REGISTRATION_VERBS,
        V.REGISTRATION_OBJECTS.map(([text]) => text),
        V.REGISTRATION_OBJECTS.map(([, field]) => field),
        V.QUALIFIERS,
      ],
    );
    // Each new procedure copies the agency, form and texts of a demo procedure of its field.
    await client.query(`
      CREATE TEMP TABLE b_placed ON COMMIT DROP AS
      SELECT b.*, d.id AS demo_id
      FROM b_new b
      CROSS JOIN LATERAL (
        SELECT p.id FROM procedure p
        WHERE p.field_id = b.field_id OR NOT EXISTS (SELECT 1 FROM procedure q WHERE q.field_id = b.field_id)
        ORDER BY md5(p.id::text || b.k::text) LIMIT 1) d`);
    await client.query(`
      INSERT INTO procedure (id, code, name, agency_id, field_id, service_level, legacy_level, steps, processing_days,
        processing_note, fees, legal_basis, applicants, conditions, result_description, submission_channels,
        form_version, usage_count, active, created_at, updated_at)
      SELECT b.id, b.code, b.name, d.agency_id, b.field_id, b.service_level,
        CASE b.service_level WHEN 'full_online' THEN 4 WHEN 'partial_online' THEN 3 ELSE 2 END,
        d.steps, b.processing_days, d.processing_note, d.fees, d.legal_basis, d.applicants, d.conditions,
        d.result_description, d.submission_channels, 1, (b.k * 37) % 500, true, now(), now()
      FROM b_placed b JOIN procedure d ON d.id = b.demo_id;
      INSERT INTO procedure_agency (procedure_id, agency_id)
        SELECT b.id, d.agency_id FROM b_placed b JOIN procedure d ON d.id = b.demo_id;
      INSERT INTO procedure_form_version (id, procedure_id, version, definition, sample_data, created_at)
        SELECT gen_random_uuid(), b.id, 1, fv.definition, fv.sample_data, now()
        FROM b_placed b JOIN procedure_form_version fv ON fv.procedure_id = b.demo_id AND fv.version = 1;
      INSERT INTO procedure_component (id, procedure_id, name, description, required, originals, copies, accepted_types, sort_order)
        SELECT gen_random_uuid(), b.id, c.name, c.description, c.required, c.originals, c.copies, c.accepted_types, c.sort_order
        FROM b_placed b JOIN procedure_component c ON c.procedure_id = b.demo_id;
    `);
    await client.query('COMMIT');
    // As autovacuum would leave them after a while: statistics, visibility map, hint bits.
    await client.query('VACUUM (ANALYZE)');
  });
}

// ───────────────────────────── servers ─────────────────────────────

interface Server {
  child: ChildProcess;
  port: number;
}

/** Starts `bench/lib/catalogue-servers.ts <kind>` and waits for its port. */
function startServer(kind: 'app' | 'bare', env: Record<string, string>): Promise<Server> {
  return new Promise((resolve, reject) => {
    const child = fork(join(here, 'lib', 'catalogue-servers.ts'), [kind], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => reject(new Error(`${kind} server did not start in 60 s`)), 60_000);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve({ child, port: message.port });
    });
    child.once('exit', (code) => reject(new Error(`${kind} server exited with ${code}`)));
  });
}

/** Sends `message` to a server and waits for its answer, the message that has `key`. */
function ask<T>(server: Server, message: unknown, key: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${key} from the app`)), 10_000);
    const onMessage = (answer: Record<string, unknown>) => {
      if (!(key in answer)) return;
      clearTimeout(timer);
      server.child.off('message', onMessage);
      resolve(answer[key] as T);
    };
    server.child.on('message', onMessage);
    server.child.send(message as string);
  });
}

/** Hits and misses of the app's catalogue response cache, so far. */
const cacheStats = (server: Server) => ask<{ hits: number; misses: number }>(server, 'cache-stats', 'cacheStats');

// ───────────────────────────── CPU ─────────────────────────────

/** CPU seconds (user + system) of these processes so far, from /proc; null off Linux. */
function cpuSeconds(pids: number[]): number | null {
  let ticks = 0;
  for (const pid of pids) {
    try {
      // fields after the command name: 14 utime, 15 stime (in clock ticks, 100 per second)
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      return null;
    }
  }
  return ticks / 100;
}

/** Share of the machine's CPU time that was idle during the next second (from /proc/stat), or null. */
async function idleShare(): Promise<number | null> {
  const sample = () => {
    try {
      const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
      return { idle: fields[3]! + (fields[4] ?? 0), total: fields.reduce((sum, value) => sum + value, 0) };
    } catch {
      return null;
    }
  };
  const before = sample();
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = sample();
  return before && after ? (after.idle - before.idle) / Math.max(1, after.total - before.total) : null;
}

// ───────────────────────────── load ─────────────────────────────

interface Figures {
  name: string;
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  /** CPU milliseconds per request of the app process and of PostgreSQL's backends */
  cpu?: { app: number; postgres: number | null };
}

/** Percentile of sorted values (nearest rank). */
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/**
 * One autocannon run over `paths` in order (wrapping around); latencies are collected per
 * response (autocannon's summary has no p95). With `cpu`, the CPU time of those processes
 * during the run is divided among the requests.
 */
async function measure(
  name: string,
  port: number,
  paths: string[],
  options: { duration?: number; cpu?: { app: number; postgres: () => Promise<number[]> } } = {},
): Promise<Figures> {
  const duration = options.duration ?? DURATION;
  const pgPids = options.cpu ? await options.cpu.postgres() : [];
  const cpuBefore = options.cpu ? { app: cpuSeconds([options.cpu.app]), postgres: cpuSeconds(pgPids) } : null;
  const { result, latencies } = await loadPaths({ port, paths, connections: CONNECTIONS, duration });
  latencies.sort((a, b) => a - b);
  const figures: Figures = {
    name,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.total / (result.duration || duration),
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
  if (options.cpu && cpuBefore?.app != null && result.requests.total > 0) {
    const app = cpuSeconds([options.cpu.app]);
    const postgres = cpuBefore.postgres == null ? null : cpuSeconds(pgPids);
    figures.cpu = {
      app: ((app! - cpuBefore.app) * 1000) / result.requests.total,
      postgres: postgres == null ? null : ((postgres - cpuBefore.postgres!) * 1000) / result.requests.total,
    };
  }
  return figures;
}

async function main() {
  if (!Number.isSafeInteger(PROCEDURES) || PROCEDURES < 100) throw new Error('--procedures must be an integer ≥ 100');
  out(`catalogue bench: ${PROCEDURES} procedures, ${CONNECTIONS} connections, ${DURATION} s per run`);
  if (args.reset) await dropBenchDatabase(args.database);
  const url = await prepareBenchDatabase(args.database, { log: (line) => out(`  ${line}`) });
  await loadProcedures(url, PROCEDURES);
  const data = await withClient(url, async (client) => {
    const { rows: search } = await client.query(`SELECT to_regprocedure('catalogue_search(text[],text,uuid,uuid,service_level,boolean,text,integer,text,uuid,boolean,boolean)') AS f`);
    if (!search[0]?.f) throw new Error(`${args.database} was migrated before the search was rewritten: run once with --reset`);
    return {
      procedures: (
        await client.query(`SELECT name, code, field_id::text AS "fieldId", agency_id::text AS "agencyId" FROM procedure WHERE active ORDER BY md5(id::text)`)
      ).rows as { name: string; code: string; fieldId: string; agencyId: string }[],
      fieldIds: (await client.query('SELECT id FROM field ORDER BY code')).rows.map((row) => row.id as string),
      agencyIds: (await client.query(`SELECT id FROM agency WHERE level IN ('department', 'commune') ORDER BY unit_code`)).rows.map((row) => row.id as string),
      // ids and codes of 1,000 procedures spread over the table
      procedureKeys: (await client.query(`SELECT id, code FROM procedure WHERE active ORDER BY md5(id::text) LIMIT 1000`)).rows.flatMap((row, index) =>
        index % 2 ? [row.id as string] : [encodeURIComponent(row.code as string)],
      ),
    };
  });
  // The backends of the measured (uncached) app only: its connections carry this name.
  const UNCACHED_APP_NAME = 'portal-bench-uncached';
  const postgresPids = () =>
    withClient(url, async (client) =>
      (await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1`, [UNCACHED_APP_NAME])).rows.map(
        (row) => row.pid as number,
      ),
    );

  // Distinct searches: a first slice to warm up (plans, JIT), the rest measured, the long tail of the warm run apart.
  const WARM_UP = 3000;
  const distinct = coldSearchPaths(data, WARM_UP + COLD_QUERIES + 20_000);
  const coldWarmUp = distinct.slice(0, WARM_UP);
  const cold = distinct.slice(WARM_UP, WARM_UP + COLD_QUERIES);
  const tail = distinct.slice(WARM_UP + COLD_QUERIES);
  const popular = popularSearchPaths(data.fieldIds, data.agencyIds);
  // The warm run: popular searches, and now and then one of the long tail (never twice).
  const rnd = random(42);
  let tailNext = 0;
  const warm = Array.from({ length: 200_000 }, () => (rnd() < WARM_TAIL ? tail[tailNext++ % tail.length]! : popular[Math.floor(rnd() * popular.length)]!));
  const pages = data.procedureKeys.map((key) => `/api/v1/procedures/${key}`);

  const dataDir = mkdtempSync(join(tmpdir(), 'bench-catalogue-'));
  const app = await startServer('app', { DATABASE_URL: url, DATA_DIR: dataDir });
  // The same app without the in-memory response cache: every request reaches PostgreSQL.
  const uncached = await startServer('app', { DATABASE_URL: url, DATA_DIR: dataDir, CATALOGUE_CACHE_SECONDS: '0', PGAPPNAME: UNCACHED_APP_NAME });
  // The bare route answers a constant body as large as a typical search page.
  const sample = await (await fetch(`http://127.0.0.1:${app.port}/api/v1/procedures?q=giay%20phep`)).text();
  const bare = await startServer('bare', { BARE_BODY: sample });
  try {
    for (const path of [...popular, ...coldWarmUp.slice(0, 200), ...pages.slice(0, 20)]) {
      const response = await fetch(`http://127.0.0.1:${uncached.port}${path}`);
      if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
    }
    // Warm up: JIT, connections, plans (and the cache for the popular searches and the pages).
    if (RUNS.has('cold-search')) await measure('warm-up', uncached.port, coldWarmUp, { duration: 5 });
    if (RUNS.has('cold-page')) await measure('warm-up', uncached.port, pages, { duration: 2 });
    if (RUNS.has('warm-search')) await measure('warm-up', app.port, popular, { duration: 3 });
    if (RUNS.has('warm-page')) await measure('warm-up', app.port, pages, { duration: 2 });
    if (RUNS.has('bare')) await measure('warm-up', bare.port, ['/bare'], { duration: 2 });

    const idle = await idleShare();
    const cpu = { app: uncached.child.pid!, postgres: postgresPids };
    const run = async <T>(name: (typeof RUN_NAMES)[number], fn: () => Promise<T>) => (RUNS.has(name) ? fn() : null);
    const coldSearch = await run('cold-search', async () => {
      if (args.profile) await ask(uncached, 'profile-start', 'profiling');
      const figures = await measure('search  GET /api/v1/procedures?q=…', uncached.port, cold, { cpu });
      if (args.profile) await ask(uncached, { profileStop: resolvePath(args.profile) }, 'profiled');
      return figures;
    });
    const coldPage = await run('cold-page', () => measure('page    GET /api/v1/procedures/:idOrCode', uncached.port, pages, { cpu }));
    const before = await cacheStats(app);
    const warmSearch = await run('warm-search', () => measure('search  GET /api/v1/procedures?q=…', app.port, warm));
    const between = await cacheStats(app);
    const warmPage = await run('warm-page', () => measure('page    GET /api/v1/procedures/:idOrCode', app.port, pages));
    const after = await cacheStats(app);
    const bareFig = await run('bare', () => measure('bare    GET /bare (constant JSON)', bare.port, ['/bare']));
    const hitRate = (from: typeof before, to: typeof before) =>
      ((to.hits - from.hits) / Math.max(1, to.hits - from.hits + to.misses - from.misses)) * 100;

    const share = (f: Figures) => (bareFig ? `${((f.rps / bareFig.rps) * 100).toFixed(1)} %` : '?');
    const row = (f: Figures | null) =>
      f &&
      out(
        `${f.name.padEnd(42)} ${f.p50.toFixed(1).padStart(6)} ${f.p95.toFixed(1).padStart(7)} ${f.p99.toFixed(1).padStart(7)} ${f.rps
          .toFixed(0)
          .padStart(8)} ${share(f).padStart(9)} ${String(f.errors + f.non2xx).padStart(7)}` +
          (f.cpu ? `   ${f.cpu.app.toFixed(2)} + ${f.cpu.postgres == null ? '?' : f.cpu.postgres.toFixed(2)}` : ''),
      );
    out();
    out(
      `search body ${sample.length} bytes; the machine was ${idle == null ? '?' : (idle * 100).toFixed(0)} % idle just before the runs ` +
        '(figures are only comparable on an otherwise idle machine)',
    );
    out(`${'endpoint'.padEnd(42)} ${'p50 ms'.padStart(6)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'of bare'.padStart(9)} ${'failed'.padStart(7)}   CPU ms/req app + PostgreSQL`);
    const distinctSearches = coldSearch ? Math.min(coldSearch.requests, cold.length) : 0;
    const coldRepeats = coldSearch && coldSearch.requests > cold.length ? `, ${coldSearch.requests - cold.length} repeated` : '';
    if (coldSearch || coldPage) out(`COLD — response cache off; ${distinctSearches} distinct searches${coldRepeats}; ${pages.length} procedures`);
    row(coldSearch);
    row(coldPage);
    if (warmSearch || warmPage) {
      out(`WARM — response cache on; searches: ${Math.round((1 - WARM_TAIL) * 100)} % from ${popular.length} popular, ${Math.round(WARM_TAIL * 100)} % long tail`);
    }
    row(warmSearch);
    if (warmSearch) out(`  search cache hit rate ${hitRate(before, between).toFixed(1)} %`);
    row(warmPage);
    if (warmPage) out(`  page cache hit rate ${hitRate(between, after).toFixed(1)} %`);
    row(bareFig);
    out();
    if (coldSearch && bareFig) {
      out(
        `HEADLINE cold search: p95 ${coldSearch.p95.toFixed(1)} ms (goal ≤ 25 ms), ${share(coldSearch)} of the bare route's throughput (goal ≥ 25 %), ` +
          `p95 ${(coldSearch.p95 / Math.max(bareFig.p95, 0.1)).toFixed(1)}× the bare route's`,
      );
    }
    if (warmSearch) out(`warm search (cache): p95 ${warmSearch.p95.toFixed(1)} ms, ${share(warmSearch)} of bare`);
    if (coldPage) out(`cold page: p95 ${coldPage.p95.toFixed(1)} ms, ${share(coldPage)} of bare`);
    const failed = [coldSearch, coldPage, warmSearch, warmPage].some((f) => f && f.errors + f.non2xx > 0);
    if (coldSearch && bareFig) {
      const ok = coldSearch.p95 <= 25 && coldSearch.rps >= 0.25 * bareFig.rps && !failed;
      out(ok ? 'goals met' : `goals NOT met${failed ? ' (failed requests)' : ''}`);
    } else if (failed) out('failed requests');
    if (args.profile && coldSearch) {
      out();
      out(`CPU profile of the app during the cold search run: ${resolvePath(args.profile)}`);
      for (const line of summarizeProfile(resolvePath(args.profile))) out(line);
    }
  } finally {
    for (const server of [app, uncached, bare]) server.child.kill('SIGTERM');
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
