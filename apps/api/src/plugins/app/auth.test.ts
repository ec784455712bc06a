import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bearerTokenOf, deriveKey, resolveSecret, safeEqual } from './auth.ts';

describe('session secret', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'portal-secret-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('uses JWT_SECRET when given', () => {
    expect(resolveSecret({ jwtSecret: 's'.repeat(40), dataDir })).toBe('s'.repeat(40));
  });

  it('otherwise generates one, keeps it in DATA_DIR (owner-only) and reuses it, so sessions survive a restart', () => {
    const first = resolveSecret({ jwtSecret: null, dataDir });
    expect(first.length).toBeGreaterThanOrEqual(48);
    expect(resolveSecret({ jwtSecret: null, dataDir })).toBe(first);
    const file = join(dataDir, 'jwt-secret');
    expect(readFileSync(file, 'utf8')).toBe(first);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('derives a different key for each use', () => {
    const secret = 'x'.repeat(40);
    expect(deriveKey(secret, 'csrf').equals(deriveKey(secret, 'jwt'))).toBe(false);
    expect(deriveKey(secret, 'csrf').equals(deriveKey(secret, 'csrf'))).toBe(true);
  });

  it('compares tokens without failing on different lengths', () => {
    expect(safeEqual('abc', 'abc')).toBe(true);
    expect(safeEqual('abc', 'abd')).toBe(false);
    expect(safeEqual('abc', 'abcd')).toBe(false);
  });
});

describe('Authorization: Bearer (RFC 6750 §2.1)', () => {
  it('finds the token in any letter case of the scheme; an empty Bearer is an (invalid) empty token', () => {
    expect(bearerTokenOf('Bearer abc.def.ghi')).toBe('abc.def.ghi');
    expect(bearerTokenOf('bearer   abc ')).toBe('abc');
    expect(bearerTokenOf('Bearer')).toBe('');
  });

  it('ignores other schemes and no header', () => {
    expect(bearerTokenOf(undefined)).toBeNull();
    expect(bearerTokenOf('Basic Zm9vOmJhcg==')).toBeNull();
    expect(bearerTokenOf('Guest abc')).toBeNull();
    expect(bearerTokenOf('Bearerabc')).toBeNull();
  });
});
