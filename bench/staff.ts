/**
 * `pnpm --filter @portal/bench staff [--duration 3] [--connections 1,10] [--database portal_bench] [--explain] [--only TEXT]`
 *
 * The staff workspace (GET /api/v1/staff/dossiers, GET /api/v1/staff/dossiers/summary) at
 * 1,000,000 dossiers: the database of `seed-large` (run it first), the real app in a child
 * process with production settings (lib/app-process.ts), real PostgreSQL, signed in as a
 * clerk of each desk:
 *
 *   - the busiest agency (its demo clerk, or `benchclerk`, added to it with the demo password
 *     when it has none), Sở Xây dựng (`motcua`, the desk of the issue) when it is not the
 *     busiest, and a ward (`motcuaxa`, Phường Mường Thanh);
 *   - per desk: the counts; every inbox view (all, new, processing, mine, supplement,
 *     due soon, overdue, done); search by code (whole and prefix: unit code and month), by
 *     applicant name with and without diacritics (a family name, a whole name), by CCCD;
 *     each sort (due, updated, sent); a deep page (the 26th page of 20, reached through
 *     the cursors, for the default order and for `sort=updated`);
 *   - autocannon for --duration s per request at each of --connections; p50/p95/p99 and req/s.
 *     Goal: p95 ≤ 25 ms at 1 connection, ≤ 60 ms at 10; counts ≤ 15 ms.
 *
 * --explain: `EXPLAIN (ANALYZE, BUFFERS)` of every statement of the slowest request (by p95
 * at the first connection count), run through the app's own list repository, so the plan
 * is the one of the SQL the app sends. --only TEXT: only the requests whose name contains it.
 * Every loop is bounded; nothing listens beyond 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { Prisma, createPrismaClient, pgConfigFromUrl, type TPrismaClient } from '@portal/db';
import { ZStaffDossierListQuery } from '../packages/domain/src/index.ts';
import { loadWorkingCalendar } from '../apps/api/src/features/admin-calendar/working-calendar.ts';
import { dueSoonLimit } from '../apps/api/src/features/staff-dossiers/deadlines.ts';
import { createStaffDossierListRepository } from '../apps/api/src/features/staff-dossiers/list.ts';
import { ApiSession } from './lib/api-session.ts';
import { startApp, stopApp } from './lib/app-process.ts';
import { loadPaths, spread } from './lib/autocannon-paths.ts';
import { prepareBenchDatabase, withClient } from './lib/database.ts';
import { idleShare, idleText } from './lib/machine-idle.ts';
import { clamp } from './lib/args.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,10' },
    database: { type: 'string', default: 'portal_bench' },
    explain: { type: 'boolean', default: false },
    only: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench staff [--duration 3] [--connections 1,10] [--database portal_bench] [--explain] [--only TEXT]\n\n' +
      'p50/p95/p99 and req/s of every staff inbox view, search, sort and deep page at 1,000,000 dossiers (run seed-large first).\n',
  );
  process.exit(0);
}

const DURATION = clamp(Number(args.duration), 1, 120, 'duration');
const CONNECTIONS = args.connections.split(',').map((value) => clamp(Number(value), 1, 100, 'connections'));
const PASSWORD = 'Demo@2025';
const GOAL = { one: 25, many: 60, counts: 15 };
const DEEP_PAGES = 25;

const out = (line = '') => process.stdout.write(`${line}\n`);
const ms = (value: number) => value.toFixed(1).padStart(7);
const LIST = '/api/v1/staff/dossiers';

interface Desk {
  label: string;
  username: string;
  userId: string;
  agencyId: string;
  agencyName: string;
  dossiers: number;
}

interface Probe {
  name: string;
  path: string;
}

// ───────────────────────────── the desks ─────────────────────────────

async function desks(client: pg.Client): Promise<Desk[]> {
  const busiest = (
    await client.query<{ agency_id: string; n: string }>(
      `SELECT agency_id, count(*) AS n FROM dossier WHERE status <> 'unsent' GROUP BY agency_id ORDER BY count(*) DESC LIMIT 1`,
    )
  ).rows[0]!;
  let clerk = (
    await client.query<{ username: string }>(
      `SELECT username FROM app_user WHERE kind = 'staff' AND status = 'active' AND agency_id = $1 AND 'clerk' = ANY(roles)
       ORDER BY username LIMIT 1`,
      [busiest.agency_id],
    )
  ).rows[0]?.username;
  if (!clerk) {
    // The bench database only: a clerk for the busiest agency, with the demo password.
    await client.query(
      `INSERT INTO app_user (id, kind, username, email, password_hash, full_name, roles, agency_id, position, status, email_verified_at, updated_at)
       SELECT gen_random_uuid(), 'staff', 'benchclerk', 'benchclerk@bench.invalid', password_hash, 'Bench Clerk', ARRAY['clerk']::role[],
              $1::uuid, 'Bộ phận Một cửa (bench)', 'active', now(), now()
       FROM app_user WHERE username = 'motcua'
       ON CONFLICT (username) DO UPDATE SET agency_id = EXCLUDED.agency_id, status = 'active'`,
      [busiest.agency_id],
    );
    clerk = 'benchclerk';
  }
  const wanted: [string, string][] = [['busiest agency', clerk]];
  if (clerk !== 'motcua') wanted.push(['Sở Xây dựng', 'motcua']);
  wanted.push(['a ward', 'motcuaxa']);
  const result: Desk[] = [];
  for (const [label, username] of wanted) {
    const row = (
      await client.query<{ id: string; agency_id: string; name: string; n: string }>(
        `SELECT u.id, u.agency_id, a.name, (SELECT count(*) FROM dossier d WHERE d.agency_id = u.agency_id AND d.status <> 'unsent') AS n
         FROM app_user u JOIN agency a ON a.id = u.agency_id WHERE u.username = $1`,
        [username],
      )
    ).rows[0];
    if (!row) throw new Error(`no staff account ${username}`);
    result.push({ label, username, userId: row.id, agencyId: row.agency_id, agencyName: row.name, dossiers: Number(row.n) });
  }
  return result;
}

/** The searches of a desk, from its own data: a recent code, its unit-and-month prefix, a whole name, a CCCD. */
async function probesOf(client: pg.Client, desk: Desk): Promise<Probe[]> {
  const recent = (
    await client.query<{ code: string; applicant_name: string; plain: string; applicant_id_number: string | null }>(
      `SELECT code, applicant_name, search_normalize(applicant_name) AS plain, applicant_id_number FROM dossier
       WHERE agency_id = $1 AND status <> 'unsent' AND applicant_id_number IS NOT NULL ORDER BY submitted_at DESC LIMIT 1 OFFSET 7`,
      [desk.agencyId],
    )
  ).rows[0];
  if (!recent) throw new Error(`${desk.agencyName} has no dossier`);
  // `{unit}-{YYMMDD}-{NNNN}` → `{unit}-{YYMM}`: the desk's dossiers of one month
  const prefix = recent.code.replace(/-(\d{4})\d{2}-\d+$/, '-$1');
  const q = (text: string) => `${LIST}?q=${encodeURIComponent(text)}`;
  return [
    { name: 'view: all (default, sort due)', path: `${LIST}?limit=20` },
    ...(['new', 'processing', 'mine', 'supplement', 'due-soon', 'overdue', 'done'] as const).map((view) => ({
      name: `view: ${view}`,
      path: `${LIST}?view=${view}`,
    })),
    { name: 'search: whole code', path: q(recent.code) },
    { name: `search: code prefix (${prefix})`, path: q(prefix) },
    { name: 'search: family name "Nguyễn"', path: q('Nguyễn') },
    { name: 'search: family name "nguyen"', path: q('nguyen') },
    { name: 'search: whole name, diacritics', path: q(recent.applicant_name) },
    { name: 'search: whole name, plain', path: q(recent.plain) },
    { name: 'search: CCCD', path: q(recent.applicant_id_number!) },
    { name: 'sort: due desc', path: `${LIST}?sort=due&order=desc` },
    { name: 'sort: updated', path: `${LIST}?sort=updated` },
    { name: 'sort: sent (received order)', path: `${LIST}?sort=sent` },
    { name: 'sort: sent desc, view processing', path: `${LIST}?view=processing&sort=sent&order=desc` },
  ];
}

