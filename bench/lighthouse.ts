/**
 * `pnpm --filter @portal/bench lighthouse [--runs 1] [--build] [--pages home,catalogue,procedure] [--database portal_lighthouse] [--json DIR]`
 *
 * A phone's first visit (issue 16): Lighthouse 12.2.3 (pinned; 13 needs Node 22) in its
 * default configuration — the mobile preset: a Moto G Power sized screen, simulated 4G
 * ("slow 4G", 150 ms RTT, 1.6 Mbit/s) and 4× CPU slowdown — drives Debian's Chromium
 * (`/usr/bin/chromium`, or CHROME_PATH) through chrome-launcher against the PRODUCTION
 * build of the portal: the real application (lib/app-process.ts, NODE_ENV=production) on
 * a PostgreSQL database with the demo province, serving the built SPA of apps/web/dist
 * on an ephemeral port of 127.0.0.1. Pages: the home page, a catalogue search
 * (/thu-tuc?q=…) and a procedure page (a demo procedure found through the API).
 *
 * Prints, per page (the median of --runs runs, metric by metric): the four category scores
 * (performance, accessibility, best practices, SEO), LCP, TBT, CLS, FCP, Speed Index, total
 * bytes and JavaScript bytes transferred, each beside its goal: performance ≥ 90,
 * LCP ≤ 2.5 s, TBT ≤ 200 ms, CLS ≤ 0.05, accessibility / best practices / SEO ≥ 95.
 * The simulated throttling makes the figures depend on the machine's CPU less than real
 * throttling would, but a busy machine still lowers them: the load average and idle
 * share are printed beside them.
 *
 * It is a bench: it prints and exits 0 whether the goals are met or not (1 only when it
 * cannot run). `--build` rebuilds the SPA first (`pnpm --filter @portal/web build`,
 * which rewrites apps/web/dist); otherwise the current apps/web/dist is measured.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { startApp, stopApp } from './lib/app-process.ts';
import { clamp } from './lib/args.ts';
import { prepareBenchDatabase } from './lib/database.ts';
import { idleShare, idleText } from './lib/machine-idle.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'apps', 'web', 'dist');

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    runs: { type: 'string', default: '1' },
    build: { type: 'boolean', default: false },
    pages: { type: 'string', default: 'home,catalogue,procedure' },
    database: { type: 'string', default: 'portal_lighthouse' },
    json: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
  strict: true,
});
if (args.help) {
  process.stdout.write(
    'Usage: pnpm --filter @portal/bench lighthouse [--runs 1] [--build] [--pages home,catalogue,procedure] [--database portal_lighthouse] [--json DIR]\n\n' +
      'Lighthouse 12.2.3, mobile preset, Debian Chromium, against the production build (apps/web/dist):\n' +
      'performance, LCP, TBT, CLS, FCP, SI, bytes, accessibility, best practices, SEO per page (median of --runs),\n' +
      'beside the goals of issue 16. --build rebuilds the SPA first; --json DIR keeps each run\'s full report.\n',
  );
  process.exit(0);
}

const RUNS = clamp(Number(args.runs), 1, 15, 'runs');
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const CATALOGUE_QUERY = 'giấy phép xây dựng';
/** Cấp giấy phép xây dựng (Sở Xây dựng), a full-online demo procedure; the first published one otherwise */
const PREFERRED_PROCEDURE = '1.009994.H18';

const out = (line = '') => process.stdout.write(`${line}\n`);

interface Measure {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** milliseconds */
  lcp: number;
  tbt: number;
  cls: number;
  fcp: number;
  si: number;
  /** bytes transferred */
  totalBytes: number;
  jsBytes: number;
  requests: number;
}

