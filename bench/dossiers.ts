/**
 * `pnpm --filter @portal/bench dossiers [--runs sends,reads,memory] [--duration 10]
 *   [--senders 8] [--connections 1,10] [--database portal_bench]
 *   [--write-database portal_bench_dossiers] [--uploads 20] [--large-mb 20] [--small-mb 1]`
 *
 * Citizen dossiers under load, against the real app (buildApp, production settings) in a
 * child process on 127.0.0.1 (lib/dossier-server.ts), real PostgreSQL:
 *
 *   1. sends — --senders citizens' sessions in parallel, each in a closed loop for
 *      --duration seconds: create a dossier (POST /dossiers, the procedure's sample form
 *      data) → upload a 1 MB PDF to a component (POST /dossiers/:id/files, multipart,
 *      streamed) → send it (POST /dossiers/:id/submit: code, history, e-mail). Prints sends
 *      per second and each step's latency. In --write-database (demo province only, made
 *      by lib/database.ts): sent dossiers are append-only and cannot be cleaned away, so
 *      they stay out of the 1M-dossier database.
 *   2. reads — in --database, the 1,000,000-dossier database of `seed-large`, as its citizen
 *      with exactly 1,000 dossiers (benchheavy): the dashboard counts (GET /dossiers/summary)
 *      and the first list page of each of the six categories (GET /dossiers?status=…), with
 *      autocannon at each of --connections. Goal: p95 ≤ 15 ms.
 *   3. memory — a fresh app each time, --uploads concurrent uploads of --small-mb then of
 *      --large-mb MB (one per dossier): peak resident memory of the app's process (VmHWM
 *      after resetting it, and VmRSS sampled every 10 ms) against its RSS before. Goal: the
 *      peak does not grow with the file size (≤ 32 MB more with large files, where
 *      buffering them would add uploads × (large − small) MB).
 *
 * Every loop is bounded in count and time; nothing listens beyond 127.0.0.1.
 */
import { parseArgs } from 'node:util';
import { startApp, stopApp } from './lib/app-process.ts';
import { loadPaths, spread } from './lib/autocannon-paths.ts';
import { ApiSession, pdfContent } from './lib/api-session.ts';
import { prepareBenchDatabase, withClient } from './lib/database.ts';
import { idleShare, idleText } from './lib/machine-idle.ts';
import { megabytes, readMemory, resetPeak, sampleRss } from './lib/process-memory.ts';
import { clamp } from './lib/args.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: 'sends,reads,memory' },
    duration: { type: 'string', default: '10' },
    senders: { type: 'string', default: '8' },
    connections: { type: 'string', default: '1,10' },
    database: { type: 'string', default: 'portal_bench' },
    'write-database': { type: 'string', default: 'portal_bench_dossiers' },
    uploads: { type: 'string', default: '20' },
    'large-mb': { type: 'string', default: '20' },
    'small-mb': { type: 'string', default: '1' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench dossiers [--runs sends,reads,memory] [--duration 10] [--senders 8]\n' +
      '         [--connections 1,10] [--database portal_bench] [--write-database portal_bench_dossiers]\n' +
      '         [--uploads 20] [--large-mb 20] [--small-mb 1]\n\n' +
      'sends: dossiers sent per second, each with a 1 MB PDF; reads: p95 of the dashboard counts and first list\n' +
      'page of a citizen with 1,000 dossiers among 1,000,000 (run seed-large first; goal <= 15 ms); memory: peak\n' +
      "RSS of the API during concurrent uploads of small and large files (goal: it does not grow with the size).\n",
  );
  process.exit(0);
}

const RUN_NAMES = ['sends', 'reads', 'memory'] as const;
const RUNS = new Set(args.runs.split(',').map((run) => run.trim()));
for (const run of RUNS) if (!(RUN_NAMES as readonly string[]).includes(run)) throw new Error(`--runs: unknown run ${run} (${RUN_NAMES.join(', ')})`);
const DURATION = clamp(Number(args.duration), 1, 120, 'duration');
const SENDERS = clamp(Number(args.senders), 1, 16, 'senders'); // login allows 20 per minute per address
const CONNECTIONS = args.connections.split(',').map((value) => clamp(Number(value), 1, 100, 'connections'));
const UPLOADS = clamp(Number(args.uploads), 1, 50, 'uploads');
const LARGE_BYTES = clamp(Number(args['large-mb']), 1, 20, 'large-mb') * 1_000_000;
const SMALL_BYTES = clamp(Number(args['small-mb']), 0.01, 20, 'small-mb') * 1_000_000;
const SEND_BYTES = 1_000_000;
const PASSWORD = 'Demo@2025';
const STATUSES = ['unsent', 'sent', 'supplement-requested', 'processing', 'result', 'returned'] as const;
const out = (line = '') => process.stdout.write(`${line}\n`);

