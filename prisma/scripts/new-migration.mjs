#!/usr/bin/env node
// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the difference between
// schema.prisma as last committed (git HEAD) and as it is now. A schema-to-schema diff
// needs no shadow database (see docs/decisions/001); the schema engine still connects
// once, so without DATABASE_URL the private test cluster (scripts/ensure-postgres.sh) is used.
// Usage: pnpm db:migration:new <name>   (then review the SQL, append hand-written SQL if needed)
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const pkgRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const name = (process.argv[2] ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
if (!name) {
  console.error('Usage: pnpm db:migration:new <what_changed>');
  process.exit(1);
}
const databaseUrl =
  process.env.DATABASE_URL ??
  execFileSync('bash', [join(pkgRoot, '..', 'scripts', 'ensure-postgres.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
    .trim()
    .split('\n')
    .pop();
const previous = join(mkdtempSync(join(tmpdir(), 'schema-')), 'schema.prisma');
writeFileSync(previous, execFileSync('git', ['show', 'HEAD:prisma/schema.prisma'], { cwd: pkgRoot }));
const sql = execFileSync(
  process.execPath,
  [join(pkgRoot, 'scripts', 'prisma.mjs'), 'migrate', 'diff', '--from-schema-datamodel', previous, '--to-schema-datamodel', 'schema.prisma', '--script'],
  { cwd: pkgRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl } },
);
if (/^-- This is an empty migration\.?\s*$/m.test(sql) || !sql.trim()) {
  console.log('schema.prisma has not changed since the last commit: no migration written.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(pkgRoot, 'migrations', `${stamp}_${name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'migration.sql'), sql);
console.log(`Wrote ${join('prisma', 'migrations', `${stamp}_${name}`, 'migration.sql')}: review it before committing.`);