interface Row {
  label: string;
  key: keyof Measure;
  format: (value: number) => string;
  /** The goal and whether a value meets it */
  goal?: { text: string; met: (value: number) => boolean };
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${Math.round(ms)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const score = (value: number) => value.toFixed(0);

const ROWS: Row[] = [
  { label: 'Performance', key: 'performance', format: score, goal: { text: '≥ 90', met: (v) => v >= 90 } },
  { label: 'LCP', key: 'lcp', format: seconds, goal: { text: '≤ 2.5 s', met: (v) => v <= 2500 } },
  { label: 'TBT', key: 'tbt', format: millis, goal: { text: '≤ 200 ms', met: (v) => v <= 200 } },
  { label: 'CLS', key: 'cls', format: (v) => v.toFixed(3), goal: { text: '≤ 0.05', met: (v) => v <= 0.05 } },
  { label: 'FCP', key: 'fcp', format: seconds },
  { label: 'Speed Index', key: 'si', format: seconds },
  { label: 'Total bytes (transfer)', key: 'totalBytes', format: kb },
  { label: 'JS bytes (transfer)', key: 'jsBytes', format: kb },
  { label: 'Requests', key: 'requests', format: (v) => v.toFixed(0) },
  { label: 'Accessibility', key: 'accessibility', format: score, goal: { text: '≥ 95', met: (v) => v >= 95 } },
  { label: 'Best practices', key: 'bestPractices', format: score, goal: { text: '≥ 95', met: (v) => v >= 95 } },
  { label: 'SEO', key: 'seo', format: score, goal: { text: '≥ 95', met: (v) => v >= 95 } },
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function measureOf(lhr: Lhr): Measure {
  const category = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const requests = ((lhr.audits['network-requests']?.details as { items?: Array<{ resourceType?: string; transferSize?: number }> } | undefined)?.items ?? []);
  return {
    performance: category('performance'),
    accessibility: category('accessibility'),
    bestPractices: category('best-practices'),
    seo: category('seo'),
    lcp: numeric('largest-contentful-paint'),
    tbt: numeric('total-blocking-time'),
    cls: numeric('cumulative-layout-shift'),
    fcp: numeric('first-contentful-paint'),
    si: numeric('speed-index'),
    totalBytes: numeric('total-byte-weight'),
    jsBytes: requests.filter((request) => request.resourceType === 'Script').reduce((sum, request) => sum + (request.transferSize ?? 0), 0),
    requests: requests.length,
  };
}

/** What kept a score below 100 (failed audits of the category, worst first), for the reader to act on */
function failedAudits(lhr: Lhr, categoryId: string): string[] {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id]!)
    .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'informative')
    .map((audit) => audit.id);
}

