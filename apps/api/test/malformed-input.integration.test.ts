import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestBrowser, signedIn } from './helpers/browser.ts';
import { createTestApp, type TestContext } from './helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';
const b64 = (text: string) => Buffer.from(text).toString('base64url');
const json = (value: unknown) => b64(JSON.stringify(value));

/**
 * Ids that are no UUIDs and forged pagination cursors: a 400 naming the field in a query
 * or a body, the route's own 404 in a path, never a failed cast in PostgreSQL (500).
 */
describe('malformed ids and cursors', () => {
  let ctx: TestContext;
  let citizen: TestBrowser;
  let clerk: TestBrowser;
  let admin: TestBrowser;

  beforeAll(async () => {
    ctx = await createTestApp();
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    clerk = await signedIn(ctx.app, 'motcua', DEMO_PASSWORD, { staff: true });
    admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
  });
  afterAll(() => ctx.close());

  it('answers an id that is no UUID in a query or a body with 400 naming the field', async () => {
    const cases: [TestBrowser, string, string][] = [
      [new TestBrowser(ctx.app), '/api/v1/agencies?parentId=abc', 'parentId'],
      [new TestBrowser(ctx.app), '/api/v1/fields?agencyId=abc', 'agencyId'],
      [new TestBrowser(ctx.app), '/api/v1/questions?fieldId=abc', 'fieldId'],
      [new TestBrowser(ctx.app), '/api/v1/procedures?agencyId=abc', 'agencyId'],
      [admin, '/api/v1/admin/staff?agencyId=zzz', 'agencyId'],
      [admin, '/api/v1/admin/audit-events?agencyId=zzz', 'agencyId'],
      [admin, '/api/v1/admin/procedures?fieldId=zzz', 'fieldId'],
      [clerk, '/api/v1/staff/dossiers?procedureId=zzz', 'procedureId'],
      [clerk, '/api/v1/staff/dossiers?fieldId=zzz', 'fieldId'],
    ];
    for (const [browser, url, field] of cases) {
      const response = await browser.get(url);
      expect(response.statusCode, `${url} ${response.body}`).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'VALIDATION_FAILED', errors: { [field]: expect.any(String) } });
    }
    const created = await citizen.post('/api/v1/dossiers', { procedureId: 'abc' });
    expect(created.statusCode).toBe(400);
    expect(created.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { procedureId: expect.any(String) } });
    const invited = await admin.post('/api/v1/admin/staff', {
      username: 'canbomoi1', email: 'canbomoi1@example.vn', fullName: 'Lò Thị Hoa', position: 'Văn thư', agencyId: 'zzz', roles: ['clerk'],
    });
    expect(invited.statusCode).toBe(400);
    expect(invited.json()).toMatchObject({ code: 'VALIDATION_FAILED', errors: { agencyId: expect.any(String) } });
  });

  it('answers an id that is no UUID in a path exactly as an unknown id: the route’s own 404', async () => {
    const procedure = await ctx.prisma.procedure.findFirstOrThrow({ where: { serviceLevel: 'full_online', active: true }, select: { id: true } });
    const created = await citizen.post('/api/v1/dossiers', { procedureId: procedure.id });
    expect(created.statusCode, created.body).toBe(201);
    const dossier = created.json() as { id: string };
    const cases: [TestBrowser, 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', string, unknown, string][] = [
      [admin, 'GET', '/api/v1/admin/staff/{id}', undefined, 'STAFF_NOT_FOUND'],
      [admin, 'PATCH', '/api/v1/admin/staff/{id}', { position: 'Chuyên viên' }, 'STAFF_NOT_FOUND'],
      [admin, 'POST', '/api/v1/admin/staff/{id}/invitation', {}, 'STAFF_NOT_FOUND'],
      [admin, 'POST', '/api/v1/admin/staff/{id}/disable', {}, 'STAFF_NOT_FOUND'],
      [admin, 'POST', '/api/v1/admin/staff/{id}/enable', {}, 'STAFF_NOT_FOUND'],
      [citizen, 'GET', '/api/v1/dossiers/{id}', undefined, 'DOSSIER_NOT_FOUND'],
      [citizen, 'GET', '/api/v1/dossiers/{id}/history', undefined, 'DOSSIER_NOT_FOUND'],
      [citizen, 'GET', `/api/v1/dossiers/${dossier.id}/files/{id}`, undefined, 'DOSSIER_FILE_NOT_FOUND'],
      [clerk, 'GET', '/api/v1/staff/dossiers/{id}', undefined, 'DOSSIER_NOT_FOUND'],
      [new TestBrowser(ctx.app), 'GET', '/api/v1/agencies/{id}', undefined, 'NOT_FOUND'],
      [new TestBrowser(ctx.app), 'GET', '/api/v1/questions/{id}', undefined, 'QUESTION_NOT_FOUND'],
      [new TestBrowser(ctx.app), 'GET', '/api/v1/legal-documents/{id}', undefined, 'LEGAL_DOCUMENT_NOT_FOUND'],
      [admin, 'GET', '/api/v1/admin/legal-documents/{id}', undefined, 'LEGAL_DOCUMENT_NOT_FOUND'],
      [admin, 'GET', '/api/v1/admin/guides/{id}', undefined, 'GUIDE_NOT_FOUND'],
      [admin, 'GET', '/api/v1/admin/procedures/{id}', undefined, 'PROCEDURE_NOT_FOUND'],
      [admin, 'DELETE', `/api/v1/admin/procedures/${procedure.id}/components/{id}`, undefined, 'NOT_FOUND'],
    ];
    for (const [browser, method, template, body, code] of cases) {
      const malformed = await browser.request(method, template.replace('{id}', 'zzz'), body);
      const unknown = await browser.request(method, template.replace('{id}', randomUUID()), body);
      expect(unknown.json().code, `${method} ${template} (unknown id)`).toBe(code);
      expect(malformed.statusCode, `${method} ${template} ${malformed.body}`).toBe(404);
      expect(malformed.json(), template).toMatchObject({ code, status: 404 });
      expect(malformed.json().errors, template).toBeUndefined();
    }
    // A procedure is still found by its code as well as by its id
    const byId = await new TestBrowser(ctx.app).get(`/api/v1/procedures/${procedure.id}`);
    expect(byId.statusCode).toBe(200);
    expect((await new TestBrowser(ctx.app).get(`/api/v1/procedures/${byId.json().code}`)).statusCode).toBe(200);
    expect((await new TestBrowser(ctx.app).get('/api/v1/procedures/abc')).json().code).toBe('PROCEDURE_NOT_FOUND');
  });

  it('answers forged or damaged cursors with 400 on cursor', async () => {
    const id = randomUUID();
    const cases: [TestBrowser, string, string][] = [
      [new TestBrowser(ctx.app), '/api/v1/legal-documents', b64(`0|2025-13-45|${id}`)],
      [new TestBrowser(ctx.app), '/api/v1/legal-documents', json({ rank: 0, issuedOn: '2025-13-45', id })],
      [new TestBrowser(ctx.app), '/api/v1/legal-documents', json({ rank: 0, issuedOn: '2025-01-02', id: '-'.repeat(36) })],
      [new TestBrowser(ctx.app), '/api/v1/questions', b64('-'.repeat(36))],
      [new TestBrowser(ctx.app), '/api/v1/questions', json({ at: '2025-01-02T03:04:05.000Z', id: '-'.repeat(36) })],
      [new TestBrowser(ctx.app), '/api/v1/procedures?q=giay', json({ s: 'relevance', k: '1', i: '-'.repeat(36) })],
      [new TestBrowser(ctx.app), '/api/v1/procedures', json({ s: 'name', k: 'a\u0000', i: id })],
      [citizen, '/api/v1/dossiers', json({ v: 'garbage' })],
      [citizen, '/api/v1/dossiers', json({ v: 'garbage', id })],
      [citizen, '/api/v1/dossiers?sort=due', json({ v: '2025-13-45T00:00:00Z', id })],
      [citizen, '/api/v1/dossiers?sort=code', json({ v: 'x', id: '-'.repeat(36) })],
      [clerk, '/api/v1/staff/dossiers', json({ k1: 'garbage' })],
      [clerk, '/api/v1/staff/dossiers?sort=sent&order=desc', json({ s: 'sent', o: 'desc', k1: 'garbage', k2: null, id })],
      [clerk, '/api/v1/staff/dossiers?sort=due&order=asc', json({ s: 'due', o: 'asc', k1: '2025-13-45 00:00:00+00', k2: '2025-01-01 00:00:00+00', id })],
      [admin, '/api/v1/admin/procedures', json({ n: 'a', i: '-'.repeat(36) })],
      [admin, '/api/v1/admin/audit-events', '99999999999999999999'],
      [admin, '/api/v1/admin/audit-events', '9999999999999999999'],
    ];
    for (const [browser, url, cursor] of cases) {
      const response = await browser.get(`${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
      expect(response.statusCode, `${url} ${cursor} ${response.body}`).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'VALIDATION_FAILED', errors: { cursor: expect.any(String) } });
    }
  });

  it('accepts every cursor it makes: all pages of the administration’s procedure list', async () => {
    // Long procedure names make long cursors (the issue saw 274 characters on page 4)
    const first = await ctx.prisma.procedure.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], take: 3, select: { id: true } });
    const long = 'Thủ tục có tên rất dài '.repeat(43).slice(0, 990);
    for (const [index, { id }] of first.entries()) await ctx.prisma.procedure.update({ where: { id }, data: { name: `${long} ${index}` } });
    const seen = new Set<string>();
    let cursor: string | null = null;
    let longestCursor = 0;
    let total: number | null = null;
    for (let page = 0; page < 200; page++) {
      const response = await admin.get(`/api/v1/admin/procedures?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(response.statusCode, `page ${page + 1} ${response.body}`).toBe(200);
      const body = response.json() as { items: { id: string }[]; nextCursor: string | null; total: number | null };
      total ??= body.total;
      for (const item of body.items) seen.add(item.id);
      cursor = body.nextCursor;
      longestCursor = Math.max(longestCursor, cursor?.length ?? 0);
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(seen.size).toBe(total);
    expect(longestCursor).toBeGreaterThan(1000);

    // The public catalogue in alphabetical order, whose cursor holds the name too
    let publicCursor: string | null = null;
    let publicPages = 0;
    do {
      const response = await new TestBrowser(ctx.app).get(`/api/v1/procedures?sort=name&limit=3${publicCursor ? `&cursor=${publicCursor}` : ''}`);
      expect(response.statusCode, response.body).toBe(200);
      publicCursor = response.json().nextCursor;
      publicPages += 1;
    } while (publicCursor && publicPages < 200);
    expect(publicCursor).toBeNull();
  });
});
