import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPrismaClient, migrateDeploy, type TPrismaClient } from '@portal/db';
import { buildApp } from '../src/app.ts';
import { databaseClientOptions } from '../src/bootstrap/database.ts';
import { parseConfig } from '../src/config.ts';
import { hashPassword } from '../src/features/auth/service.ts';
import { signedIn, type TestBrowser } from './helpers/browser.ts';
import { adminQuery } from './helpers/postgres.ts';

/**
 * The database fails under a running app: stopped, then started again; frozen (SIGSTOP on
 * every process of the cluster, as a hung VM or storage would), then thawed. Every request
 * must answer 503 problem+json with Retry-After within a few seconds, none may hang, and
 * the same app must recover without a restart.
 *
 * This file runs its OWN throwaway PostgreSQL cluster (never the shared test cluster of
 * global-setup): initdb into a temporary folder, a free port on 127.0.0.1. As root,
 * initdb and postgres run as the `postgres` system user (they refuse root), as in
 * scripts/ensure-postgres.sh. Bounds are generous: a busy 2-core machine must pass.
 */

const PASSWORD = 'Hoa-Ban-Trang-2025';
const USERNAME = 'faultcitizen';
/** The app's limits in this test (short, so the test is short) */
const CONNECT_TIMEOUT_MS = 1_000;
const STATEMENT_TIMEOUT_MS = 1_500;
const REQUEST_TIMEOUT_MS = 4_000;
/** "Answers within": several times the limits above, for a loaded machine */
const HEALTH_BOUND_MS = 10_000;
const REQUEST_BOUND_MS = 15_000;

function postgresBinaries(): string {
  const candidates: string[] = [];
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim());
  } catch {
    // no pg_config: Debian's layout below
  }
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql').sort().reverse()) candidates.push(`/usr/lib/postgresql/${version}/bin`);
  }
  const found = candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl')));
  if (!found) throw new Error('PostgreSQL server binaries not found (pg_config --bindir, /usr/lib/postgresql/*/bin): run scripts/ensure-postgres.sh once');
  return found;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A throwaway cluster: start, stop, freeze and thaw it. */
class ThrowawayCluster {
  readonly dir = mkdtempSync(join(tmpdir(), 'portal-faults-pg-'));
  readonly data = join(this.dir, 'data');
  private readonly asRoot = process.getuid?.() === 0;
  private frozen: number[] = [];

  constructor(
    private readonly bin: string,
    readonly port: number,
  ) {}

  get url() {
    return `postgres://portal:portal@127.0.0.1:${this.port}/portal`;
  }

  get adminUrl() {
    return `postgres://portal:portal@127.0.0.1:${this.port}/postgres`;
  }

