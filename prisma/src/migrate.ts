import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Applies pending migrations with `prisma migrate deploy` (the WebAssembly schema
 * engine, run through scripts/prisma.mjs so nothing is downloaded). Resolves with the
 * CLI output; rejects with it when the CLI fails.
 */
export function migrateDeploy(databaseUrl: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(packageRoot, 'scripts', 'prisma.mjs'), 'migrate', 'deploy'], {
      cwd: packageRoot,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`prisma migrate deploy failed (exit ${code}):\n${output.trim()}`));
    });
  });
}

/** How many migrations a `migrateDeploy` output says it applied (0: none were pending). */
export function appliedMigrationCount(output: string): number {
  if (!/have been applied/.test(output)) return 0;
  return (output.split('have been applied')[1]!.match(/migration\.sql/g) ?? []).length;
}

export interface MigrationOnDisk {
  name: string;
  /** sha256 of migration.sql, hex, as Prisma records it in _prisma_migrations.checksum */
  checksum: string;
}

/** The committed migrations (prisma/migrations/<name>/migration.sql). */
export function migrationsOnDisk(): MigrationOnDisk[] {
  const folder = join(packageRoot, 'migrations');
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => ({
      name: entry.name,
      checksum: createHash('sha256').update(readFileSync(join(folder, entry.name, 'migration.sql'))).digest('hex'),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
