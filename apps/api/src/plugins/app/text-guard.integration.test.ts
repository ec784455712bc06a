import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COMMON_MESSAGES } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';
const NUL = '\u0000';
const LONE = '\ud800';

/**
 * U+0000 and lone surrogates: PostgreSQL refuses the first and cannot encode the second.
 * The route schemas refuse them (zText) and the text guard catches whatever a schema
 * would let through; either way the answer is a problem naming the field, never a 500.
 */
describe('text that PostgreSQL cannot store (NUL, lone surrogates)', () => {
  let ctx: TestContext;
  const probed: unknown[] = [];

  beforeAll(async () => {
    ctx = await createTestApp({}, {
      // A route whose schema forgets zText: the guard alone must stop the text.
      extend: (app) =>
        app.post('/api/v1/probe-text-guard/:name', { schema: { hide: true, body: z.any(), querystring: z.any() } }, async (request) => {
          probed.push(request.body);
          return { ok: true };
        }),
    });
  });
  afterAll(() => ctx.close());

  const expectFieldRefused = (response: { statusCode: number; json(): unknown; body: string }, field: string) => {
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { [field]: COMMON_MESSAGES.invalidText } });
  };

  it('refuses them in any body, query or key even when the route schema does not, naming the field', async () => {
    const browser = new TestBrowser(ctx.app);
    for (const bad of [NUL, LONE, '\udc00']) {
      expectFieldRefused(await browser.post('/api/v1/probe-text-guard/x', { a: { b: [`ok`, `x${bad}y`] } }), 'a.b.1');
      expectFieldRefused(await browser.post('/api/v1/probe-text-guard/x', { [`k${bad}`]: 1 }), `k${bad}`);
      expectFieldRefused(await browser.post(`/api/v1/probe-text-guard/x?q=${encodeURIComponent(NUL)}`, {}), 'q');
    }
    // JSON escapes reach the parser as such too
    const raw = await browser.request('POST', '/api/v1/probe-text-guard/x', '{"name":"a\\ud800b","other":"c\\u0000"}', {
      headers: { 'content-type': 'application/json' },
    });
    expect(raw.statusCode, raw.body).toBe(400);
    expect(raw.json().code).toBe('VALIDATION_FAILED');
    expect(probed).toEqual([]);
    // A deeply nested body is walked without overflowing the stack
    const deep = `{"deep":${'['.repeat(5000)}"x\\u0000"${']'.repeat(5000)}}`;
    const nested = await browser.request('POST', '/api/v1/probe-text-guard/x', deep, { headers: { 'content-type': 'application/json' } });
    expect(nested.statusCode).toBe(400);
    expect((await browser.post('/api/v1/probe-text-guard/x', { fine: 'Nguyễn Văn Đức 😀' })).statusCode).toBe(200);
  });

  it('answers a path holding them as not found, and a header holding NUL as a bad request', async () => {
    const browser = new TestBrowser(ctx.app);
    for (const url of ['/api/v1/procedures/%00', '/api/v1/guides/%00', '/api/v1/legal-documents/%00', '/api/v1/dossiers/%00', '/api/v1/probe-text-guard/a%00']) {
      const response = await browser.get(url);
      expect([400, 404], `${url} ${response.body}`).toContain(response.statusCode);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await browser.get('/api/v1/procedures/%00')).statusCode).toBe(404);
    // A lone surrogate percent-encoded (CESU-8 bytes): not UTF-8, so never decoded into one; never a 500
    for (const url of ['/api/v1/procedures?q=%ED%A0%80', '/api/v1/legal-documents?q=a%ED%B0%80', '/api/v1/procedures/%ED%A0%80', '/api/v1/guides/%ED%A0%80']) {
      const response = await browser.get(url);
      expect(response.statusCode, `${url} ${response.body}`).toBeLessThan(500);
    }
    const login = await browser.request('POST', '/api/v1/auth/login', { username: 'congdan', password: DEMO_PASSWORD }, { headers: { 'user-agent': `evil${NUL}agent` } });
    expect(login.statusCode).toBe(400);
    expect(login.json().code).toBe('BAD_REQUEST');
  });

  it('refuses them in the public and signed-in forms and filters of the issue', async () => {
    const visitor = new TestBrowser(ctx.app);
    for (const bad of [NUL, LONE]) {
      expectFieldRefused(await visitor.post('/api/v1/auth/login', { username: `a${bad}b`, password: 'x' }), 'username');
      expectFieldRefused(await visitor.post('/api/v1/staff/auth/login', { username: `a${bad}b`, password: 'x' }), 'username');
      for (const url of ['/api/v1/procedures?q=', '/api/v1/legal-documents?q=', '/api/v1/legal-documents?issuer=', '/api/v1/questions?q=', '/api/v1/guides?locale=']) {
        const response = await visitor.get(`${url}${encodeURIComponent(`x${NUL}`)}`);
        expect(response.statusCode, url).toBe(400);
        expect(response.json().code, url).toBe('VALIDATION_FAILED');
      }
    }

    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    for (const bad of [NUL, LONE]) {
      expectFieldRefused(await citizen.patch('/api/v1/me', { fullName: `Nguyễn${bad}` }), 'fullName');
      expectFieldRefused(await citizen.patch('/api/v1/me', { address: `Số 1${bad}` }), 'address');
    }
    expectFieldRefused(await citizen.get(`/api/v1/dossiers?q=${encodeURIComponent(NUL)}`), 'q');
    const procedure = await ctx.prisma.procedure.findFirstOrThrow({ where: { serviceLevel: 'full_online', active: true }, select: { id: true } });
    const dossier = (await citizen.post('/api/v1/dossiers', { procedureId: procedure.id })).json() as { id: string; version: number };
    expectFieldRefused(await citizen.post('/api/v1/dossiers', { procedureId: procedure.id, applicant: { fullName: `An${NUL}` } }), 'applicant.fullName');
    expectFieldRefused(await citizen.post('/api/v1/dossiers', { procedureId: procedure.id, formData: { note: `x${LONE}` } }), 'formData.note');
    expectFieldRefused(await citizen.patch(`/api/v1/dossiers/${dossier.id}`, { version: dossier.version, formData: { [`k${NUL}`]: 'x' } }), `formData.k${NUL}`);

    const admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    expectFieldRefused(await admin.get(`/api/v1/admin/staff?q=${encodeURIComponent(NUL)}`), 'q');
    expectFieldRefused(await admin.request('PUT', '/api/v1/admin/calendar/2030', { days: [{ date: '2030-01-01', kind: 'holiday', name: `Tết${NUL}` }] }), 'days.0.name');
    expectFieldRefused(await admin.post('/api/v1/admin/fields', { code: 'X1', name: `Lĩnh vực${LONE}` }), 'name');
  });
});