/** The 26th page of 20 of `path`, reached through the cursors */
async function deepPath(session: ApiSession, path: string): Promise<string> {
  let cursor: string | null = null;
  for (let page = 0; page < DEEP_PAGES; page++) {
    const answer: { status: number; body: { nextCursor: string | null } } = await session.json<{ nextCursor: string | null }>('GET', `${path}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    cursor = answer.body.nextCursor;
    if (!cursor) break;
  }
  return cursor ? `${path}&cursor=${encodeURIComponent(cursor)}` : path;
}

// ───────────────────────────── EXPLAIN ─────────────────────────────

/**
 * The list repository of the app on a Prisma client whose raw queries are first run
 * under `EXPLAIN (ANALYZE, BUFFERS)` (same SQL text and values), the plans printed.
 */
async function explain(url: string, desk: Desk, probe: Probe) {
  const prisma = createPrismaClient(url, { maxConnections: 1 });
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    const explaining = new Proxy(prisma, {
      get(target, property, receiver) {
        if (property !== '$queryRaw') return Reflect.get(target, property, receiver);
        return async (strings: TemplateStringsArray, ...values: unknown[]) => {
          const sql = Prisma.sql(strings, ...values);
          const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql.text}`, sql.values as unknown[]);
          out(`  ${sql.text.replace(/\s+/g, ' ').trim()}`);
          out(`  values: ${JSON.stringify(sql.values)}`);
          for (const row of plan.rows) out(`    ${row['QUERY PLAN']}`);
          return (target.$queryRaw as (s: TemplateStringsArray, ...v: unknown[]) => Promise<unknown>)(strings, ...values);
        };
      },
    }) as TPrismaClient;
    const list = createStaffDossierListRepository(explaining);
    const calendar = await loadWorkingCalendar(prisma);
    const now = new Date();
    const scope = { agencyId: desk.agencyId, userId: desk.userId, now, dueSoonLimit: dueSoonLimit(now, calendar) };
    out(`▶ EXPLAIN (ANALYZE, BUFFERS): ${desk.label}, ${probe.name} (${probe.path})`);
    if (probe.path.endsWith('/summary')) await list.counts(scope);
    else {
      const query = Object.fromEntries(new URL(probe.path, 'http://x').searchParams);
      await list.page(ZStaffDossierListQuery.parse(query), scope, calendar);
    }
  } finally {
    await client.end();
    await prisma.$disconnect();
  }
}

