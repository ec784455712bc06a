import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('defaults to the embedded database with the demo data on port 3000', () => {
    const config = parseConfig({});
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe(true);
    expect(config.port).toBe(3000);
    expect(config.isProduction).toBe(false);
  });

  it('does not load demo data into a configured database unless asked', () => {
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db.example:5432/portal' }).seedDemo).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db.example/portal', SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
  ])('refuses %o with one line naming the variable', (env, variable) => {
    let error: unknown;
    try {
      parseConfig(env);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message.startsWith(`Invalid configuration: ${variable} `)).toBe(true);
    expect(message).not.toContain('\n');
  });
});
