import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
      if (child.exitCode !== null) return resolve({ code: child.exitCode, signal: null });
      child.once('exit', (code, signal) => resolve({ code, signal }));
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
    // A built SPA of one page: without it the server warns that only the API is served.
    const webDist = mkdtempSync(join(tmpdir(), 'portal-web-'));
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Cổng</title>');
    afterAll(() => {
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(webDist, { recursive: true, force: true });
    });

    /** What a person sees: progress lines (each "✓ …"), then the ready line; nothing else. */
    const expectProductOutput = (result: Started) => {
      expect(result.stderr).toBe('');
      const lines = result.stdout.trimEnd().split('\n');
      expect(result.stdout).not.toMatch(/ERROR|WARN|DeprecationWarning|incoming request|request completed/);
      expect(lines.at(-1)).toMatch(/^Cổng Dịch vụ công trực tuyến: http:\/\/localhost:\d+\/ — sẵn sàng sau \d+\.\d s \/ ready · tài khoản mẫu .* · hộp thư \/ mailbox: http:\/\/localhost:\d+\/dev\/mailbox$/);
      for (const line of lines.slice(0, -1)) expect(line).toMatch(/^ {2}✓ .+ \(\d+\.\d s\)$/);
      return lines;
    };

    it('migrates and seeds on first start, answers health, and keeps data across a restart', async () => {
      const port = String(20_000 + Math.floor(Math.random() * 20_000));
      // A person's first start: development, LOG_LEVEL=info (the defaults)
      const env = { DATA_DIR: dataDir, PORT: port, HOST: '127.0.0.1', WEB_DIST_DIR: webDist, NODE_ENV: 'development', JWT_SECRET: '' };
      const listening = /sẵn sàng sau/;

      const first = runServer(env, listening, 300_000);
      const started = await first.done;
      expect(started.exitCode, started.stderr).toBeNull();
      const lines = expectProductOutput(started);
      expect(lines[0]).toMatch(/Đã tạo cơ sở dữ liệu nhúng/);
      expect(started.stdout).toMatch(/migrations: áp dụng (\d+) \/ \1 applied/);
      expect(started.stdout).toMatch(/Tỉnh mẫu: danh mục, tài khoản/);
      expect(started.stdout).toMatch(/Hồ sơ mẫu \/ demo dossiers: 8 /);
      expect(lines.length).toBeLessThanOrEqual(9);
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      const departments = (await (await fetch(`http://127.0.0.1:${port}/api/v1/agencies?level=department`)).json()) as { items: { id: string }[] };
      expect(departments.items.length).toBeGreaterThanOrEqual(8);
      const stopped = await first.stop();
      expect(stopped).toEqual({ code: 0, signal: null });
      expect(started.stdout.trimEnd().split('\n').at(-1)).toBe('Đã dừng / stopped');

      const second = runServer(env, listening, 180_000);
      const restarted = await second.done;
      expect(restarted.exitCode, restarted.stderr).toBeNull();
      // Same data, not loaded again: a later start says what it did in a line or two.
      const again = expectProductOutput(restarted);
      expect(again).toHaveLength(3);
      expect(restarted.stdout).toMatch(/migrations: đã cập nhật \/ up to date/);
      expect(restarted.stdout).not.toContain('Tỉnh mẫu');
      const agencies = (await (await fetch(`http://127.0.0.1:${port}/api/v1/agencies?level=department`)).json()) as { items: { id: string }[] };
      expect(agencies.items.map((a: { id: string }) => a.id)).toEqual(departments.items.map((a: { id: string }) => a.id));
      await second.stop();
    }, 600_000);
  });
});
