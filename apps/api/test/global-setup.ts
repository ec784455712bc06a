import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { createPrismaClient, migrateDeploy } from '@portal/db';
import { seedDemo } from '@portal/db/seed';
import { createLocalDiskStorage } from '@portal/db/storage';
import { REPO_ROOT } from '../src/config.ts';
import { renderTemplateDocument } from '../src/features/catalogue/template-document.ts';
import { renderLegalDocument } from '../src/features/legal-documents/render-legal-document.ts';
import { adminQuery, databaseUrl } from './helpers/postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
    /** DATA_DIR of the test apps: the template database's files (templates) live in <dir>/files */
    templateDataDir: string;
  }
}

/** A name that changes whenever a migration, the demo data or a renderer of its files changes. */
function templateName(): string {
  const hash = createHash('sha256');
  const migrations = join(REPO_ROOT, 'prisma', 'migrations');
  for (const entry of readdirSync(migrations).sort()) {
    if (entry.endsWith('.toml')) continue;
    hash.update(entry).update(readFileSync(join(migrations, entry, 'migration.sql')));
  }
  const seedDir = join(REPO_ROOT, 'prisma', 'src', 'seed');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(seedDir.length)).update(readFileSync(path));
    }
  };
  walk(seedDir);
  // The files the seed writes come from the renderers it is given (below).
  for (const renderer of ['features/catalogue/template-document.ts', 'features/legal-documents/render-legal-document.ts']) {
    hash.update(renderer).update(readFileSync(join(REPO_ROOT, 'apps', 'api', 'src', renderer)));
  }
  return `portal_test_tpl_${hash.digest('hex').slice(0, 12)}`;
}

/**
 * Real PostgreSQL for integration tests: TEST_DATABASE_URL (set by `pnpm test`) or a
 * private cluster started by scripts/ensure-postgres.sh. Builds, once, a template
 * database with every migration and the demo data.
 */
export default async function setup(project: TestProject) {
  const adminUrl =
    process.env.TEST_DATABASE_URL ??
    execFileSync('bash', [join(REPO_ROOT, 'scripts', 'ensure-postgres.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
      .trim()
      .split('\n')
      .pop()!;
  const template = templateName();
  // The files the template database refers to (template documents) live beside it.
  const dataDir = join(REPO_ROOT, '.data', 'test-data', template);
  // Two test runs at once (two developers' terminals, a run beside a bench) must not
  // build the same template together: the second would pair its files with the first's
  // database. A session-level advisory lock serialises the check and the build.
  const lock = new pg.Client({ connectionString: adminUrl });
  await lock.connect();
  await lock.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
  try {
    await buildTemplateIfMissing(adminUrl, template, dataDir);
  } finally {
    await lock.end();
  }
  project.provide('pgAdminUrl', adminUrl);
  project.provide('templateDatabase', template);
  project.provide('templateDataDir', dataDir);
}

async function buildTemplateIfMissing(adminUrl: string, template: string, dataDir: string) {
  const exists = await adminQuery(adminUrl, 'SELECT 1 FROM pg_database WHERE datname = $1', [template]);
  if (exists.rowCount === 0 || !existsSync(dataDir)) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    const building = `${template}_building_${process.pid}`;
    const buildingDir = `${dataDir}_building_${process.pid}`;
    await adminQuery(adminUrl, `CREATE DATABASE "${building}"`);
    const url = databaseUrl(adminUrl, building);
    await migrateDeploy(url);
    const prisma = createPrismaClient(url, { maxConnections: 2 });
    await seedDemo(prisma, { storage: createLocalDiskStorage(join(buildingDir, 'files')), renderTemplate: renderTemplateDocument, renderLegalDocument });
    await prisma.$disconnect();
    // Rename at the end so that a half-built template is never used.
    try {
      await rm(dataDir, { recursive: true, force: true });
      await rename(buildingDir, dataDir);
      await adminQuery(adminUrl, `ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } catch (error) {
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${building}"`);
      await rm(buildingDir, { recursive: true, force: true });
      if (!String(error).includes('already exists')) throw error;
    }
  }
}
