import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../helpers/test-app.ts';
import { demoCallers, type FuzzCallers } from './callers.ts';
import { fuzzApi, operationsOf, summarizeFailures, type FuzzOptions } from './openapi-fuzz.ts';

/**
 * Every operation of the OpenAPI document, fed hostile input as the role it needs: no
 * 5xx, every error problem+json with a documented code, no stack trace, no hang.
 * Bounded: a fixed seed and FUZZ_CASES cases per operation (default 30, about 3,500 in
 * all); `pnpm --filter @portal/bench fuzz` runs longer with other seeds.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 30);
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);

describe('fuzzing every API operation', () => {
  let ctx: TestContext;
  let callers: FuzzCallers;
  let document: FuzzOptions['document'];

  beforeAll(async () => {
    ctx = await createTestApp({ CAPTCHA_DISABLED: 'true' });
    document = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    callers = await demoCallers(ctx.app);
  });
  afterAll(() => ctx?.close());

  it(
    'answers hostile input with a 4xx problem, never a 5xx, a stack trace or a hang',
    async () => {
      const operations = operationsOf(document);
      expect(operations.length).toBeGreaterThan(100);
      const report = await fuzzApi({ app: ctx.app, document, callerFor: callers.callerFor, seed: SEED, casesPerOperation: CASES });
      console.log(
        `fuzz: ${report.operations} operations, ${report.cases} cases, answers by status ${JSON.stringify(report.byStatus)}, slowest ${Math.round(report.slowestMs)} ms`,
      );
      expect(report.cases).toBe(operations.length * CASES);
      expect(summarizeFailures(report.failures), `${report.failures.length} failures`).toEqual([]);
      // The cases reached the handlers: most were not stopped at authentication.
      const unauthenticated = (report.byStatus['401'] ?? 0) + (report.byStatus['403'] ?? 0);
      expect(unauthenticated / report.cases).toBeLessThan(0.2);
    },
    30 * 60_000,
  );

  it('left the signed-in sessions working (the fuzz did not just answer 401 after a while)', async () => {
    expect((await callers.citizen.get('/api/v1/me')).statusCode).toBe(200);
    expect((await callers.staff.get('/api/v1/staff/dossiers/summary')).statusCode).toBe(200);
    expect((await callers.admin.get('/api/v1/admin/staff')).statusCode).toBe(200);
    const machine = await ctx.app.inject({ method: 'GET', url: '/api/v1/events', headers: callers.machine.headersFor('/api/v1/events', 'GET') });
    expect(machine.statusCode, machine.body).toBe(200);
  });
});
