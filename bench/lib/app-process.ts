/**
 * The real application (buildApp, production settings) in a child process on an
 * ephemeral port of 127.0.0.1 (lib/dossier-server.ts), so that load generators in the
 * bench process do not share its event loop and its memory can be read from /proc.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface Server {
  child: ChildProcess;
  port: number;
  dataDir: string;
}

export function startApp(databaseUrl: string, env: Record<string, string> = {}): Promise<Server> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-app-'));
  return new Promise((resolve, reject) => {
    const child = fork(join(here, 'dossier-server.ts'), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, DEV_MAILBOX: 'true', ...env },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const timer = setTimeout(() => reject(new Error('the app did not start in 60 s')), 60_000);
    child.once('message', (message: { port: number }) => {
      clearTimeout(timer);
      resolve({ child, port: message.port, dataDir });
    });
    child.once('exit', (code) => reject(new Error(`the app exited with ${code}`)));
  });
}

export async function stopApp(server: Server): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    if (server.child.exitCode !== null) resolve();
    else server.child.once('exit', () => resolve());
  });
  server.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (server.child.exitCode === null) server.child.kill('SIGKILL');
  rmSync(server.dataDir, { recursive: true, force: true });
}

