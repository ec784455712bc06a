import { describe, expect, it } from 'vitest';
import { pgConfigFromUrl } from './pg-config.ts';

describe('pgConfigFromUrl', () => {
  it('spells out every connection field (a connectionString would leak into the shadow pool)', () => {
    const config = pgConfigFromUrl('postgres://portal:s%40cret@db.example:6543/portal_prod?sslmode=require', { max: 4 });
    expect(config).toMatchObject({
      host: 'db.example',
      port: 6543,
      user: 'portal',
      password: 's@cret',
      database: 'portal_prod',
      max: 4,
      ssl: { rejectUnauthorized: false },
    });
    expect(config).not.toHaveProperty('connectionString');
  });

  it('defaults the port and the database', () => {
    expect(pgConfigFromUrl('postgresql://u@localhost')).toMatchObject({ port: 5432, database: 'postgres', ssl: undefined });
  });

  it('refuses a URL of another database', () => {
    expect(() => pgConfigFromUrl('mysql://u@localhost/x')).toThrow(/postgres/);
  });
});
