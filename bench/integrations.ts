/**
 * `pnpm --filter @portal/bench integrations [--runs event,webhooks] [--changes 2000]
 *   [--events 2000] [--rate 50] [--paced 500] [--timeout 120] [--database portal_bench_integrations]`
 *
 * What integrations cost, on real PostgreSQL (a database of its own with the demo province
 * and its archive year of ~1,100 dossiers, made by lib/database.ts and the demo archive):
 *
 *   1. event — the price of writing the integration event in the status change's own
 *      transaction. --changes transactions, alternating, each on another dossier and
 *      rolled back (the database stays as it was):
 *        without: BEGIN; UPDATE dossier SET version = version + 1, updated_at = now(); ROLLBACK
 *        with:    the same plus `recordDossierEvent()` — the very INSERT … SELECT that
 *                 appendHistory() runs for every status change (features/events/record.ts)
 *      Prints the transaction's time without and with (mean, p50, p95) and the event
 *      statement's own time, seen from the app (round trips included); then both statements
 *      timed inside PostgreSQL (EXPLAIN ANALYZE, in one rolled-back transaction), which a
 *      loaded machine disturbs far less. Goal: the event adds ≤ 1 ms to a status change.
 *   2. webhooks — delivery to a local receiver: the real app (buildApp, with its webhook
 *      dispatcher and delivery worker) in a child process on 127.0.0.1
 *      (lib/app-process.ts, WEBHOOK_ALLOWED_HOSTS=127.0.0.1; NODE_ENV=development, as production
 *      takes https endpoints only), a bench client's token (every scope), one
 *      subscription to a receiver in this process (examples/integrator's: every signature
 *      verified with `standardwebhooks`, deduplicated by webhook-id). Two phases:
 *        backlog — --events dossier events committed in ONE transaction: deliveries/s from
 *                  that commit to the last receipt (the worker's throughput);
 *        steady  — --paced events, one transaction each, at --rate a second (status changes
 *                  as they happen): p50/p95/max from each commit to its receipt.
 *      The bench notes each commit's time and each event's arrival (webhook body `id`).
 *      Goals: ≥ 200 deliveries/s, p95 ≤ 2 s.
 *
 * Every loop is bounded in count and time (the wait for deliveries: --timeout s); nothing
 * listens beyond 127.0.0.1. The machine's idle share is printed before each run.
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Prisma, createPrismaClient, type TPrismaClient } from '@portal/db';
import { loadDemoArchive } from '../apps/api/src/bootstrap/demo-archive.ts';
import { API_SCOPES } from '../packages/domain/src/index.ts';
import { hashClientSecret, hintOf } from '../apps/api/src/features/api-clients/secrets.ts';
import { recordDossierEvent, type EventDb } from '../apps/api/src/features/events/record.ts';
import { clientCredentialsTokenSource, createPortalApi, ok, startWebhookReceiver, type WebhookReceiver } from '../examples/integrator/src/index.ts';
import { startApp, stopApp } from './lib/app-process.ts';
import { clamp } from './lib/args.ts';
import { prepareBenchDatabase, withClient } from './lib/database.ts';
import { idleShare, idleText } from './lib/machine-idle.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: 'event,webhooks' },
    changes: { type: 'string', default: '2000' },
    events: { type: 'string', default: '2000' },
    rate: { type: 'string', default: '50' },
    paced: { type: 'string', default: '500' },
    timeout: { type: 'string', default: '120' },
    database: { type: 'string', default: 'portal_bench_integrations' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench integrations [--runs event,webhooks] [--changes 2000] [--events 2000]\n' +
      '         [--rate 50] [--paced 500] [--timeout 120] [--database portal_bench_integrations]\n\n' +
      'event: what writing the integration event adds to a status change (goal <= 1 ms);\n' +
      'webhooks: deliveries/s to a local receiver and p50/p95 from commit to receipt (goals >= 200/s, p95 <= 2 s).\n',
  );
  process.exit(0);
}

const RUN_NAMES = ['event', 'webhooks'] as const;
const RUNS = new Set(args.runs.split(',').map((run) => run.trim()));
for (const run of RUNS) if (!(RUN_NAMES as readonly string[]).includes(run)) throw new Error(`--runs: unknown run ${run} (${RUN_NAMES.join(', ')})`);
const CHANGES = clamp(Number(args.changes), 10, 100_000, 'changes');
const EVENTS = clamp(Number(args.events), 10, 100_000, 'events');
const RATE = clamp(Number(args.rate), 1, 5000, 'rate');
const PACED = clamp(Number(args.paced), 10, 100_000, 'paced');
const TIMEOUT_MS = clamp(Number(args.timeout), 5, 1800, 'timeout') * 1000;
/** A client of the bench database only (every scope, province-wide), made by `benchClient()` */
const BENCH_CLIENT = { clientId: 'bench-integrator', clientSecret: 'bench-integrator-secret' };
const GOAL = { eventMs: 1, perSecond: 200, p95Ms: 2000 };

