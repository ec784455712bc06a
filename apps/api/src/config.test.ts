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

  it('walks demo dossiers through the states only with the demo data, by default on the embedded database', () => {
    expect(parseConfig({}).seedDemoDossiers).toBe(true);
    expect(parseConfig({ SEED_DEMO_DOSSIERS: 'false' }).seedDemoDossiers).toBe(false);
    expect(parseConfig({ SEED_DEMO: 'false', SEED_DEMO_DOSSIERS: 'true' }).seedDemoDossiers).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db.example/portal', SEED_DEMO: 'true' }).seedDemoDossiers).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://u:p@db.example/portal', SEED_DEMO: 'true', SEED_DEMO_DOSSIERS: 'true' }).seedDemoDossiers).toBe(true);
  });

  it('bounds every wait on the database and on a request by default', () => {
    expect(parseConfig({})).toMatchObject({ databaseConnectTimeoutMs: 5000, databaseStatementTimeoutMs: 15_000, requestTimeoutMs: 30_000 });
    expect(parseConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0', REQUEST_TIMEOUT_MS: '0' })).toMatchObject({ databaseStatementTimeoutMs: 0, requestTimeoutMs: 0 });
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).databaseUrl).toBeNull();
  });

  it.each([
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL'],
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_CONNECT_TIMEOUT_MS: 'soon' }, 'DATABASE_CONNECT_TIMEOUT_MS'],
    [{ DATABASE_STATEMENT_TIMEOUT_MS: '-1' }, 'DATABASE_STATEMENT_TIMEOUT_MS'],
    [{ REQUEST_TIMEOUT_MS: '1.5' }, 'REQUEST_TIMEOUT_MS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO: 'maybe' }, 'SEED_DEMO'],
    [{ HSTS: 'sometimes' }, 'HSTS'],
    [{ NODE_ENV: 'production' }, 'JWT_SECRET'],
    [{ JWT_SECRET: 'too-short' }, 'JWT_SECRET'],
    [{ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32), CAPTCHA_DISABLED: 'true' }, 'CAPTCHA_DISABLED'],
    [{ CAPTCHA_DISABLED: 'true' }, 'CAPTCHA_DISABLED'],
    [{ SMTP_URL: 'http://mail.example' }, 'SMTP_URL'],
    [{ SMTP_URL: 'smtp://mail.example:587', DEV_MAILBOX: 'true' }, 'DEV_MAILBOX'],
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

  it('secures cookies and hides the dev mailbox in production unless told otherwise', () => {
    const production = parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32) });
    expect(production.cookieSecure).toBe(true);
    expect(production.devMailbox).toBe(false);
    expect(production.captchaDisabled).toBe(false);
    expect(parseConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(32), DEV_MAILBOX: 'true', COOKIE_SECURE: 'false' })).toMatchObject({
      devMailbox: true,
      cookieSecure: false,
    });
  });

  it('sends HSTS wherever cookies are secure, unless a proxy adds it (HSTS=false)', () => {
    const secret = { JWT_SECRET: 'p'.repeat(32) };
    expect(parseConfig({ NODE_ENV: 'production', ...secret }).hsts).toBe(true);
    expect(parseConfig({ NODE_ENV: 'production', ...secret, HSTS: 'false' })).toMatchObject({ cookieSecure: true, hsts: false });
    expect(parseConfig({ NODE_ENV: 'production', ...secret, COOKIE_SECURE: 'false' }).hsts).toBe(false);
    expect(parseConfig({}).hsts).toBe(false);
    expect(parseConfig({ COOKIE_SECURE: 'true' }).hsts).toBe(true);
    expect(parseConfig({ HSTS: 'true' })).toMatchObject({ cookieSecure: false, hsts: true });
  });

  it('turns the captcha off only for automated tests', () => {
    expect(parseConfig({ NODE_ENV: 'test', CAPTCHA_DISABLED: 'true' }).captchaDisabled).toBe(true);
    expect(parseConfig({ NODE_ENV: 'test' }).captchaDisabled).toBe(false);
  });

  it('uses the embedded mailbox in development only while no SMTP server is configured', () => {
    expect(parseConfig({}).devMailbox).toBe(true);
    expect(parseConfig({}).cookieSecure).toBe(false);
    expect(parseConfig({ SMTP_URL: 'smtps://u:p@mail.example:465' })).toMatchObject({ devMailbox: false, smtpUrl: 'smtps://u:p@mail.example:465' });
    expect(parseConfig({ PUBLIC_URL: 'https://dichvucong.dienbien.gov.vn' }).mailFrom).toBe(
      '"Cổng Dịch vụ công trực tuyến" <no-reply@dichvucong.dienbien.gov.vn>',
    );
  });
});

describe('configuration errors in plain words', () => {
  const messageOf = (env: Record<string, string>) => {
    try {
      parseConfig(env);
    } catch (error) {
      return (error as Error).message;
    }
    return null;
  };

  it('names the value and the documented range, never a library default', () => {
    expect(messageOf({ PORT: 'abc' })).toBe('Invalid configuration: PORT is "abc" but must be a whole number from 0 to 65535 (see .env.example)');
    expect(messageOf({ LOG_LEVEL: 'loud' })).toBe(
      'Invalid configuration: LOG_LEVEL is "loud" but must be one of fatal, error, warn, info, debug, trace, silent (see .env.example)',
    );
    expect(messageOf({ DATABASE_POOL_SIZE: '0' })).toContain('a whole number from 1 to 200');
    for (const env of [{ PORT: 'abc' }, { PUBLIC_URL: 'nope' }, { TRUST_PROXY: 'perhaps' }, { CAPTCHA_COST: '1e9' }] as Array<Record<string, string>>) {
      expect(messageOf(env)).not.toMatch(/Invalid input|expected|received|NaN|Too (small|big)/);
    }
  });

  it('does not echo secrets', () => {
    expect(messageOf({ JWT_SECRET: 'hunter2' })).toBe('Invalid configuration: JWT_SECRET must be at least 32 characters');
    expect(messageOf({ DATABASE_URL: 'mysql://user:pw@host/db' })).not.toContain('pw');
  });
});
