import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

describe('REQUEST_TIMEOUT_MS', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp(
      { REQUEST_TIMEOUT_MS: '300' },
      {
        extend: (app) => {
          app.get('/api/v1/test-slow', async () => {
            await sleep(2_000);
            return { late: true };
          });
          app.get('/api/v1/test-quick', async () => ({ quick: true }));
          // Stands for an upload: multipart bodies stream at the uploader's pace.
          app.post('/api/v1/test-upload', async () => {
            await sleep(1_000);
            return { stored: true };
          });
          app.addContentTypeParser(/^multipart\//, (_request, payload, done) => {
            payload.resume();
            payload.on('end', () => done(null, {}));
          });
        },
      },
    );
  });
  afterAll(() => ctx.close());

  it('answers 503 problem+json with Retry-After when the handler has not answered in time', async () => {
    const started = Date.now();
    const response = await ctx.app.inject({ method: 'GET', url: '/api/v1/test-slow' });
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.headers['retry-after']).toMatch(/^\d+$/);
    expect(response.json()).toMatchObject({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    // Generous: the point is "not after the handler's 2 s"
    expect(Date.now() - started).toBeLessThan(1_900);
  });

  it('leaves quick answers and multipart uploads alone', async () => {
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/test-quick' })).json()).toEqual({ quick: true });
    const upload = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/test-upload',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      payload: '--x--\r\n',
    });
    expect(upload.statusCode, upload.body).toBe(200);
    expect(upload.json()).toEqual({ stored: true });
  });
});
