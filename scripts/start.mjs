#!/usr/bin/env node
// `pnpm start`: builds the SPA (turbo, cached), then runs the API server in this terminal.
//
// Why a launcher rather than `pnpm build && pnpm --filter @portal/api start`: a person
// stopping the portal with Ctrl-C should see one line ("Đã dừng / stopped") and exit code
// 0, not pnpm's failure banner for a nested run ended by a signal; a bad setting should be
// the last line they read; and the build's own output (turbo, Vite) is noise unless it
// fails. The server runs as a child whose exit code becomes ours; SIGINT and SIGTERM are
// passed on to it and it stops cleanly (server.ts). The root script is `exec node
// scripts/start.mjs`: without `exec`, the `sh -c` pnpm runs scripts in would itself die of
// Ctrl-C and pnpm would report a failure.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pnpm = process.platform === 'win32' ? 'pnpm.cmd' : 'pnpm';

/** Runs a command with its output kept; resolves with the exit code and the output. */
function quietly(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: 1, output: `${output}${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

let stopping = false;
const stopEarly = () => {
  stopping = true;
};
process.on('SIGINT', stopEarly);
process.on('SIGTERM', stopEarly);

if (process.env.SKIP_BUILD !== '1') {
  const begun = performance.now();
  const build = await quietly(pnpm, ['--silent', 'build']);
  if (stopping) process.exit(0);
  if (build.code !== 0) {
    process.stderr.write(build.output);
    process.stderr.write('Không build được giao diện / the web app did not build (output above)\n');
    process.exit(1);
  }
  const cached = /cached, \d+ total/.exec(build.output)?.[0];
  const fullTurbo = /FULL TURBO/.test(build.output);
  process.stdout.write(
    `  ✓ Giao diện / web app: ${fullTurbo ? 'đã có sẵn / up to date' : 'đã build / built'} (${((performance.now() - begun) / 1000).toFixed(1)} s${cached && !fullTurbo ? `, ${cached}` : ''})\n`,
  );
}

process.off('SIGINT', stopEarly);
process.off('SIGTERM', stopEarly);

// Its own process group: Ctrl-C reaches this launcher (and pnpm) but not the server
// directly, so the server gets exactly one signal, from here. A second signal during its
// graceful close would make it exit at once with code 1 (close-with-grace).
const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
  cwd: join(root, 'apps', 'api'),
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true,
});
let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (forwarded || server.exitCode !== null) return;
    forwarded = true;
    server.kill('SIGTERM');
  });
}
// Should this process end some other way, the server does not outlive it.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGTERM');
});
server.on('exit', (code, signal) => {
  // Stopped on request: a normal end. Otherwise the server's own code (1 after a
  // configuration or database error, its one line already printed).
  process.exit(code ?? (signal && forwarded ? 0 : signal ? 1 : 0));
});
