/**
 * `pnpm --filter @portal/bench startup [--later 2] [--skip-build] [--keep]`
 *
 * How long a person waits for `pnpm start`: the real launcher (scripts/start.mjs: the
 * SPA build through turbo's cache, then the server entry) on the embedded database, in a
 * fresh data folder (first start: database created, migrations, demo province, demo
 * dossiers, the archive year), then `--later` more starts on the same folder. For each:
 * the seconds of every phase as the start-up prints them, the wall time from spawn to
 * the ready line, and the stop (SIGTERM: exit code and seconds).
 * Goal on an idle 2-core machine: first start ≤ 30 s, later start ≤ 5 s. The machine's
 * idle share is printed beside the figures, which only compare on an idle machine.
 * Nothing listens beyond 127.0.0.1; every wait is bounded.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { idleShare, idleText } from './lib/machine-idle.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    later: { type: 'string', default: '2' },
    'skip-build': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

interface Run {
  phases: Array<{ label: string; seconds: number }>;
  /** From spawn to the ready line, as a person waits */
  wall: number;
  /** What the server itself counts (after its modules are loaded) */
  reported: number;
  stopSeconds: number;
  exitCode: number | null;
  unexpected: string[];
}

function start(dataDir: string, port: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], {
      cwd: root,
      env: {
        ...process.env,
        DATA_DIR: dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'development',
        LOG_LEVEL: 'info',
        ...(values['skip-build'] ? { SKIP_BUILD: '1' } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let wall = 0;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ready line in 600 s:\n${output}`));
    }, 600_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!wall && /sẵn sàng sau/.test(output)) {
        wall = (performance.now() - began) / 1000;
        const stopping = performance.now();
        child.once('exit', (code) => {
          clearTimeout(timer);
          const lines = output.trimEnd().split('\n');
          resolve({
            phases: lines.flatMap((line) => {
              const match = /^ {2}✓ (.+) \((\d+\.\d) s(?:,.*)?\)$/.exec(line);
              return match ? [{ label: match[1]!, seconds: Number(match[2]) }] : [];
            }),
            wall,
            reported: Number(/sẵn sàng sau (\d+\.\d) s/.exec(output)?.[1] ?? NaN),
            stopSeconds: (performance.now() - stopping) / 1000,
            exitCode: code,
            unexpected: lines.filter((line) => /ERROR|WARN|Deprecation|\(!\)/.test(line)),
          });
        });
        child.kill('SIGTERM');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('error', reject);
  });
}

function print(title: string, run: Run) {
  console.log(`\n${title}: ready after ${run.wall.toFixed(1)} s`);
  for (const phase of run.phases) console.log(`  ${phase.seconds.toFixed(1).padStart(6)} s  ${phase.label.slice(0, 110)}`);
  // The server counts from its own process start, module loading (tsx) included; on a
  // first start the demo files are rendered while the migrations run, so phases overlap.
  console.log(`  ${run.reported.toFixed(1).padStart(6)} s  server process start → ready line`);
  console.log(`  stop: exit code ${run.exitCode} after ${run.stopSeconds.toFixed(1)} s`);
  if (run.unexpected.length > 0) console.log(`  unexpected lines:\n    ${run.unexpected.join('\n    ')}`);
}

const idle = await idleShare(2000);
console.log(`machine: idle ${idleText(idle)}, load ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
const dataDir = mkdtempSync(join(tmpdir(), 'bench-startup-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
try {
  const first = await start(dataDir, port);
  print('first start (fresh data folder)', first);
  const later: Run[] = [];
  for (let i = 0; i < Number(values.later); i++) {
    later.push(await start(dataDir, port));
    print(`later start ${i + 1}`, later.at(-1)!);
  }
  console.log(`\nsummary: first ${first.wall.toFixed(1)} s (goal ≤ 30 s idle)${later.length ? `, later ${later.map((run) => run.wall.toFixed(1)).join(' / ')} s (goal ≤ 5 s idle)` : ''}`);
  console.log(`machine after: load ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
} finally {
  if (values.keep) console.log(`data folder kept: ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