  private run(tool: string, args: string[]) {
    const command = join(this.bin, tool);
    const [file, all] = this.asRoot ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    execFileSync(file, all, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 90_000 });
  }

  init() {
    if (this.asRoot) {
      try {
        execFileSync('id', ['postgres'], { stdio: 'ignore' });
      } catch {
        execFileSync('useradd', ['--system', '--home-dir', '/var/lib/postgresql', '--shell', '/bin/bash', 'postgres']);
      }
      chownSync(this.dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim()), 0);
    }
    const pwfile = join(this.dir, 'pw');
    writeFileSync(pwfile, 'portal\n', { mode: 0o644 });
    this.run('initdb', ['-D', this.data, '-U', 'portal', `--pwfile=${pwfile}`, '--auth-host=scram-sha-256', '--auth-local=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  }

  start() {
    const options = `-p ${this.port} -c listen_addresses=127.0.0.1 -k ${this.dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    this.run('pg_ctl', ['-D', this.data, '-l', join(this.dir, 'postgres.log'), '-w', '-t', '60', '-o', options, 'start']);
  }

  stop(mode: 'fast' | 'immediate' = 'fast') {
    this.run('pg_ctl', ['-D', this.data, '-m', mode, '-w', '-t', '60', 'stop']);
  }

  /** The postmaster (first line of postmaster.pid) and every process it started. */
  private processes(): number[] {
    const postmaster = Number(readFileSync(join(this.data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children: number[] = [];
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        // pid (comm) state ppid …: comm may hold spaces, so read after the last ')'
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === postmaster) children.push(Number(entry));
      } catch {
        // the process ended meanwhile
      }
    }
    return [postmaster, ...children];
  }

  freeze() {
    this.frozen = this.processes();
    for (const pid of this.frozen) process.kill(pid, 'SIGSTOP');
  }

  thaw() {
    for (const pid of this.frozen) {
      try {
        process.kill(pid, 'SIGCONT');
      } catch {
        // already gone
      }
    }
    this.frozen = [];
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const timed = async (request: () => Promise<LightMyRequestResponse>) => {
  const started = Date.now();
  const response = await request();
  return { response, ms: Date.now() - started };
};

function expectUnavailable({ response, ms }: { response: LightMyRequestResponse; ms: number }, boundMs: number, what: string) {
  expect(response.statusCode, `${what}: ${response.body}`).toBe(503);
  expect(response.headers['content-type'], what).toContain('application/problem+json');
  expect(response.headers['retry-after'], what).toMatch(/^\d+$/);
  expect(response.json().code, what).toBe('SERVICE_UNAVAILABLE');
  expect(ms, `${what} answered after ${ms} ms`).toBeLessThan(boundMs);
}

describe('the database fails under a running app: 503 fast, then recovery without restart', () => {
  let cluster: ThrowawayCluster | undefined;
  let app: FastifyInstance;
  let prisma: TPrismaClient;
  let citizen: TestBrowser;
  let dataDir: string;

  const health = () => app.inject({ method: 'GET', url: '/api/health' });
  // A different query each time: nothing may come from the catalogue's cache.
  let page = 0;
  const cataloguePage = () => app.inject({ method: 'GET', url: `/api/v1/procedures?q=${encodeURIComponent(`giay phep ${++page}`)}` });
  const dashboard = () => citizen.get('/api/v1/dossiers');
  const me = () => citizen.get('/api/v1/me');

  /** Health answers 200 again (bounded: count and time). */
  async function waitForHealthy() {
    const deadline = Date.now() + 60_000;
    for (let attempt = 0; attempt < 120 && Date.now() < deadline; attempt++) {
      if ((await health()).statusCode === 200) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    throw new Error('the app did not recover within 60 s');
  }

  async function expectServing(what: string) {
    await waitForHealthy();
    for (const [name, request] of [
      ['catalogue', cataloguePage],
      ['dashboard', dashboard],
      ['me', me],
    ] as const) {
      const response = await request();
      expect(response.statusCode, `${what}, ${name}: ${response.body}`).toBe(200);
    }
  }

  beforeAll(async () => {
    cluster = new ThrowawayCluster(postgresBinaries(), await freePort());
    cluster.init();
    cluster.start();
    await adminQuery(cluster.adminUrl, 'CREATE DATABASE portal');
    await migrateDeploy(cluster.url);
    dataDir = mkdtempSync(join(tmpdir(), 'portal-faults-data-'));
    const config = parseConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'integration-tests-only-0123456789abcdef',
      LOG_LEVEL: 'silent',
      DATABASE_URL: cluster.url,
      DATA_DIR: dataDir,
      WEB_DIST_DIR: '/nonexistent-web-dist',
      CATALOGUE_CACHE_SECONDS: '0',
      DATABASE_CONNECT_TIMEOUT_MS: String(CONNECT_TIMEOUT_MS),
      DATABASE_STATEMENT_TIMEOUT_MS: String(STATEMENT_TIMEOUT_MS),
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
    });
    prisma = createPrismaClient(cluster.url, databaseClientOptions(config, false));
    await prisma.user.create({
      data: { kind: 'citizen', roles: ['citizen'], username: USERNAME, email: `${USERNAME}@example.com`, passwordHash: await hashPassword(PASSWORD), status: 'active', emailVerifiedAt: new Date() },
    });
    app = await buildApp(config, { prisma });
    await app.ready();
    citizen = await signedIn(app, USERNAME, PASSWORD);
    await expectServing('at start');
  }, 180_000);

  afterAll(async () => {
    // Whatever happened above: thaw, close, stop, remove.
    cluster?.thaw();
    await app?.close().catch(() => undefined);
    await prisma?.$disconnect().catch(() => undefined);
    try {
      cluster?.stop('immediate');
    } catch {
      // already stopped
    }
    cluster?.remove();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 120_000);

  it('PostgreSQL stopped: health, a catalogue page and a signed-in page answer 503 with Retry-After, fast', async () => {
    cluster!.stop('fast');
    expectUnavailable(await timed(health), HEALTH_BOUND_MS, 'health');
    expectUnavailable(await timed(cataloguePage), REQUEST_BOUND_MS, 'catalogue');
    expectUnavailable(await timed(dashboard), REQUEST_BOUND_MS, 'dashboard');
    expectUnavailable(await timed(me), REQUEST_BOUND_MS, 'me');
  }, 90_000);

  it('PostgreSQL started again: the same app serves again, the session still valid', async () => {
    cluster!.start();
    await expectServing('after the restart');
  }, 90_000);

  it('PostgreSQL frozen (SIGSTOP): health 503 within seconds, other requests 503 within their timeouts; thawed, the app recovers', async () => {
    // Warm connections in the pool: they are the ones that would wait for ever.
    await expectServing('before the freeze');
    cluster!.freeze();
    try {
      const [checked, catalogue, dashboardPage, account] = await Promise.all([timed(health), timed(cataloguePage), timed(dashboard), timed(me)]);
      expectUnavailable(checked, HEALTH_BOUND_MS, 'health');
      expectUnavailable(catalogue, REQUEST_BOUND_MS, 'catalogue');
      expectUnavailable(dashboardPage, REQUEST_BOUND_MS, 'dashboard');
      expectUnavailable(account, REQUEST_BOUND_MS, 'me');
      // Still frozen: a second round, now on fresh connections that cannot even start
      expectUnavailable(await timed(health), HEALTH_BOUND_MS, 'health again');
      expectUnavailable(await timed(dashboard), REQUEST_BOUND_MS, 'dashboard again');
    } finally {
      cluster!.thaw();
    }
    await expectServing('after the thaw');
  }, 120_000);
});