// ───────────────────────────── main ─────────────────────────────

out(`▶ staff: the staff workspace in ${args.database}`);
const url = await prepareBenchDatabase(args.database, { log: (line) => out(`  ${line}`) });
const { total, deskList, probes } = await withClient(url, async (client) => {
  const total = Number((await client.query('SELECT count(*) AS n FROM dossier')).rows[0].n);
  if (total < 100_000) return { total, deskList: [], probes: new Map<string, Probe[]>() };
  const deskList = await desks(client);
  const probes = new Map<string, Probe[]>();
  for (const desk of deskList) probes.set(desk.username, await probesOf(client, desk));
  return { total, deskList, probes };
});
if (deskList.length === 0) {
  out(`  ${args.database} has ${total.toLocaleString('en')} dossiers: run \`pnpm --filter @portal/bench seed-large\` first; skipped`);
  process.exit(0);
}
out(`  ${total.toLocaleString('en')} dossiers`);
for (const desk of deskList) out(`  desk: ${desk.label}: ${desk.agencyName} (${desk.username}), ${desk.dossiers.toLocaleString('en')} dossiers`);

const server = await startApp(url);
const results: { desk: Desk; probe: Probe; connections: number; p95: number }[] = [];
let failedTotal = 0;
try {
  const sessions = new Map<string, ApiSession>();
  for (const [index, desk] of deskList.entries()) {
    const session = new ApiSession(server.port);
    session.clientAddress = `10.77.0.${index + 1}`;
    await session.login(desk.username, PASSWORD, { staff: true });
    sessions.set(desk.username, session);
    const list = probes.get(desk.username)!;
    // The very first list request of a fresh app (cold plans and connections)
    const first = await session.json('GET', `${LIST}?limit=20`);
    out(`  ${desk.label}: first request after start ${first.ms.toFixed(0)} ms (${first.status})`);
    list.push({ name: `deep: page ${DEEP_PAGES + 1} (sort due)`, path: await deepPath(session, `${LIST}?limit=20`) });
    list.push({ name: `deep: page ${DEEP_PAGES + 1} (sort updated)`, path: await deepPath(session, `${LIST}?sort=updated&limit=20`) });
    list.unshift({ name: 'counts (summary)', path: `${LIST}/summary` });
    for (const probe of list) {
      const answer = await session.json<{ total?: number; counts?: Record<string, number> }>('GET', probe.path);
      if (answer.status !== 200) throw new Error(`${probe.path}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
    }
  }
  const selected = (desk: Desk) => probes.get(desk.username)!.filter((probe) => !args.only || probe.name.includes(args.only));
  // Warm-up: JIT, the pool's connections, plans, PostgreSQL's buffers.
  for (const desk of deskList) {
    const cookie = sessions.get(desk.username)!.cookieHeader();
    await loadPaths({ port: server.port, paths: selected(desk).map((probe) => probe.path), connections: 2, duration: 3, headers: { cookie } });
  }
  for (const connections of CONNECTIONS) {
    for (const desk of deskList) {
      // Sign in again for each round: the access token outlives a round, not the whole bench.
      const session = new ApiSession(server.port);
      session.clientAddress = `10.78.${connections}.${deskList.indexOf(desk) + 1}`;
      await session.login(desk.username, PASSWORD, { staff: true });
      const cookie = session.cookieHeader();
      out(`▶ ${desk.label} — ${desk.agencyName}, ${desk.dossiers.toLocaleString('en')} dossiers; ${connections} connection(s); machine ${idleText(await idleShare())} idle`);
      out(`  ${'request'.padEnd(44)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'failed'.padStart(6)}`);
      for (const probe of selected(desk)) {
        const { result, latencies } = await loadPaths({ port: server.port, paths: [probe.path], connections, duration: DURATION, headers: { cookie } });
        const figures = spread(latencies);
        const failed = result.errors + result.timeouts + result.non2xx;
        failedTotal += failed;
        results.push({ desk, probe, connections, p95: figures.p95 });
        out(
          `  ${probe.name.padEnd(44)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)} ${(result.requests.total / (result.duration || DURATION)).toFixed(0).padStart(8)} ${String(failed).padStart(6)}`,
        );
      }
      session.close();
    }
  }
  for (const session of sessions.values()) session.close();
} finally {
  await stopApp(server);
}

out('▶ worst p95');
for (const connections of CONNECTIONS) {
  const these = results.filter((result) => result.connections === connections);
  const counts = these.filter((result) => result.probe.path.endsWith('/summary'));
  const lists = these.filter((result) => !result.probe.path.endsWith('/summary'));
  const worst = lists.reduce((a, b) => (b.p95 > a.p95 ? b : a), lists[0]!);
  const worstCounts = counts.reduce((a, b) => (b.p95 > a.p95 ? b : a), counts[0]!);
  const goal = connections === 1 ? GOAL.one : GOAL.many;
  out(
    `  ${connections} connection(s): lists ${worst.p95.toFixed(1)} ms (${worst.desk.label}, ${worst.probe.name}) — goal ≤ ${goal} ms: ${worst.p95 <= goal ? 'met' : 'NOT met'}` +
      (worstCounts ? `; counts ${worstCounts.p95.toFixed(1)} ms${connections === 1 ? ` — goal ≤ ${GOAL.counts} ms: ${worstCounts.p95 <= GOAL.counts ? 'met' : 'NOT met'}` : ''}` : ''),
  );
}
if (failedTotal) out(`  ${failedTotal} failed requests`);

if (args.explain && results.length) {
  const first = results.filter((result) => result.connections === CONNECTIONS[0]);
  const slowest = first.reduce((a, b) => (b.p95 > a.p95 ? b : a), first[0]!);
  await explain(url, slowest.desk, slowest.probe);
}
