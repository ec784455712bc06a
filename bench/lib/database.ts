/**
 * Database helpers shared by the benches: where the PostgreSQL cluster is, and a
 * migrated, demo-seeded database per bench. Benches never touch the development
 * database: each works in its own database on the same cluster (portal_bench by default).
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createPrismaClient, migrateDeploy, pgConfigFromUrl } from '@portal/db';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A database name we are willing to put in CREATE/DROP DATABASE. */
const DATABASE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

let cachedAdminUrl: string | undefined;

/**
 * The admin URL of the cluster the benches run on: BENCH_DATABASE_URL when set (any
 * database on the wanted cluster, usually `postgres`), otherwise the private test cluster
 * started (or reused) by scripts/ensure-postgres.sh, whose last stdout line is the URL.
 */
export function benchAdminUrl(): string {
  if (cachedAdminUrl) return cachedAdminUrl;
  const fromEnv = process.env.BENCH_DATABASE_URL?.trim();
  if (fromEnv) {
    cachedAdminUrl = fromEnv;
    return fromEnv;
  }
  const stdout = execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-postgres.sh')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = stdout.trim().split('\n');
  const url = lines[lines.length - 1]?.trim();
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    throw new Error(`scripts/ensure-postgres.sh printed no postgres:// URL (got: ${JSON.stringify(stdout)})`);
  }
  cachedAdminUrl = url;
  return url;
}

/** The URL of database `name` on the same cluster as `adminUrl`. */
export function databaseUrl(name: string, adminUrl = benchAdminUrl()): string {
  const url = new URL(adminUrl);
  url.pathname = `/${encodeURIComponent(name)}`;
  return url.toString();
}

function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name)) {
    throw new Error(`bench database names are lower-case identifiers ([a-z_][a-z0-9_]*), got ${JSON.stringify(name)}`);
  }
}

/** Runs `fn` with one connected node-postgres client, always closing it. */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfigFromUrl(url));
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Runs `fn` while holding a cluster-wide advisory lock for database `name` (taken in the
 * admin database), so two benches preparing the same database do not race.
 */
async function withDatabaseLock<T>(name: string, fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  return withClient(benchAdminUrl(), async (admin) => {
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [`portal-bench:${name}`]);
    try {
      return await fn(admin);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [`portal-bench:${name}`]);
    }
  });
}

export async function databaseExists(name: string): Promise<boolean> {
  assertDatabaseName(name);
  return withClient(benchAdminUrl(), async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (rowCount ?? 0) > 0;
  });
}

/** Drops database `name` if it exists, disconnecting its sessions (DROP … WITH (FORCE)). */
export async function dropBenchDatabase(name: string): Promise<void> {
  assertDatabaseName(name);
  await withDatabaseLock(name, async (admin) => {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

export interface PrepareOptions {
  /** Print what is being done (default true). */
  log?: (message: string) => void;
}

/**
 * Makes database `name` ready for a bench and returns its URL: creates it when missing,
 * applies the migrations (`prisma migrate deploy`; a no-op when up to date) and loads the
 * demo province (seedDemo) when it has no agencies yet.
 */
export async function prepareBenchDatabase(name: string, options: PrepareOptions = {}): Promise<string> {
  assertDatabaseName(name);
  const log = options.log ?? ((message: string) => process.stdout.write(`${message}\n`));
  const url = databaseUrl(name);
  await withDatabaseLock(name, async (admin) => {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) {
      log(`creating database ${name}`);
      // The test cluster is initialised with --locale=C.UTF-8 -E UTF8; inherit template1.
      await admin.query(`CREATE DATABASE "${name}"`);
    }
    await migrateDeploy(url);
    const agencies = await withClient(url, async (client) => {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM agency');
      return rows[0]?.n ?? 0;
    });
    if (agencies === 0) {
      log(`loading the demo province into ${name}`);
      // Loaded only when needed: the demo data (and its validation) is a large module graph.
      const { seedDemo } = await import('@portal/db/seed');
      const prisma = createPrismaClient(url, { maxConnections: 1 });
      try {
        const summary = await seedDemo(prisma);
        log(`demo data: ${JSON.stringify(summary)}`);
      } finally {
        await prisma.$disconnect();
      }
    }
  });
  return url;
}
