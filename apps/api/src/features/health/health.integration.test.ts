import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('GET /api/health', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('answers 200 once the database answers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'ok' });
    expect(response.headers['x-request-id']).toBeTruthy();
  });

  it('never touches the session table, even for a signed-in caller', async () => {
    const citizen = await signedIn(ctx.app, 'congdan', 'Demo@2025');
    // Another connection holds the session table: any lookup in it would wait.
    const locker = new pg.Client({ connectionString: ctx.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE session IN ACCESS EXCLUSIVE MODE');
      const started = Date.now();
      const response = await citizen.get('/api/health');
      expect(response.statusCode, response.body).toBe(200);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  });

  it('answers 503 problem+json, without internals, when the database is gone', async () => {
    const outage = await createTestApp();
    try {
      await outage.dropDatabase();
      const response = await outage.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.code).toBe('SERVICE_UNAVAILABLE');
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(body.title).toMatch(/\p{L}/u);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|prisma|stack/i);
    } finally {
      await outage.close();
    }
  });
});