// ───────────────────────────── the app ─────────────────────────────

let signIns = 0;
async function signIn(port: number, username: string): Promise<ApiSession> {
  const session = new ApiSession(port);
  session.clientAddress = addressOf(200, signIns++);
  await session.login(username, PASSWORD);
  return session;
}

/** A private address per (client, round): 10.client.x.y */
const addressOf = (client: number, round: number) => `10.${client % 256}.${Math.floor(round / 250) % 256}.${(round % 250) + 1}`;

// ───────────────────────────── figures ─────────────────────────────

const ms = (value: number) => value.toFixed(1).padStart(7);

function expectStatus(answer: { status: number; body: unknown }, status: number, what: string): void {
  if (answer.status !== status) throw new Error(`${what}: ${answer.status} ${JSON.stringify(answer.body).slice(0, 400)}`);
}

// ───────────────────────────── 1. sends ─────────────────────────────

interface SendPlan {
  procedureId: string;
  procedureName: string;
  formData: Record<string, unknown>;
  componentId: string;
}

interface ProcedureSummary {
  id: string;
}
interface ProcedureDetail {
  id: string;
  name: string;
  serviceLevel: string;
  sampleFormData: Record<string, unknown> | null;
  components: { id: string; required: boolean; acceptedTypes: string[] }[];
}

/**
 * A procedure a citizen can send with one PDF: online, with a sample filling of its form,
 * and exactly one required component, which accepts PDF (fewest required components else).
 */
async function pickProcedure(session: ApiSession): Promise<SendPlan> {
  const page = await session.json<{ items: ProcedureSummary[] }>('GET', '/api/v1/procedures?online=true&limit=100&sort=popular');
  expectStatus(page, 200, 'GET /procedures');
  let best: { detail: ProcedureDetail; required: number } | null = null;
  for (const { id } of page.body.items.slice(0, 100)) {
    const detail = await session.json<ProcedureDetail>('GET', `/api/v1/procedures/${id}`);
    if (detail.status !== 200 || !detail.body.sampleFormData) continue;
    const required = detail.body.components.filter((component) => component.required);
    if (required.length === 0 || !required.every((component) => component.acceptedTypes.includes('pdf'))) continue;
    if (!best || required.length < best.required) best = { detail: detail.body, required: required.length };
    if (best.required === 1) break;
  }
  if (!best) throw new Error('no online procedure with a sample form and PDF components in the write database');
  if (best.required > 1) throw new Error(`every candidate procedure needs ${best.required} components; the bench sends one file`);
  return {
    procedureId: best.detail.id,
    procedureName: best.detail.name,
    formData: best.detail.sampleFormData!,
    componentId: best.detail.components.find((component) => component.required)!.id,
  };
}

interface DossierAnswer {
  id: string;
  version: number;
  code: string | null;
  status: string;
}

/** create → upload → submit; the latency of each step */
async function sendOne(session: ApiSession, plan: SendPlan) {
  const created = await session.json<DossierAnswer>('POST', '/api/v1/dossiers', { procedureId: plan.procedureId, formData: plan.formData });
  expectStatus(created, 201, 'POST /dossiers');
  const uploaded = await session.upload(`/api/v1/dossiers/${created.body.id}/files`, { componentId: plan.componentId }, pdfContent(SEND_BYTES));
  expectStatus(uploaded, 201, 'POST /dossiers/:id/files');
  const submitted = await session.json<DossierAnswer>('POST', `/api/v1/dossiers/${created.body.id}/submit`, {});
  expectStatus(submitted, 200, 'POST /dossiers/:id/submit');
  if (!submitted.body.code) throw new Error('a sent dossier has no code');
  return { id: created.body.id, create: created.ms, upload: uploaded.ms, submit: submitted.ms, code: submitted.body.code };
}

