import type { PoolConfig } from 'pg';

/**
 * Turns a postgres:// URL into explicit pool fields. Passing `connectionString` to
 * PrismaPg makes its shadow-database pool silently reuse the main database, so the
 * fields are always given one by one.
 */
export function pgConfigFromUrl(url: string, extra: PoolConfig = {}): PoolConfig {
  const parsed = new URL(url);
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`not a postgres:// URL: ${parsed.protocol}`);
  }
  const database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || 'postgres';
  const sslmode = parsed.searchParams.get('sslmode');
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database,
    ssl: sslmode && sslmode !== 'disable' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
    ...extra,
  };
}
