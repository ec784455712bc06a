import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { bearer, bearerTokenFor, createTestApiClient } from '../../../test/api-client-kit.ts';
import { signedIn, TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';

const DEMO_PASSWORD = 'Demo@2025';

/** A test-only route answering the agencies a client may see (app.agencyScopeOf). */
function probes(app: FastifyInstance) {
  app.get('/api/v1/__probe/scope', { preHandler: app.requireClientScope('dossiers:read'), schema: { hide: true } }, async (request) => ({
    agencies: await app.agencyScopeOf(request.apiClient!),
  }));
}

describe('API clients administration (/api/v1/admin/api-clients) and client limits', () => {
  let ctx: TestContext;
  let soXayDung: string;
  let phuong: string;
  const staff = (username: string) => signedIn(ctx.app, username, DEMO_PASSWORD, { staff: true });
  const newClient = (overrides: Record<string, unknown> = {}) => ({ name: 'Phần mềm một cửa Sở Xây dựng', agencyId: soXayDung, scopes: ['dossiers:read', 'events:read'], ...overrides });

  beforeAll(async () => {
    ctx = await createTestApp({}, { extend: probes });
    const agencies = await ctx.prisma.user.findMany({ where: { username: { in: ['motcua', 'motcuaxa'] } }, select: { username: true, agencyId: true } });
    soXayDung = agencies.find((user) => user.username === 'motcua')!.agencyId!;
    phuong = agencies.find((user) => user.username === 'motcuaxa')!.agencyId!;
  });
  afterAll(() => ctx.close());

  it('refuses signed-out visitors, citizens, clerks and API clients', async () => {
    expect((await new TestBrowser(ctx.app).get('/api/v1/admin/api-clients')).statusCode).toBe(401);
    expect((await (await signedIn(ctx.app, 'congdan', DEMO_PASSWORD)).get('/api/v1/admin/api-clients')).statusCode).toBe(403);
    expect((await (await staff('motcua')).get('/api/v1/admin/api-clients')).statusCode).toBe(403);
    const client = await createTestApiClient(ctx.app);
    const token = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/admin/api-clients', headers: bearer(token) })).statusCode).toBe(401);
  });

  it('a system administrator creates a client: the secret is shown once and stored as argon2id; the change is audited', async () => {
    const admin = await staff('quantri');
    const created = await admin.post('/api/v1/admin/api-clients', newClient({ description: 'Nhận hồ sơ', rateLimitPerMinute: 120 }));
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    const { client, clientSecret } = created.json();
    expect(clientSecret).toMatch(/^cs_[\w-]{43}$/);
    expect(client).toMatchObject({
      clientId: expect.stringMatching(/^cli_[0-9a-f]{16}$/),
      name: 'Phần mềm một cửa Sở Xây dựng',
      description: 'Nhận hồ sơ',
      agency: { id: soXayDung, name: expect.any(String) },
      scopes: ['dossiers:read', 'events:read'],
      rateLimitPerMinute: 120,
      status: 'active',
      revision: 1,
      lastUsedAt: null,
      secrets: [{ hint: `${clientSecret.slice(0, 7)}…`, expiresAt: null, active: true }],
    });
    // Never again: not in the list nor in the client
    const fetched = await admin.get(`/api/v1/admin/api-clients/${client.id}`);
    expect(fetched.body).not.toContain(clientSecret);
    expect((await admin.get('/api/v1/admin/api-clients')).body).not.toContain(clientSecret);
    const stored = await ctx.prisma.apiClientSecret.findFirstOrThrow({ where: { apiClientId: client.id } });
    expect(stored.secretHash).toMatch(/^\$argon2id\$/);

    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'api_client.create', entityId: client.id } });
    expect(audit).toMatchObject({ entityType: 'api_client', agencyId: soXayDung, actorName: 'quantri' });
    expect(JSON.stringify(audit.after)).not.toContain(clientSecret);

    // It works, and the admin page shows its last use
    await bearerTokenFor(ctx.app, client.clientId, clientSecret);
    expect((await admin.get(`/api/v1/admin/api-clients/${client.id}`)).json().lastUsedAt).not.toBeNull();

    // A province-wide client
    const province = await admin.post('/api/v1/admin/api-clients', newClient({ agencyId: null, name: 'Cổng DVC quốc gia' }));
    expect(province.statusCode, province.body).toBe(201);
    expect(province.json().client.agency).toBeNull();
  });

  it('validates the request', async () => {
    const admin = await staff('quantri');
    for (const body of [newClient({ scopes: [] }), newClient({ scopes: ['root'] }), newClient({ name: '' }), newClient({ rateLimitPerMinute: 0 }), newClient({ agencyId: '0190d1c3-8a8f-7000-8000-000000000000' })]) {
      const response = await admin.post('/api/v1/admin/api-clients', body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().code).toBe('VALIDATION_FAILED');
    }
    expect((await admin.get('/api/v1/admin/api-clients/0190d1c3-8a8f-7000-8000-000000000000')).json().code).toBe('API_CLIENT_NOT_FOUND');
  });

  it('an agency administrator manages only clients of their agency and its units, never province-wide ones', async () => {
    const system = await staff('quantri');
    const other = (await system.post('/api/v1/admin/api-clients', newClient({ agencyId: phuong, name: 'UBND phường' }))).json().client;
    const province = (await system.post('/api/v1/admin/api-clients', newClient({ agencyId: null, name: 'Toàn tỉnh' }))).json().client;

    const admin = await staff('quantrixd');
    expect((await admin.post('/api/v1/admin/api-clients', newClient({ agencyId: null }))).json().code).toBe('ADMIN_AGENCY_SCOPE');
    expect((await admin.post('/api/v1/admin/api-clients', newClient({ agencyId: phuong }))).json().code).toBe('ADMIN_AGENCY_SCOPE');
    const own = await admin.post('/api/v1/admin/api-clients', newClient({ name: 'Của Sở' }));
    expect(own.statusCode, own.body).toBe(201);

    const list = (await admin.get('/api/v1/admin/api-clients')).json().items as { id: string; agency: { id: string } | null }[];
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((item) => item.agency?.id === soXayDung)).toBe(true);
    expect((await admin.get(`/api/v1/admin/api-clients?agencyId=${phuong}`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
    for (const target of [other, province]) {
      expect((await admin.get(`/api/v1/admin/api-clients/${target.id}`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
      expect((await admin.patch(`/api/v1/admin/api-clients/${target.id}`, { name: 'X', revision: target.revision })).json().code).toBe('ADMIN_AGENCY_SCOPE');
      expect((await admin.post(`/api/v1/admin/api-clients/${target.id}/rotate-secret`, {})).json().code).toBe('ADMIN_AGENCY_SCOPE');
      expect((await admin.post(`/api/v1/admin/api-clients/${target.id}/revoke`)).json().code).toBe('ADMIN_AGENCY_SCOPE');
    }
    // The system administrator sees them all
    const all = (await system.get('/api/v1/admin/api-clients')).json().items.map((item: { id: string }) => item.id);
    expect(all).toEqual(expect.arrayContaining([other.id, province.id, own.json().client.id]));
  });

  it('updates with the revision check, rotates and revokes — each audited', async () => {
    const admin = await staff('quantrixd');
    const { client } = (await admin.post('/api/v1/admin/api-clients', newClient())).json();
    const updated = await admin.patch(`/api/v1/admin/api-clients/${client.id}`, { scopes: ['events:read'], rateLimitPerMinute: 30, revision: client.revision });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ scopes: ['events:read'], rateLimitPerMinute: 30, revision: 2 });
    const stale = await admin.patch(`/api/v1/admin/api-clients/${client.id}`, { name: 'Cũ', revision: client.revision });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'VERSION_CONFLICT', details: { revision: 2 } });
    expect((await admin.patch(`/api/v1/admin/api-clients/${client.id}`, { revision: 2 })).statusCode).toBe(400);

    const rotated = await admin.post(`/api/v1/admin/api-clients/${client.id}/rotate-secret`);
    expect(rotated.statusCode, rotated.body).toBe(200);
    const secrets = rotated.json().client.secrets as { expiresAt: string | null }[];
    expect(secrets).toHaveLength(2);
    // The default overlap is 24 hours
    expect(Math.round((Date.parse(secrets[1]!.expiresAt!) - Date.now()) / 3600_000)).toBe(24);

    const revoked = await admin.post(`/api/v1/admin/api-clients/${client.id}/revoke`);
    expect(revoked.json()).toMatchObject({ status: 'revoked', revokedAt: expect.any(String) });
    expect((revoked.json().secrets as { active: boolean }[]).every((secret) => !secret.active)).toBe(true);
    expect((await admin.patch(`/api/v1/admin/api-clients/${client.id}`, { name: 'X', revision: revoked.json().revision })).json().code).toBe('API_CLIENT_REVOKED');
    expect((await admin.post(`/api/v1/admin/api-clients/${client.id}/rotate-secret`, {})).json().code).toBe('API_CLIENT_REVOKED');
    expect((await admin.get(`/api/v1/admin/api-clients?status=revoked`)).json().items.map((item: { id: string }) => item.id)).toContain(client.id);

    const actions = await ctx.prisma.auditEvent.findMany({ where: { entityType: 'api_client', entityId: client.id }, orderBy: { id: 'asc' }, select: { action: true, actorName: true, agencyId: true } });
    expect(actions.map((row) => row.action)).toEqual(['api_client.create', 'api_client.update', 'api_client.rotate_secret', 'api_client.revoke']);
    expect(actions.every((row) => row.actorName === 'quantrixd' && row.agencyId === soXayDung)).toBe(true);
  });

  it('a client sees its agency and its units; a province-wide client every agency; other scopes are 403', async () => {
    const agencyClient = await createTestApiClient(ctx.app, { agencyId: soXayDung, scopes: ['dossiers:read'] });
    const agencyToken = await bearerTokenFor(ctx.app, agencyClient.clientId, agencyClient.secret);
    const seen = (await ctx.app.inject({ method: 'GET', url: '/api/v1/__probe/scope', headers: bearer(agencyToken) })).json().agencies as string[];
    expect(seen).toContain(soXayDung);
    expect(seen).not.toContain(phuong);
    const province = await createTestApiClient(ctx.app, { scopes: ['dossiers:read'] });
    const provinceToken = await bearerTokenFor(ctx.app, province.clientId, province.secret);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/__probe/scope', headers: bearer(provinceToken) })).json()).toEqual({ agencies: null });

    // A real client route (the event feed) needs events:read
    const feed = await ctx.app.inject({ method: 'GET', url: '/api/v1/events', headers: bearer(agencyToken) });
    expect(feed.statusCode, feed.body).toBe(403);
    expect(feed.json().code).toBe('INSUFFICIENT_SCOPE');
  });

  it('every Bearer answer carries RateLimit-Policy and RateLimit; past the client’s limit 429 with Retry-After', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['dossiers:read'], rateLimitPerMinute: 3 });
    const token = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    const call = () => ctx.app.inject({ method: 'GET', url: '/api/v1/__probe/scope', headers: bearer(token) });
    const answers = [await call(), await call(), await call(), await call()];
    expect(answers.map((answer) => answer.statusCode)).toEqual([200, 200, 200, 429]);
    for (const [index, answer] of answers.entries()) {
      expect(answer.headers['ratelimit-policy']).toBe('"client";q=3;w=60');
      expect(answer.headers.ratelimit).toMatch(new RegExp(`^"client";r=${Math.max(0, 2 - index)};t=\\d+$`));
    }
    const refused = answers[3]!;
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json().code).toBe('RATE_LIMITED');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
    // Counted per client: another client of the same IP is not limited
    const other = await createTestApiClient(ctx.app, { scopes: ['dossiers:read'] });
    const otherToken = await bearerTokenFor(ctx.app, other.clientId, other.secret);
    const answer = await ctx.app.inject({ method: 'GET', url: '/api/v1/__probe/scope', headers: bearer(otherToken) });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['ratelimit-policy']).toBe('"client";q=600;w=60');
  });
});
