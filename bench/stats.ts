/**
 * `pnpm --filter @portal/bench stats [--duration 10] [--connections 1,10] [--database portal_bench] [--updates 300]`
 *
 * The public statistics (GET /api/v1/stats, GET /api/v1/stats.csv) at 1,000,000 dossiers:
 * the database of `seed-large` (run it first), the real app in a child process on
 * 127.0.0.1 (lib/app-process.ts), real PostgreSQL. Prints:
 *
 *   1. the data: dossiers, rows of the summary `dossier_stat_month`, and whether the
 *      summary the triggers kept equals a rebuild from the dossiers (and the rebuild's time);
 *   2. what one report would cost without the summary: the same 12-month figures
 *      aggregated straight from the dossier table (one run, for comparison);
 *   3. what the triggers cost a writer: --updates single-dossier status changes
 *      (processing → result with a finish time, as `complete` does) with the triggers and,
 *      in a rolled-back transaction, without them;
 *   4. latency and throughput of the reports with autocannon at each of --connections,
 *      over a mix of selections (whole province 12 and 60 months, one agency, one field,
 *      agency + field, the CSV), each request from its own address (the public limit is
 *      120 reports a minute per address). Goal: p95 ≤ 100 ms.
 *
 * Every loop is bounded in count and time; nothing listens beyond 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { pgConfigFromUrl } from '@portal/db';
import { startApp, stopApp } from './lib/app-process.ts';
import { loadPaths, spread } from './lib/autocannon-paths.ts';
import { prepareBenchDatabase, withClient } from './lib/database.ts';
import { idleShare, idleText } from './lib/machine-idle.ts';
import { clamp } from './lib/args.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '1,10' },
    database: { type: 'string', default: 'portal_bench' },
    updates: { type: 'string', default: '300' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench stats [--duration 10] [--connections 1,10] [--database portal_bench] [--updates 300]\n\n' +
      'p95 of the public statistics reports at 1,000,000 dossiers (run seed-large first; goal <= 100 ms), the cost of\n' +
      'the summary triggers on a status change, and the summary checked against a rebuild.\n',
  );
  process.exit(0);
}

const DURATION = clamp(Number(args.duration), 1, 120, 'duration');
const CONNECTIONS = args.connections.split(',').map((value) => clamp(Number(value), 1, 100, 'connections'));
const UPDATES = clamp(Number(args.updates), 10, 5000, 'updates');
const GOAL_MS = 100;

const out = (line: string) => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(7);
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The 12 months up to the current one, as the API computes them (Vietnam time). */
function lastMonths(count: number): { from: string; to: string } {
  const now = new Date(Date.now() + 7 * 3600_000);
  const index = now.getUTCFullYear() * 12 + now.getUTCMonth();
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
  return { from: month(index - count + 1), to: month(index) };
}

async function describeData(client: pg.Client) {
  const dossiers = Number((await client.query('SELECT count(*) AS n FROM dossier')).rows[0].n);
  const rows = Number((await client.query('SELECT count(*) AS n FROM dossier_stat_month')).rows[0].n);
  out(`  ${dossiers.toLocaleString('en')} dossiers; the summary has ${rows.toLocaleString('en')} rows (agency × field × month)`);
  return dossiers;
}

/** The summary as the triggers kept it, then rebuilt from scratch, compared inside one rolled-back transaction. */
async function checkAgainstRebuild(client: pg.Client) {
  const snapshot = `SELECT md5(string_agg(concat_ws(',', agency_id, field_id, month, submitted, received, received_online, in_progress,
      resolved_early, resolved_on_time, resolved_late, returned, rating_count, rating_sum), ';' ORDER BY agency_id, field_id, month)) AS h
    FROM dossier_stat_month WHERE (submitted, received, received_online, in_progress, resolved_early, resolved_on_time,
      resolved_late, returned, rating_count, rating_sum) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
  await client.query('BEGIN');
  try {
    const kept = (await client.query(snapshot)).rows[0].h as string;
    const started = performance.now();
    await client.query('SELECT dossier_stats_rebuild()');
    const took = seconds(started);
    const rebuilt = (await client.query(snapshot)).rows[0].h as string;
    out(`  summary kept by the triggers ${kept === rebuilt ? 'equals' : 'DIFFERS FROM'} a rebuild from the dossiers (rebuild: ${took.toFixed(1)} s)`);
    return kept === rebuilt;
  } finally {
    await client.query('ROLLBACK');
  }
}

/** The 12-month province report computed from the dossier table itself: what the summary spares. */
async function liveAggregate(client: pg.Client) {
  const { from, to } = lastMonths(12);
  const started = performance.now();
  await client.query(
    `SELECT c.month, p.field_id, d.agency_id, sum(c.submitted), sum(c.received), sum(c.received_online), sum(c.in_progress),
            sum(c.resolved_early), sum(c.resolved_on_time), sum(c.resolved_late), sum(c.returned)
     FROM dossier d JOIN procedure p ON p.id = d.procedure_id
     CROSS JOIN LATERAL dossier_stat_contribution(d.status, d.channel, d.submitted_at, d.received_at, d.finished_at,
                                                  coalesce(d.original_due_at, d.due_at)) c
     WHERE c.month BETWEEN $1::date AND $2::date
     GROUP BY GROUPING SETS ((), (c.month), (d.agency_id), (p.field_id))`,
    [`${from}-01`, `${to}-01`],
  );
  out(`  the same 12-month report aggregated from the dossier table instead: ${(seconds(started) * 1000).toFixed(0)} ms (one run)`);
}

/**
 * A writer's view: status changes of single dossiers, each its own statement, with the
 * statement triggers and then without (ALTER TABLE … DISABLE TRIGGER inside a
 * transaction that is rolled back, so nothing is left changed).
 */
async function triggerCost(client: pg.Client) {
  const { rows } = await client.query<{ id: string }>(
    `SELECT id FROM dossier WHERE status = 'processing' AND received_at IS NOT NULL ORDER BY id LIMIT $1`,
    [UPDATES],
  );
  if (rows.length === 0) {
    out('  no dossier in processing: trigger cost skipped');
    return;
  }
  const run = async (label: string, disable: boolean) => {
    await client.query('BEGIN');
    try {
      if (disable) {
        await client.query('ALTER TABLE dossier DISABLE TRIGGER dossier_stats_update');
      }
      const times: number[] = [];
      for (const { id } of rows) {
        const started = performance.now();
        await client.query(
          `UPDATE dossier SET status = 'result', finished_at = now(), version = version + 1 WHERE id = $1`,
          [id],
        );
        times.push(performance.now() - started);
      }
      const figures = spread(times);
      out(`  ${label.padEnd(30)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)}   (${figures.count} updates)`);
      return figures;
    } finally {
      await client.query('ROLLBACK');
    }
  };
  out(`  ${'one status change'.padEnd(30)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
  await run('without the summary trigger', true);
  await run('with the summary trigger', false);
}