const out = (line = '') => process.stdout.write(`${line}\n`);
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN;
const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length);
  return { mean, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted.at(-1) ?? NaN };
};
const fixed = (value: number, digits = 3) => value.toFixed(digits).padStart(8);

/** Dossiers to change: the demo archive (results and returns of the last year), made once. */
async function dossierIds(prisma: TPrismaClient): Promise<string[]> {
  if ((await prisma.dossier.count()) < 100) {
    out('loading the demo archive (a year of finished dossiers) into the bench database');
    // loadDemoArchive needs only the app's Prisma client.
    await loadDemoArchive({ prisma } as unknown as Parameters<typeof loadDemoArchive>[0]);
  }
  const rows = await prisma.dossier.findMany({ where: { code: { not: null } }, select: { id: true }, orderBy: { id: 'asc' } });
  if (rows.length === 0) throw new Error('no sent dossier in the bench database');
  return rows.map((row) => row.id);
}

/** The bench's own API client (the demo seed's may be missing from an older bench database). */
async function benchClient(prisma: TPrismaClient): Promise<void> {
  if (await prisma.apiClient.findUnique({ where: { clientId: BENCH_CLIENT.clientId } })) return;
  await prisma.apiClient.create({
    data: {
      clientId: BENCH_CLIENT.clientId,
      name: 'Bench (bench/integrations.ts)',
      scopes: [...API_SCOPES],
      rateLimitPerMinute: 100_000,
      secrets: { create: { secretHash: await hashClientSecret(BENCH_CLIENT.clientSecret), hint: hintOf(BENCH_CLIENT.clientSecret) } },
    },
  });
}

class Rollback extends Error {}

// ───────────────────────────── 1. event ─────────────────────────────

async function eventRun(prisma: TPrismaClient, ids: string[]): Promise<void> {
  out(`\n▶ event: ${CHANGES} status changes (rolled back), with and without the event — machine idle ${idleText(await idleShare())}`);
  const without: number[] = [];
  const withEvent: number[] = [];
  const statement: number[] = [];
  const change = async (id: string, event: boolean) => {
    const started = performance.now();
    try {
      await prisma.$transaction(async (tx) => {
        await tx.$executeRaw`UPDATE dossier SET version = version + 1, updated_at = now() WHERE id = ${id}::uuid`;
        if (event) {
          const before = performance.now();
          await recordDossierEvent(tx, { dossierId: id, action: 'complete', from: 'processing', actorRole: 'specialist' });
          statement.push(performance.now() - before);
        }
        throw new Rollback();
      });
    } catch (error) {
      if (!(error instanceof Rollback)) throw error;
    }
    (event ? withEvent : without).push(performance.now() - started);
  };
  // Warm up (connections, plans), then alternate so that load on the machine hits both alike.
  for (let i = 0; i < 50; i++) await change(ids[i % ids.length]!, i % 2 === 0);
  without.length = 0;
  withEvent.length = 0;
  statement.length = 0;
  for (let i = 0; i < CHANGES; i++) await change(ids[i % ids.length]!, i % 2 === 1);

  const a = summary(without);
  const b = summary(withEvent);
  const s = summary(statement);
  out('                                   mean ms   p50 ms   p95 ms');
  out(`  status change without the event ${fixed(a.mean)} ${fixed(a.p50)} ${fixed(a.p95)}`);
  out(`  status change with the event    ${fixed(b.mean)} ${fixed(b.p50)} ${fixed(b.p95)}`);
  out(`  the event's INSERT alone        ${fixed(s.mean)} ${fixed(s.p50)} ${fixed(s.p95)}`);
  const added = b.p50 - a.p50;
  // Seen from the app, the figure carries a round trip through Prisma and the machine's load; the goal is judged below.
  out(`  added by the event (p50, round trips included): ${(added * 1000).toFixed(0)} µs`);
}

