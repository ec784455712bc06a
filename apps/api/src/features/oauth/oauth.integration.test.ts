import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { basicAuth, bearer, bearerTokenFor, createTestApiClient, DEMO_INTEGRATOR } from '../../../test/api-client-kit.ts';
import { signedIn, TestBrowser } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { TOKEN_LIMITS } from './routes.ts';

const DEMO_PASSWORD = 'Demo@2025';
const TOKEN_URL = '/api/v1/oauth/token';

/** Test-only routes guarded like real client routes (requireClientScope) */
function probes(app: FastifyInstance) {
  const ok = async (request: { apiClient: unknown; user: unknown }) => ({ client: request.apiClient, user: request.user });
  app.get('/api/v1/__probe/events', { preHandler: app.requireClientScope('events:read'), schema: { hide: true } }, ok);
  app.get('/api/v1/__probe/dossiers', { preHandler: app.requireClientScope('dossiers:read'), schema: { hide: true } }, ok);
  app.post('/api/v1/__probe/submit', { preHandler: app.requireClientScope('dossiers:submit'), schema: { hide: true } }, ok);
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

describe('OAuth 2.0 client credentials (POST /api/v1/oauth/token) and Bearer requests', () => {
  let ctx: TestContext;
  const token = (payload: string | object, headers: Record<string, string> = {}) =>
    ctx.app.inject({
      method: 'POST',
      url: TOKEN_URL,
      headers: { 'content-type': typeof payload === 'string' ? 'application/x-www-form-urlencoded' : 'application/json', ...headers },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  const probe = (path: string, accessToken: string, method: 'GET' | 'POST' = 'GET') =>
    ctx.app.inject({ method, url: `/api/v1/__probe/${path}`, headers: bearer(accessToken) });

  beforeAll(async () => {
    ctx = await createTestApp({}, { extend: probes });
  });
  afterAll(() => ctx.close());

  it('client_secret_basic with a form body answers a short-lived Bearer JWT with every granted scope, no-store', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read', 'dossiers:read'] });
    const response = await token(form({ grant_type: 'client_credentials' }), { authorization: basicAuth(client.clientId, client.secret) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 900, scope: 'events:read dossiers:read' });
    const [header, payload] = (body.access_token as string).split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
    expect(header).toMatchObject({ alg: 'HS256', typ: 'at+jwt' });
    expect(payload).toMatchObject({ typ: 'client', sub: client.id, client_id: client.clientId, scope: 'events:read dossiers:read' });
    expect((payload!.exp as number) - (payload!.iat as number)).toBe(900);

    const answer = await probe('events', body.access_token);
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json()).toEqual({
      client: { id: client.id, clientId: client.clientId, name: expect.any(String), agencyId: null, scopes: ['events:read', 'dossiers:read'], rateLimitPerMinute: 600 },
      user: null,
    });

    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'oauth.token.issue', actorClientId: client.id } });
    expect(audit).toMatchObject({ entityType: 'api_client', entityId: client.id, metadata: { method: 'client_secret_basic', scopes: ['events:read', 'dossiers:read'] } });
    const row = await ctx.prisma.apiClient.findUniqueOrThrow({ where: { id: client.id }, include: { secrets: true } });
    expect(row.lastUsedAt).not.toBeNull();
    expect(row.secrets[0]!.lastUsedAt).not.toBeNull();
  });

  it('client_secret_post works with a JSON body and with a form body', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    const json = await token({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret });
    expect(json.statusCode, json.body).toBe(200);
    const post = await token(form({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.secret }));
    expect(post.statusCode, post.body).toBe(200);
    expect((await probe('events', post.json().access_token)).statusCode).toBe(200);
    const audit = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'oauth.token.issue', actorClientId: client.id } });
    expect(audit.metadata).toMatchObject({ method: 'client_secret_post' });
  });

  it('the demo seed’s demo-integrator gets a token with every scope', async () => {
    const response = await token(form({ grant_type: 'client_credentials' }), { authorization: basicAuth(DEMO_INTEGRATOR.clientId, DEMO_INTEGRATOR.secret) });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().scope.split(' ').sort()).toEqual(['catalogue:read', 'dossiers:process', 'dossiers:read', 'dossiers:submit', 'events:read', 'webhooks:manage']);
  });

  it('refusals are problems that also carry the RFC 6749 error member', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    const grant = form({ grant_type: 'client_credentials' });

    const wrong = await token(grant, { authorization: basicAuth(client.clientId, `${client.secret}x`) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic /);
    expect(wrong.headers['cache-control']).toBe('no-store');
    expect(wrong.json()).toMatchObject({ status: 401, code: 'OAUTH_INVALID_CLIENT', error: 'invalid_client' });
    const failure = await ctx.prisma.auditEvent.findFirstOrThrow({ where: { action: 'oauth.token.failure', actorClientId: client.id } });
    expect(failure.metadata).toMatchObject({ reason: 'wrong_secret', clientId: client.clientId });

    const unknown = await token(grant, { authorization: basicAuth('cli_nobody', client.secret) });
    expect(unknown.json()).toMatchObject({ status: 401, error: 'invalid_client' });
    expect((await token(grant)).json()).toMatchObject({ status: 401, error: 'invalid_client' });

    const cases: [string | object, Record<string, string>, number, string][] = [
      [form({}), { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_request'],
      [form({ grant_type: 'password' }), { authorization: basicAuth(client.clientId, client.secret) }, 400, 'unsupported_grant_type'],
      [`${grant}&grant_type=client_credentials`, { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_request'],
      [form({ grant_type: 'client_credentials', client_secret: client.secret }), { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_request'],
      [{ grant_type: 42 }, { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_request'],
      [form({ grant_type: 'client_credentials', scope: 'dossiers:read' }), { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_scope'],
      [form({ grant_type: 'client_credentials', scope: 'root' }), { authorization: basicAuth(client.clientId, client.secret) }, 400, 'invalid_scope'],
    ];
    for (const [payload, headers, status, error] of cases) {
      const response = await token(payload, headers);
      expect(response.statusCode, `${JSON.stringify(payload)} ${response.body}`).toBe(status);
      expect(response.json()).toMatchObject({ error, type: expect.any(String), title: expect.any(String) });
    }
  });

  it('scope narrows the token to a subset of the granted scopes; a scope outside the token is 403 INSUFFICIENT_SCOPE', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read', 'dossiers:read'] });
    const narrow = await bearerTokenFor(ctx.app, client.clientId, client.secret, 'events:read');
    expect((await probe('events', narrow)).statusCode).toBe(200);
    const refused = await probe('dossiers', narrow);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('INSUFFICIENT_SCOPE');
    expect(refused.headers['www-authenticate']).toContain('error="insufficient_scope"');
    const full = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    expect((await probe('dossiers', full)).statusCode).toBe(200);
    // A scope removed from the client applies to tokens already issued
    await ctx.prisma.apiClient.update({ where: { id: client.id }, data: { scopes: ['events:read'] } });
    expect((await probe('dossiers', full)).json().code).toBe('INSUFFICIENT_SCOPE');
  });

  it('a revoked client’s tokens are refused at once, and it gets no new token', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    const issued = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    expect((await probe('events', issued)).statusCode).toBe(200);
    const admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    expect((await admin.post(`/api/v1/admin/api-clients/${client.id}/revoke`)).statusCode).toBe(200);
    const refused = await probe('events', issued);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('INVALID_TOKEN');
    expect(refused.headers['www-authenticate']).toContain('error="invalid_token"');
    const again = await token(form({ grant_type: 'client_credentials' }), { authorization: basicAuth(client.clientId, client.secret) });
    expect(again.json()).toMatchObject({ status: 401, error: 'invalid_client' });
  });

  it('after a rotation both secrets work during the overlap; the old one ends with it', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    const admin = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    const rotated = await admin.post(`/api/v1/admin/api-clients/${client.id}/rotate-secret`, { overlapHours: 1 });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const newSecret = rotated.json().clientSecret as string;
    expect(newSecret).toMatch(/^cs_[\w-]{43}$/);
    await bearerTokenFor(ctx.app, client.clientId, client.secret);
    await bearerTokenFor(ctx.app, client.clientId, newSecret);
    const secrets = rotated.json().client.secrets as { active: boolean; expiresAt: string | null }[];
    expect(secrets.map((secret) => secret.active)).toEqual([true, true]);
    expect(secrets[0]!.expiresAt).toBeNull();
    expect(Date.parse(secrets[1]!.expiresAt!) - Date.now()).toBeGreaterThan(3500_000);

    // The overlap is over
    await ctx.prisma.apiClientSecret.updateMany({ where: { apiClientId: client.id, expiresAt: { not: null } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(bearerTokenFor(ctx.app, client.clientId, client.secret)).rejects.toThrow(/invalid_client/);
    await bearerTokenFor(ctx.app, client.clientId, newSecret);

    // overlapHours 0: the current secret ends at once
    const again = (await admin.post(`/api/v1/admin/api-clients/${client.id}/rotate-secret`, { overlapHours: 0 })).json();
    await expect(bearerTokenFor(ctx.app, client.clientId, newSecret)).rejects.toThrow(/invalid_client/);
    await bearerTokenFor(ctx.app, client.clientId, again.clientSecret);
  });

  it('a client token is not a session, and a session is not a client token', async () => {
    const client = await createTestApiClient(ctx.app);
    const accessToken = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    // Cookie-only routes answer 401 to a Bearer request
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });
    expect(me.statusCode).toBe(401);
    // A staff session (cookie) does not pass requireClientScope…
    const staff = await signedIn(ctx.app, 'quantri', DEMO_PASSWORD, { staff: true });
    const cookie = await staff.get('/api/v1/__probe/events');
    expect(cookie.statusCode).toBe(401);
    expect(cookie.json().code).toBe('UNAUTHENTICATED');
    // …nor does its access token sent as a Bearer token (another key, another type)
    const sessionJwt = staff.cookie('access_token')!;
    const asBearer = await probe('events', sessionJwt);
    expect(asBearer.statusCode).toBe(401);
    expect(asBearer.json().code).toBe('INVALID_TOKEN');
    // A Bearer request with the session cookie too is still no signed-in user
    const both = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { ...bearer(accessToken), cookie: `access_token=${sessionJwt}` } });
    expect(both.statusCode).toBe(401);
    // The client token as the session cookie is no session either
    const forged = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: `access_token=${accessToken}` } });
    expect(forged.statusCode).toBe(401);
    // Garbage and an empty Bearer are invalid tokens
    expect((await probe('events', 'not-a-jwt')).json().code).toBe('INVALID_TOKEN');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/__probe/events', headers: { authorization: 'Bearer' } })).statusCode).toBe(401);
  });

  it('Bearer writes need no CSRF token; cookie writes still do', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['dossiers:submit'] });
    const accessToken = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    const response = await probe('submit', accessToken, 'POST');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['set-cookie']).toBeUndefined();
    const citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    const withoutCsrf = await citizen.request('POST', '/api/v1/__probe/submit', undefined, { csrf: false });
    expect(withoutCsrf.json().code).toBe('CSRF_INVALID');
    const anonymous = await new TestBrowser(ctx.app).get('/api/v1/__probe/submit');
    expect(anonymous.statusCode).toBe(404);
  });

  it(`token requests are limited per client id (${TOKEN_LIMITS.perClientPerMinute} a minute)`, async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['events:read'] });
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= TOKEN_LIMITS.perClientPerMinute; attempt++) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: TOKEN_URL,
        remoteAddress: `10.9.${attempt}.1`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuth(client.clientId, 'wrong') },
        payload: form({ grant_type: 'client_credentials' }),
      });
      statuses.push(response.statusCode);
      if (response.statusCode === 429) {
        expect(response.json().code).toBe('RATE_LIMITED');
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      }
    }
    expect(statuses.slice(0, TOKEN_LIMITS.perClientPerMinute).every((status) => status === 401)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});