async function reports(url: string) {
  const agencies = await withClient(url, async (client) =>
    (await client.query<{ agency_id: string }>('SELECT agency_id FROM dossier_stat_month GROUP BY agency_id ORDER BY sum(received) DESC LIMIT 3')).rows.map((row) => row.agency_id),
  );
  const fields = await withClient(url, async (client) =>
    (await client.query<{ field_id: string }>('SELECT field_id FROM dossier_stat_month GROUP BY field_id ORDER BY sum(received) DESC LIMIT 3')).rows.map((row) => row.field_id),
  );
  const province = await withClient(url, async (client) => (await client.query<{ id: string }>("SELECT id FROM agency WHERE level = 'province' LIMIT 1")).rows[0]?.id);
  const long = lastMonths(60);
  const mixes: [string, string[]][] = [
    ['province, 12 months', ['/api/v1/stats']],
    ['province, 60 months', [`/api/v1/stats?from=${long.from}&to=${long.to}`]],
    ['one agency (+ units under it)', [...agencies.map((id) => `/api/v1/stats?agencyId=${id}`), ...(province ? [`/api/v1/stats?agencyId=${province}`] : [])]],
    ['one field', fields.map((id) => `/api/v1/stats?fieldId=${id}`)],
    ['agency + field', agencies.flatMap((agency) => fields.slice(0, 1).map((field) => `/api/v1/stats?agencyId=${agency}&fieldId=${field}`))],
    ['CSV by agency', ['/api/v1/stats.csv?groupBy=agency', '/api/v1/stats.csv?groupBy=field']],
  ];
  const server = await startApp(url);
  try {
    // Warm-up: JIT, pool connections, plans, PostgreSQL's buffers.
    for (const [, paths] of mixes) await loadPaths({ port: server.port, paths, connections: 2, duration: 2, manyVisitors: true });
    out(`  the machine was ${idleText(await idleShare())} idle just before the runs`);
    out(`  ${'report'.padEnd(32)} ${'conn'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'failed'.padStart(6)}`);
    let worst = 0;
    let failed = 0;
    for (const connections of CONNECTIONS) {
      for (const [name, paths] of mixes) {
        const { result, latencies } = await loadPaths({ port: server.port, paths, connections, duration: DURATION, manyVisitors: true });
        const figures = spread(latencies);
        const bad = result.errors + result.timeouts + result.non2xx;
        failed += bad;
        worst = Math.max(worst, figures.p95);
        out(
          `  ${name.padEnd(32)} ${String(connections).padStart(4)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)} ${(result.requests.total / (result.duration || DURATION)).toFixed(0).padStart(8)} ${String(bad).padStart(6)}`,
        );
      }
    }
    out(`  STATS worst p95 ${worst.toFixed(1)} ms — goal ≤ ${GOAL_MS} ms: ${worst <= GOAL_MS && failed === 0 ? 'met' : 'NOT met'}${failed ? ` (${failed} failed requests)` : ''}`);
  } finally {
    await stopApp(server);
  }
}

out(`▶ stats: public statistics in ${args.database}`);
const url = await prepareBenchDatabase(args.database, { log: (line) => out(`  ${line}`) });
const client = new pg.Client(pgConfigFromUrl(url));
await client.connect();
try {
  const dossiers = await describeData(client);
  if (dossiers < 1_000_000) {
    out(`  fewer than 1,000,000 dossiers: run \`pnpm --filter @portal/bench seed-large\` first; skipped`);
    process.exit(0);
  }
  await checkAgainstRebuild(client);
  await liveAggregate(client);
  out('▶ the triggers, seen by a writer');
  await triggerCost(client);
} finally {
  await client.end();
}
out('▶ reports over HTTP');
await reports(url);