async function runSends(): Promise<{ sendsPerSecond: number; failures: number }> {
  out(`▶ sends: ${SENDERS} citizens' sessions in parallel, each create → upload 1 MB PDF → submit, ${DURATION} s`);
  const url = await prepareBenchDatabase(args['write-database'], { log: (line) => out(`  ${line}`) });
  const server = await startApp(url);
  const sessions: ApiSession[] = [];
  try {
    for (let index = 0; index < SENDERS; index++) sessions.push(await signIn(server.port, index % 2 ? 'congdan2' : 'congdan'));
    const plan = await pickProcedure(sessions[0]!);
    out(`  procedure: ${plan.procedureName}`);
    // Warm-up: one full send per session (JIT, connections, plans), not counted.
    await Promise.all(sessions.map((session) => sendOne(session, plan)));

    out(`  the machine was ${idleText(await idleShare())} idle just before the run`);
    const steps = { create: [] as number[], upload: [] as number[], submit: [] as number[], total: [] as number[] };
    const codes = new Set<string>();
    const sentBy: { id: string; session: ApiSession }[] = [];
    let failures = 0;
    let firstFailure = '';
    const started = performance.now();
    const deadline = started + DURATION * 1000;
    await Promise.all(
      sessions.map(async (session, index) => {
        // Bounded: at most 10,000 sends per session, and never past the deadline.
        for (let round = 0; round < 10_000 && performance.now() < deadline; round++) {
          // Each send as from another citizen's device (the per-address limits allow one
          // citizen 60 sends in 10 minutes).
          session.clientAddress = addressOf(index, round);
          const begun = performance.now();
          try {
            const sent = await sendOne(session, plan);
            steps.create.push(sent.create);
            steps.upload.push(sent.upload);
            steps.submit.push(sent.submit);
            steps.total.push(performance.now() - begun);
            codes.add(sent.code);
            sentBy.push({ id: sent.id, session });
          } catch (error) {
            failures++;
            firstFailure ||= error instanceof Error ? error.message : String(error);
            if (failures > 20) throw new Error(`more than 20 failed sends; first: ${firstFailure}`);
          }
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const sends = steps.total.length;
    const sendsPerSecond = sends / elapsed;
    out(`  ${sends} dossiers sent in ${elapsed.toFixed(1)} s, ${codes.size} distinct codes, ${failures} failed${firstFailure ? ` (first: ${firstFailure})` : ''}`);
    out(`  ${'step'.padEnd(34)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)}`);
    for (const [name, values] of [
      ['create   POST /dossiers', steps.create],
      ['upload   POST /dossiers/:id/files 1 MB', steps.upload],
      ['submit   POST /dossiers/:id/submit', steps.submit],
      ['whole send', steps.total],
    ] as const) {
      const figures = spread(values);
      out(`  ${name.padEnd(34)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)}`);
    }
    // The receipt (giấy tiếp nhận) of 20 of them, one after another: PDF rendering time.
    const receipts: number[] = [];
    for (const { id, session } of sentBy.slice(0, 20)) {
      const receipt = await session.json<string>('GET', `/api/v1/dossiers/${id}/receipt.pdf`);
      expectStatus(receipt, 200, 'GET /dossiers/:id/receipt.pdf');
      if (!String(receipt.body).startsWith('%PDF-')) throw new Error('the receipt is not a PDF');
      receipts.push(receipt.ms);
    }
    const receiptFigures = spread(receipts);
    out(`  ${'receipt  GET /dossiers/:id/receipt.pdf'.padEnd(34)} ${ms(receiptFigures.p50)} ${ms(receiptFigures.p95)} ${ms(receiptFigures.p99)}   (${receipts.length} in turn)`);
    out(`  SENDS ${sendsPerSecond.toFixed(1)} per second (${((sendsPerSecond * SEND_BYTES) / 1e6).toFixed(1)} MB/s of attachments)`);
    if (codes.size !== sends) throw new Error(`${sends} sends but ${codes.size} distinct codes`);
    return { sendsPerSecond, failures };
  } finally {
    for (const session of sessions) session.close();
    await stopApp(server);
  }
}

// ───────────────────────────── 2. reads ─────────────────────────────

/** autocannon over `paths` (in turn) with the session's cookies; latencies per response */
async function load(port: number, cookie: string, paths: string[], connections: number, duration: number) {
  const { result, latencies } = await loadPaths({ port, paths, connections, duration, headers: { cookie } });
  return { ...spread(latencies), rps: result.requests.total / (result.duration || duration), failed: result.errors + result.timeouts + result.non2xx };
}

async function runReads(): Promise<{ p95ByConnections: Map<number, number>; failed: number } | null> {
  out(`▶ reads: a citizen with 1,000 dossiers in ${args.database}`);
  const url = await prepareBenchDatabase(args.database, { log: (line) => out(`  ${line}`) });
  const facts = await withClient(url, async (client) => {
    const total = Number((await client.query('SELECT count(*) AS n FROM dossier')).rows[0].n);
    // benchheavy; `bench_heavy` in databases made by an older seed-large
    const heavy = await client.query<{ username: string; n: string }>(
      `SELECT u.username, count(d.id) AS n FROM app_user u LEFT JOIN dossier d ON d.owner_id = u.id
       WHERE u.username IN ('benchheavy', 'bench_heavy') GROUP BY u.username ORDER BY u.username LIMIT 1`,
    );
    return { total, heavy: heavy.rows[0] };
  });
  if (facts.total < 1_000_000 || !facts.heavy) {
    out(`  ${args.database} has ${facts.total.toLocaleString('en')} dossiers${facts.heavy ? '' : ' and no benchheavy'}: run \`pnpm --filter @portal/bench seed-large\` first; skipped`);
    return null;
  }
  out(`  ${facts.total.toLocaleString('en')} dossiers; ${facts.heavy.username} owns ${facts.heavy.n}`);
  const server = await startApp(url);
  const session = await signIn(server.port, facts.heavy.username);
  try {
    const summary = await session.json<{ total: number; counts: Record<string, number> }>('GET', '/api/v1/dossiers/summary');
    expectStatus(summary, 200, 'GET /dossiers/summary');
    out(`  summary: ${JSON.stringify(summary.body.counts)} (total ${summary.body.total})`);
    const firstPage = await session.json<{ items: unknown[]; total: number }>('GET', '/api/v1/dossiers?status=result');
    expectStatus(firstPage, 200, 'GET /dossiers?status=result');
    const summaryPaths = ['/api/v1/dossiers/summary'];
    const listPaths = STATUSES.map((status) => `/api/v1/dossiers?status=${status}`);
    const cookie = session.cookieHeader();
    // Warm-up: JIT, the pool's connections, plans, PostgreSQL's buffers.
    await load(server.port, cookie, summaryPaths, 4, 3);
    await load(server.port, cookie, listPaths, 4, 3);

    out(`  the machine was ${idleText(await idleShare())} idle just before the runs`);
    out(`  ${'endpoint'.padEnd(44)} ${'conn'.padStart(4)} ${'p50 ms'.padStart(7)} ${'p95 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'req/s'.padStart(8)} ${'failed'.padStart(6)}`);
    const p95ByConnections = new Map<number, number>();
    let failed = 0;
    for (const connections of CONNECTIONS) {
      for (const [name, paths, measured] of [
        ['counts  GET /dossiers/summary', summaryPaths, true],
        ['list    GET /dossiers?status=… (6 in turn)', listPaths, true],
        // What any signed-in request costs (session check, no dossier query): for comparison.
        ['(ref)   GET /me', ['/api/v1/me'], false],
      ] as const) {
        const figures = await load(server.port, cookie, [...paths], connections, DURATION);
        out(
          `  ${name.padEnd(44)} ${String(connections).padStart(4)} ${ms(figures.p50)} ${ms(figures.p95)} ${ms(figures.p99)} ${figures.rps.toFixed(0).padStart(8)} ${String(figures.failed).padStart(6)}`,
        );
        if (!measured) continue;
        p95ByConnections.set(connections, Math.max(p95ByConnections.get(connections) ?? 0, figures.p95));
        failed += figures.failed;
      }
    }
    out(`  READS ${readsVerdict(p95ByConnections)}${failed ? `, ${failed} failed requests` : ''}`);
    return { p95ByConnections, failed };
  } finally {
    session.close();
    await stopApp(server);
  }
}

/** "p95 11.9 ms at 1 connection (goal met), 73.6 ms at 10 (goal NOT met)": the worse of counts and list */
const readsVerdict = (p95ByConnections: Map<number, number>) =>
  [...p95ByConnections]
    .map(([connections, p95]) => `p95 ${p95.toFixed(1)} ms at ${connections} connection${connections > 1 ? 's' : ''} (${p95 <= 15 ? 'goal met' : 'goal NOT met'})`)
    .join(', ') + ' — goal ≤ 15 ms';

// ───────────────────────────── 3. memory ─────────────────────────────

interface MemoryFigures {
  bytes: number;
  baselineKb: number;
  peakKb: number;
  seconds: number;
}

/** A fresh app; UPLOADS dossiers; then UPLOADS concurrent uploads of `bytes` each, one per dossier. */
async function measureUploadMemory(url: string, bytes: number): Promise<MemoryFigures> {
  const server = await startApp(url);
  const sessions: ApiSession[] = [];
  try {
    const owner = await signIn(server.port, 'congdan');
    const plan = await pickProcedure(owner);
    const dossiers: string[] = [];
    for (let index = 0; index < UPLOADS + 1; index++) {
      const created = await owner.json<DossierAnswer>('POST', '/api/v1/dossiers', { procedureId: plan.procedureId, formData: plan.formData });
      expectStatus(created, 201, 'POST /dossiers');
      dossiers.push(created.body.id);
    }
    // Warm-up: one small upload through the whole path, then the concurrent clients' sessions.
    const warm = await owner.upload(`/api/v1/dossiers/${dossiers[UPLOADS]}/files`, { componentId: plan.componentId }, pdfContent(100_000));
    expectStatus(warm, 201, 'warm-up upload');
    // One connection per upload, all in the owner's session (its cookies).
    for (let index = 0; index < UPLOADS; index++) {
      const session = owner.onNewConnection();
      session.clientAddress = addressOf(100 + index, 0);
      sessions.push(session);
    }
    owner.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const pid = server.child.pid!;
    const baselineKb = readMemory(pid).rssKb;
    const peakReset = resetPeak(pid);
    const sampler = sampleRss(pid);
    const started = performance.now();
    const answers = await Promise.all(
      sessions.map((session, index) =>
        session.upload(`/api/v1/dossiers/${dossiers[index]}/files`, { componentId: plan.componentId }, pdfContent(bytes)),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const sampledKb = sampler.stop();
    const { peakKb: hwmKb } = readMemory(pid);
    for (const answer of answers) expectStatus(answer, 201, `concurrent upload of ${bytes} bytes`);
    return { bytes, baselineKb, peakKb: peakReset ? Math.max(hwmKb, sampledKb) : sampledKb, seconds };
  } finally {
    for (const session of sessions) session.close();
    await stopApp(server);
  }
}

async function runMemory(): Promise<{ growthKb: number } | null> {
  out(`▶ memory: ${UPLOADS} concurrent uploads of ${SMALL_BYTES / 1e6} MB, then of ${LARGE_BYTES / 1e6} MB, each in a fresh app`);
  const url = await prepareBenchDatabase(args['write-database'], { log: (line) => out(`  ${line}`) });
  const small = await measureUploadMemory(url, SMALL_BYTES);
  const large = await measureUploadMemory(url, LARGE_BYTES);
  out(`  ${'uploads'.padEnd(22)} ${'RSS before'.padStart(11)} ${'peak RSS'.padStart(10)} ${'growth'.padStart(9)} ${'in flight'.padStart(10)} ${'time'.padStart(7)}`);
  for (const figures of [small, large]) {
    out(
      `  ${`${UPLOADS} × ${figures.bytes / 1e6} MB`.padEnd(22)} ${megabytes(figures.baselineKb).padStart(11)} ${megabytes(figures.peakKb).padStart(10)} ${megabytes(figures.peakKb - figures.baselineKb).padStart(9)} ${`${((UPLOADS * figures.bytes) / 1e6).toFixed(0)} MB`.padStart(10)} ${`${figures.seconds.toFixed(1)} s`.padStart(7)}`,
    );
  }
  const growthKb = large.peakKb - large.baselineKb - (small.peakKb - small.baselineKb);
  out(
    `  MEMORY peak with ${LARGE_BYTES / 1e6} MB files ${megabytes(large.peakKb)} vs ${megabytes(small.peakKb)} with ${SMALL_BYTES / 1e6} MB files: ` +
      `growth differs by ${megabytes(growthKb)} (goal ≤ 32 MB; buffering would add ${((UPLOADS * (LARGE_BYTES - SMALL_BYTES)) / 1e6).toFixed(0)} MB)`,
  );
  return { growthKb };
}

// ───────────────────────────── main ─────────────────────────────

async function main() {
  const verdicts: string[] = [];
  if (RUNS.has('sends')) {
    const sends = await runSends();
    verdicts.push(`sends ${sends.sendsPerSecond.toFixed(1)}/s with a 1 MB attachment each${sends.failures ? ` (${sends.failures} failed)` : ''}`);
    out();
  }
  if (RUNS.has('reads')) {
    const reads = await runReads();
    if (reads) verdicts.push(`dashboard counts + first list page: ${readsVerdict(reads.p95ByConnections)}${reads.failed ? ` (${reads.failed} failed)` : ''}`);
    out();
  }
  if (RUNS.has('memory')) {
    const memory = await runMemory();
    if (memory) verdicts.push(`upload memory: ${memory.growthKb <= 32 * 1024 ? 'does not grow with file size (goal met)' : 'grows with file size (goal NOT met)'}`);
    out();
  }
  out('SUMMARY');
  for (const verdict of verdicts) out(`  ${verdict}`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