// ── the production build ─────────────────────────────────────────────────────────────
if (args.build) {
  out('▶ building the SPA (pnpm --filter @portal/web build)');
  execFileSync('pnpm', ['--filter', '@portal/web', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write(`No production build at ${dist}: run \`pnpm --filter @portal/web build\` first (or pass --build).\n`);
  process.exit(1);
}
if (!existsSync(CHROME_PATH)) {
  process.stderr.write(`Chromium not found at ${CHROME_PATH}: install Debian's chromium (apt-get install -y chromium) or set CHROME_PATH.\n`);
  process.exit(1);
}

// A copy of the build is served: a rebuild of apps/web/dist during the runs (it empties the
// folder first) would otherwise make pages fail half-way.
const built = statSync(join(dist, 'index.html')).mtime;
const served = mkdtempSync(join(tmpdir(), 'bench-lighthouse-dist-'));
cpSync(dist, served, { recursive: true, filter: (source) => !source.endsWith('.map') });

const databaseUrl = await prepareBenchDatabase(args.database);
const server = await startApp(databaseUrl, { BENCH_WEB_DIST_DIR: served });
const base = `http://127.0.0.1:${server.port}`;
let chrome: chromeLauncher.LaunchedChrome | undefined;
try {
  // The pages: a demo procedure found through the public API.
  let procedure = PREFERRED_PROCEDURE;
  if ((await fetch(`${base}/api/v1/procedures/${encodeURIComponent(procedure)}`)).status !== 200) {
    const list = (await (await fetch(`${base}/api/v1/procedures?limit=1`)).json()) as { items: Array<{ code: string }> };
    procedure = list.items[0]!.code;
  }
  const allPages = {
    home: { title: 'Home', path: '/' },
    catalogue: { title: `Catalogue search "${CATALOGUE_QUERY}"`, path: `/thu-tuc?q=${encodeURIComponent(CATALOGUE_QUERY)}` },
    procedure: { title: `Procedure page ${procedure}`, path: `/thu-tuc/${encodeURIComponent(procedure)}` },
  };
  const wanted = args.pages.split(',').map((name) => name.trim()) as Array<keyof typeof allPages>;
  for (const name of wanted) if (!(name in allPages)) throw new Error(`--pages: unknown page "${name}" (home, catalogue, procedure)`);

  const [load1, load5, load15] = loadavg();
  const idle = await idleShare(2000);
  out(`Lighthouse 12.2.3, mobile preset (simulated slow 4G, 4× CPU slowdown), ${CHROME_PATH}`);
  out(`Production build: ${dist} (index.html built ${built.toISOString()}), a copy served by the app at ${base}`);
  out(`Machine: load average ${load1!.toFixed(2)} / ${load5!.toFixed(2)} / ${load15!.toFixed(2)}, idle ${idleText(idle)} during 2 s before the runs; ${RUNS} run(s) per page, median per metric`);

  const chromeFlags = ['--headless=new', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (process.getuid?.() === 0) chromeFlags.push('--no-sandbox');
  chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags, logLevel: 'silent' });
  if (args.json) mkdirSync(args.json, { recursive: true });

  const summary: Array<{ name: string; metMeasures: number; goals: number }> = [];
  for (const name of wanted) {
    const page = allPages[name];
    const runs: Measure[] = [];
    const failures = new Map<string, Set<string>>();
    for (let run = 1; run <= RUNS; run++) {
      // On a busy machine Chromium now and then reports no paint at all (NO_FCP): try again, twice.
      let result: Awaited<ReturnType<typeof lighthouse>>;
      for (let attempt = 1; ; attempt++) {
        result = await lighthouse(`${base}${page.path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        if (!result) throw new Error(`Lighthouse returned no result for ${page.path}`);
        const error = result.lhr.runtimeError;
        if (!error) break;
        if (attempt === 3) throw new Error(`Lighthouse on ${page.path}: ${error.code} ${error.message}`);
        out(`  (run ${run}: ${error.code}, trying again)`);
      }
      runs.push(measureOf(result.lhr));
      for (const category of ['performance', 'accessibility', 'best-practices', 'seo']) {
        for (const id of failedAudits(result.lhr, category)) {
          if (!failures.has(category)) failures.set(category, new Set());
          failures.get(category)!.add(id);
        }
      }
      if (args.json) writeFileSync(join(args.json, `${name}-${run}.json`), JSON.stringify(result.lhr));
    }
    const value = (key: keyof Measure) => median(runs.map((measure) => measure[key]));

    out();
    out(`── ${page.title}: ${page.path}`);
    out(`${'metric'.padEnd(24)}${'value'.padStart(10)}   ${'goal'.padEnd(17)}${RUNS > 1 ? '   runs' : ''}`);
    let met = 0;
    let goals = 0;
    for (const row of ROWS) {
      const v = value(row.key);
      const verdict = row.goal ? (row.goal.met(v) ? 'met' : 'NOT MET') : '';
      if (row.goal) {
        goals++;
        if (row.goal.met(v)) met++;
      }
      const each = RUNS > 1 ? `   ${runs.map((measure) => row.format(measure[row.key])).join(', ')}` : '';
      out(`${row.label.padEnd(24)}${row.format(v).padStart(10)}   ${(row.goal ? `${row.goal.text} ${verdict}` : '').padEnd(17)}${each}`);
    }
    for (const [category, ids] of failures) out(`  below 0.9 in ${category}: ${[...ids].join(', ')}`);
    summary.push({ name, metMeasures: met, goals });
  }
  out();
  out(`Goals met: ${summary.map((page) => `${page.name} ${page.metMeasures}/${page.goals}`).join(', ')}`);
} finally {
  await chrome?.kill();
  await stopApp(server);
  rmSync(served, { recursive: true, force: true });
}
