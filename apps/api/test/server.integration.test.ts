import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/config.ts';

const SERVER = join(REPO_ROOT, 'apps', 'api', 'src', 'server.ts');

interface Started {
  stdout: string;
  stderr: string;
  exitCode: number | null;
}

/** Runs the real server entry point; resolves on exit or when `until` matches stdout. */
function runServer(env: Record<string, string>, until?: RegExp, timeoutMs = 120_000) {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER], {
    // tsx resolves from the API package, as with `pnpm start`
    cwd: join(REPO_ROOT, 'apps', 'api'),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', LOG_LEVEL: 'info', NODE_ENV: 'production', JWT_SECRET: 'server-test-secret-0123456789abcdef', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const result: Started = { stdout: '', stderr: '', exitCode: null };
  const done = new Promise<Started>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not ${until ? 'start' : 'exit'} in time:\n${result.stdout}\n${result.stderr}`));
    }, timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      result.stdout += chunk.toString();
      if (until?.test(result.stdout)) {
        clearTimeout(timer);
        resolve(result);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (result.stderr += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      result.exitCode = code;
      resolve(result);
    });
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { done, stop };
}

describe('server start-up', () => {
  it('stops with one clear line and a non-zero exit when DATABASE_URL cannot be reached', async () => {
    const { done } = runServer({ DATABASE_URL: 'postgres://nonsense', PORT: '0' }, undefined, 60_000);
    const result = await done;
    expect(result.exitCode).not.toBe(0);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Cannot connect to the database at DATABASE_URL \(nonsense:5432\): Can't reach database server at nonsense$/);
  });

  it('stops with one line naming the variable when a setting is malformed', async () => {
    const { done } = runServer({ DATABASE_URL: 'mysql://localhost/portal' }, undefined, 30_000);
    const result = await done;
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trim()).toMatch(/^Invalid configuration: DATABASE_URL [^\n]+$/);
  });

  describe('on the embedded database', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'portal-embedded-'));
    afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

    it('migrates and seeds on first start, answers health, and keeps data across a restart', async () => {
      const port = String(20_000 + Math.floor(Math.random() * 20_000));
      const env = { DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1', WEB_DIST_DIR: '/nonexistent' };
      const listening = /Cổng Dịch vụ công trực tuyến: /;

      const first = runServer(env, listening, 180_000);
      const started = await first.done;
      expect(started.exitCode, started.stderr).toBeNull();
      expect(started.stdout).toContain('loaded the demo province');
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      const departments = (await (await fetch(`http://127.0.0.1:${port}/api/v1/agencies?level=department`)).json()) as { items: { id: string }[] };
      expect(departments.items.length).toBeGreaterThanOrEqual(8);
      await first.stop();

      const second = runServer(env, listening, 180_000);
      const restarted = await second.done;
      expect(restarted.exitCode, restarted.stderr).toBeNull();
      // Same data, not loaded again.
      expect(restarted.stdout).not.toContain('loaded the demo province');
      const again = (await (await fetch(`http://127.0.0.1:${port}/api/v1/agencies?level=department`)).json()) as { items: { id: string }[] };
      expect(again.items.map((a: { id: string }) => a.id)).toEqual(departments.items.map((a: { id: string }) => a.id));
      await second.stop();
    }, 400_000);
  });
});
