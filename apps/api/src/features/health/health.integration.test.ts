import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

  it('answers 503 problem+json, without internals, when the database is gone', async () => {
    const outage = await createTestApp();
    try {
      await outage.dropDatabase();
      const response = await outage.app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.title).toMatch(/\p{L}/u);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|prisma|stack/i);
    } finally {
      await outage.close();
    }
  });
});