/**
 * The same two statements timed inside PostgreSQL (EXPLAIN ANALYZE: planning + execution,
 * triggers included), free of the round trips and of the scheduling of a loaded machine. The
 * event's statement is the very text recordDossierEvent() sends, captured from it.
 */
async function eventRunInDatabase(url: string, ids: string[]): Promise<void> {
  let captured: Prisma.Sql | null = null;
  const capture = {
    $executeRaw: (strings: TemplateStringsArray, ...values: unknown[]) => {
      captured = Prisma.sql(strings, ...values);
      return Promise.resolve(1);
    },
  } as unknown as EventDb;
  type Plan = { 'QUERY PLAN': [{ 'Planning Time': number; 'Execution Time': number }] };
  const serverMs = (plan: { rows: Plan[] }) => {
    const [top] = plan.rows[0]!['QUERY PLAN'];
    return top['Planning Time'] + top['Execution Time'];
  };
  const update: number[] = [];
  const insert: number[] = [];
  await withClient(url, async (client) => {
    await client.query('BEGIN');
    try {
      for (let i = 0; i < CHANGES; i++) {
        const id = ids[i % ids.length]!;
        await recordDossierEvent(capture, { dossierId: id, action: 'complete', from: 'processing', actorRole: 'specialist' });
        const event = captured as unknown as { text: string; values: unknown[] };
        const changed = await client.query<Plan>(
          'EXPLAIN (ANALYZE, FORMAT JSON) UPDATE dossier SET version = version + 1, updated_at = now() WHERE id = $1::uuid',
          [id],
        );
        const written = await client.query<Plan>(`EXPLAIN (ANALYZE, FORMAT JSON) ${event.text}`, event.values);
        if (i >= 50) {
          update.push(serverMs(changed));
          insert.push(serverMs(written));
        }
      }
    } finally {
      await client.query('ROLLBACK');
    }
  });
  const u = summary(update);
  const e = summary(insert);
  out('  inside PostgreSQL (EXPLAIN ANALYZE: planning + execution)');
  out(`  the status change's UPDATE      ${fixed(u.mean)} ${fixed(u.p50)} ${fixed(u.p95)}`);
  out(`  the event's INSERT … SELECT     ${fixed(e.mean)} ${fixed(e.p50)} ${fixed(e.p95)}`);
  out(
    `  the event in the database: mean ${(e.mean * 1000).toFixed(0)} µs, p95 ${(e.p95 * 1000).toFixed(0)} µs — goal ≤ ${GOAL.eventMs} ms on average: ${e.mean <= GOAL.eventMs ? 'met' : 'NOT met'}`,
  );
}

// ───────────────────────────── 2. webhooks ─────────────────────────────

/** Writes one dossier event in its own transaction; answers its id (as the feed and the webhook body show it). */
async function commitEvent(prisma: TPrismaClient, dossierId: string): Promise<string> {
  return prisma.$transaction(async (tx) => {
    await recordDossierEvent(tx, { dossierId, action: 'complete', from: 'processing', actorRole: 'specialist' });
    const [row] = await tx.$queryRaw<{ id: bigint }[]>`SELECT currval(pg_get_serial_sequence('integration_event', 'id')) AS id`;
    return row!.id.toString();
  });
}

/** Waits (bounded by --timeout) until every event of `committed` arrived; answers the arrivals. */
async function arrivalsOf(receiver: WebhookReceiver, committed: Map<string, number>) {
  const deadline = Date.now() + TIMEOUT_MS;
  const arrived = () => receiver.messages.filter((message) => committed.has(String(message.body.id)));
  while (arrived().length < committed.size && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  const received = arrived();
  if (received.length < committed.size) out(`  ${committed.size - received.length} events not delivered within ${TIMEOUT_MS / 1000} s`);
  return received.map((message) => ({ receivedAt: message.receivedAt, latency: message.receivedAt - committed.get(String(message.body.id))! }));
}

async function webhookRun(prisma: TPrismaClient, url: string, ids: string[]): Promise<void> {
  out(`\n▶ webhooks: delivery to a local receiver — machine idle ${idleText(await idleShare())}`);
  await benchClient(prisma);
  // `development`: production accepts https endpoints only (the receiver here is plain http).
  const app = await startApp(url, { WEBHOOK_ALLOWED_HOSTS: '127.0.0.1', BENCH_APP_NODE_ENV: 'development' });
  let receiver: WebhookReceiver | null = null;
  let subscriptionId: string | null = null;
  const portalUrl = `http://127.0.0.1:${app.port}`;
  const api = createPortalApi(portalUrl, clientCredentialsTokenSource({ baseUrl: portalUrl, ...BENCH_CLIENT }));
  try {
    receiver = await startWebhookReceiver();
    const created = ok(
      'create the subscription',
      await api.POST('/api/v1/webhooks/subscriptions', { body: { url: receiver.url, eventTypes: ['dossier.result'], description: 'bench' } }),
    );
    subscriptionId = created.id;
    receiver.setSecret(created.secret);

    // Throughput: a backlog of --events committed at once (one transaction), drained by the worker.
    const burst = new Map<string, number>();
    await prisma.$transaction(
      async (tx) => {
        for (let i = 0; i < EVENTS; i++) {
          await recordDossierEvent(tx, { dossierId: ids[i % ids.length]!, action: 'complete', from: 'processing', actorRole: 'specialist' });
        }
        const rows = await tx.$queryRaw<{ id: bigint }[]>`SELECT id FROM integration_event WHERE tx_id = pg_current_xact_id()::text::bigint`;
        for (const row of rows) burst.set(row.id.toString(), 0);
      },
      { timeout: TIMEOUT_MS },
    );
    const committedAt = Date.now();
    for (const id of burst.keys()) burst.set(id, committedAt);
    const drained = await arrivalsOf(receiver, burst);
    const last = Math.max(...drained.map((arrival) => arrival.receivedAt));
    const perSecond = drained.length / ((last - committedAt) / 1000);
    const d = summary(drained.map((arrival) => arrival.latency));
    out(`  backlog: ${drained.length}/${EVENTS} events committed at once, all received ${((last - committedAt) / 1000).toFixed(2)} s after the commit`);
    out(`  deliveries/s: ${perSecond.toFixed(0)} — goal ≥ ${GOAL.perSecond}: ${perSecond >= GOAL.perSecond ? 'met' : 'NOT met'} (commit → receipt p50 ${d.p50.toFixed(0)} ms, p95 ${d.p95.toFixed(0)} ms: time in the queue)`);

    // Latency: events committed one per transaction at --rate a second, as status changes happen.
    const paced = new Map<string, number>();
    const interval = 1000 / RATE;
    const begun = performance.now();
    let behind = 0;
    for (let i = 0; i < PACED; i++) {
      const due = begun + i * interval;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      else behind++;
      const id = await commitEvent(prisma, ids[(EVENTS + i) % ids.length]!);
      paced.set(id, Date.now());
    }
    const writtenIn = (performance.now() - begun) / 1000;
    const steady = await arrivalsOf(receiver, paced);
    const l = summary(steady.map((arrival) => arrival.latency));
    out(
      `  steady: ${steady.length}/${PACED} events, one transaction each, in ${writtenIn.toFixed(1)} s (${(PACED / writtenIn).toFixed(0)}/s of ${RATE}/s asked${behind ? `; the writer fell behind ${behind} times` : ''})`,
    );
    out(`  commit → receipt ms: p50 ${l.p50.toFixed(0)}, p95 ${l.p95.toFixed(0)}, max ${l.max.toFixed(0)} — goal p95 ≤ ${GOAL.p95Ms}: ${l.p95 <= GOAL.p95Ms ? 'met' : 'NOT met'}`);
    const { received, refused, duplicates, unreadable } = receiver.stats;
    out(`  receiver: ${received} posts, ${refused} refused (signature), ${duplicates} duplicates (same webhook-id), ${unreadable} cut off`);
  } finally {
    if (subscriptionId) await api.DELETE('/api/v1/webhooks/subscriptions/{id}', { params: { path: { id: subscriptionId } } }).catch(() => undefined);
    await receiver?.close();
    await stopApp(app);
  }
}

// ───────────────────────────── main ─────────────────────────────

const url = await prepareBenchDatabase(args.database);
const prisma = createPrismaClient(url, { maxConnections: 2 });
try {
  const ids = await dossierIds(prisma);
  out(`database ${args.database}: ${ids.length} sent dossiers`);
  if (RUNS.has('event')) {
    await eventRun(prisma, ids);
    await eventRunInDatabase(url, ids);
  }
  if (RUNS.has('webhooks')) await webhookRun(prisma, url, ids);
} finally {
  await prisma.$disconnect();
}
