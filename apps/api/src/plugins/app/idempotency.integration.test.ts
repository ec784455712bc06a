import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TProcedureDetail } from '@portal/domain';
import { TestBrowser, signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { samplePdf } from '../../../test/fixtures/upload-samples.ts';
import { BUILDING_PERMIT, DEMO_PASSWORD, createDossier, freshDataDir, multipart, procedureOf } from '../../features/dossiers/dossier-test-kit.ts';
import type { FastifyRequest } from 'fastify';
import { IDEMPOTENCY_TTL_MS, callerKeyOf, parseIdempotencyKey } from './idempotency.ts';
import { basicAuth, bearer, bearerTokenFor, createTestApiClient } from '../../../test/api-client-kit.ts';
import { hashGuestToken } from '../../features/dossiers/access.ts';

let counter = 0;
/** A fresh key per test: keys are per caller and remembered for 24 hours. */
const newKey = () => `test-${Date.now().toString(36)}-${(counter += 1)}-${Math.random().toString(36).slice(2)}`;

describe('parseIdempotencyKey', () => {
  it('accepts the sf-string of the draft and a bare value, and refuses the rest', () => {
    expect(parseIdempotencyKey('"8e03978e-40d5-43e8-bc93-6894a57f9324"')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('8e03978e-40d5-43e8-bc93-6894a57f9324')).toBe('8e03978e-40d5-43e8-bc93-6894a57f9324');
    expect(parseIdempotencyKey('"a \\"quoted\\" \\\\ key"')).toBe('a "quoted" \\ key');
    expect(parseIdempotencyKey('x'.repeat(255))).toBe('x'.repeat(255));
    for (const bad of ['', '""', '"open', '"a"b', '"a\\x"', 'two words', 'a, b', '"a", "b"', 'x'.repeat(256), 'khóa', '"tab\there"']) {
      expect(parseIdempotencyKey(bad), bad).toBeNull();
    }
  });
});

describe('callerKeyOf', () => {
  const request = (fields: { apiClient?: { id: string } | null; user?: { id: string } | null; headers?: Record<string, string> }) =>
    ({ apiClient: null, user: null, headers: {}, ...fields }) as unknown as FastifyRequest;
  const guestToken = 'g'.repeat(43);

  it('names the Bearer client, else the guest token, else the account, else anonymous (apart by other credentials)', () => {
    expect(callerKeyOf(request({ apiClient: { id: 'c1' }, headers: { 'x-guest-token': guestToken } }))).toBe('client:c1');
    expect(callerKeyOf(request({ user: { id: 'u1' }, headers: { 'x-guest-token': guestToken } }))).toBe(`guest:${hashGuestToken(guestToken)}`);
    expect(callerKeyOf(request({ headers: { authorization: `Guest ${guestToken}` } }))).toBe(`guest:${hashGuestToken(guestToken)}`);
    expect(callerKeyOf(request({ user: { id: 'u1' } }))).toBe('user:u1');
    expect(callerKeyOf(request({}))).toBe('anonymous');
    // Basic credentials of the token endpoint are checked by its handler: they set the caller apart
    const basic = `Basic ${Buffer.from('demo-integrator:secret').toString('base64')}`;
    expect(callerKeyOf(request({ headers: { authorization: basic } }))).toMatch(/^anonymous:[0-9a-f]{64}$/);
    expect(callerKeyOf(request({ headers: { authorization: basic } }))).not.toBe(callerKeyOf(request({ headers: { authorization: `${basic}x` } })));
  });
});

describe('Idempotency-Key on POST', () => {
  let ctx: TestContext;
  let dataDir: string;
  let permit: TProcedureDetail;
  let citizen: TestBrowser;
  let otherCitizen: TestBrowser;
  let citizenId: string;

  beforeAll(async () => {
    dataDir = await freshDataDir();
    ctx = await createTestApp({ DATA_DIR: dataDir, CAPTCHA_DISABLED: 'true' });
    permit = await procedureOf(ctx.app, BUILDING_PERMIT);
    citizen = await signedIn(ctx.app, 'congdan', DEMO_PASSWORD);
    otherCitizen = await signedIn(ctx.app, 'congdan2', DEMO_PASSWORD);
    citizenId = (await citizen.get('/api/v1/me')).json().id;
  });
  afterAll(async () => {
    await ctx.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const dossierCount = () => ctx.prisma.dossier.count({ where: { ownerId: citizenId } });
  const create = (browser: TestBrowser, key: string | null, body: Record<string, unknown> = { procedureId: permit.id }) =>
    browser.request('POST', '/api/v1/dossiers', body, { headers: key === null ? {} : { 'idempotency-key': key } });

  it('creates one dossier for the same key twice; the second answer is the first one, replayed', async () => {
    const before = await dossierCount();
    const key = newKey();
    const first = await create(citizen, `"${key}"`);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    // The bare form names the same key
    const second = await create(citizen, key);
    expect(second.statusCode, second.body).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.headers['set-cookie']).toBeUndefined();
    expect(second.body).toBe(first.body);
    expect(await dossierCount()).toBe(before + 1);
    const record = await ctx.prisma.idempotencyRecord.findUniqueOrThrow({ where: { callerKey_key: { callerKey: `user:${citizenId}`, key } } });
    expect(record).toMatchObject({ state: 'completed', method: 'POST', path: '/api/v1/dossiers', responseStatus: 201 });
    expect(record.expiresAt.getTime() - record.createdAt.getTime()).toBe(IDEMPOTENCY_TTL_MS);
  });

  it('refuses the same key with another body (422 IDEMPOTENCY_KEY_REUSED), and on another path', async () => {
    const key = newKey();
    expect((await create(citizen, key)).statusCode).toBe(201);
    const before = await dossierCount();
    const other = await create(citizen, key, { procedureId: permit.id, applicant: { phone: '0987654321' } });
    expect(other.statusCode, other.body).toBe(422);
    expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(other.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', status: 422 });
    const elsewhere = await citizen.request('POST', '/api/v1/auth/logout', {}, { headers: { 'idempotency-key': key } });
    expect(elsewhere.json().code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await dossierCount()).toBe(before);
  });

  it('answers 409 IDEMPOTENCY_KEY_IN_USE while the first request runs, and takes over a stale one', async () => {
    const key = newKey();
    const first = await create(citizen, key);
    expect(first.statusCode).toBe(201);
    const where = { callerKey_key: { callerKey: `user:${citizenId}`, key } };
    // As if it were still running
    await ctx.prisma.idempotencyRecord.update({ where, data: { state: 'running', responseStatus: null, responseBody: null, createdAt: new Date() } });
    const before = await dossierCount();
    const busy = await create(citizen, key);
    expect(busy.statusCode, busy.body).toBe(409);
    expect(busy.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_USE' });
    expect(busy.headers['retry-after']).toBe('1');
    expect(await dossierCount()).toBe(before);
    // Its process died long ago (older than twice REQUEST_TIMEOUT_MS): the retry runs it
    await ctx.prisma.idempotencyRecord.update({ where, data: { createdAt: new Date(Date.now() - 2 * ctx.config.requestTimeoutMs - 1000) } });
    const retried = await create(citizen, key);
    expect(retried.statusCode, retried.body).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBeUndefined();
    expect(await dossierCount()).toBe(before + 1);
    expect((await create(citizen, key)).headers['idempotent-replayed']).toBe('true');
  });

  it('runs two concurrent requests with one key once', async () => {
    const before = await dossierCount();
    const key = newKey();
    const answers = await Promise.all([create(citizen, key), create(citizen, key)]);
    const statuses = answers.map((answer) => answer.statusCode).sort();
    // Either the second found the first running (409), or it came after it and was replayed
    if (statuses.includes(409)) expect(statuses).toEqual([201, 409]);
    else expect(answers.map((answer) => answer.headers['idempotent-replayed'] ?? 'no').sort()).toEqual(['no', 'true']);
    expect(await dossierCount()).toBe(before + 1);
  });

  it('keeps the keys of every caller apart', async () => {
    const key = newKey();
    const mine = await create(citizen, key);
    const theirs = await create(otherCitizen, key);
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
  });

  it('does not keep refusals before the handler (validation, authentication) nor its 404: the key can be retried', async () => {
    const key = newKey();
    const invalid = await create(citizen, key, { procedureId: 'not-an-id' });
    expect(invalid.statusCode).toBe(400);
    const unknown = await create(citizen, key, { procedureId: '0190b5a8-0000-7000-8000-000000000000' });
    expect(unknown.statusCode, unknown.body).toBe(404);
    const anonymous = await new TestBrowser(ctx.app).request('POST', '/api/v1/dossiers', { procedureId: permit.id }, { headers: { 'idempotency-key': key } });
    expect(anonymous.statusCode).toBe(401);
    const before = await dossierCount();
    const fixed = await create(citizen, key);
    expect(fixed.statusCode, fixed.body).toBe(201);
    expect(fixed.headers['idempotent-replayed']).toBeUndefined();
    expect(await dossierCount()).toBe(before + 1);
  });

  it('forgets a key after 24 hours (expired records are ignored, then swept)', async () => {
    const key = newKey();
    expect((await create(citizen, key)).statusCode).toBe(201);
    const where = { callerKey_key: { callerKey: `user:${citizenId}`, key } };
    await ctx.prisma.idempotencyRecord.update({ where, data: { expiresAt: new Date(Date.now() - 1000) } });
    const before = await dossierCount();
    const again = await create(citizen, key, { procedureId: permit.id, applicant: { phone: '0987654321' } });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(await dossierCount()).toBe(before + 1);

    await ctx.prisma.idempotencyRecord.update({ where, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await ctx.app.idempotency.sweepExpired()).toBeGreaterThanOrEqual(1);
    expect(await ctx.prisma.idempotencyRecord.findUnique({ where })).toBeNull();
  });

  it('uploads one file when a multipart upload is retried with the same key (even with another boundary)', async () => {
    const dossier = await createDossier(citizen, permit);
    const component = permit.components.find((candidate) => candidate.required)!;
    const { payload, headers } = multipart({ componentId: component.id }, { name: 'giay-to.pdf', content: await samplePdf() });
    const key = newKey();
    const url = `/api/v1/dossiers/${dossier.id}/files`;
    const first = await citizen.request('POST', url, payload, { headers: { ...headers, 'idempotency-key': key } });
    expect(first.statusCode, first.body).toBe(201);
    // The same parts under a new boundary of the same length (what a client library re-encoding the retry sends)
    const boundary = headers['content-type'].split('boundary=')[1]!;
    const otherBoundary = 'x'.repeat(boundary.length);
    const reencoded = Buffer.from(payload.toString('latin1').replaceAll(boundary, otherBoundary), 'latin1');
    const second = await citizen.request('POST', url, reencoded, {
      headers: { 'content-type': `multipart/form-data; boundary=${otherBoundary}`, 'idempotency-key': key },
    });
    expect(second.statusCode, second.body).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(await ctx.prisma.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(1);
    // Another file (another length) under the key: refused
    const { payload: otherFile, headers: otherHeaders } = multipart({ componentId: component.id }, { name: 'khac.pdf', content: Buffer.concat([await samplePdf(), Buffer.from('\n')]) });
    const reused = await citizen.request('POST', url, otherFile, { headers: { ...otherHeaders, 'idempotency-key': key } });
    expect(reused.statusCode, reused.body).toBe(422);
    expect(await ctx.prisma.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(1);
  });

  it('serves guests: an anonymous guest creation is replayed with its token, and the guest token holder has keys of its own', async () => {
    const key = newKey();
    const body = {
      procedureId: permit.id,
      email: 'khach.idempotency@example.vn',
      captcha: 'test-captcha',
      applicant: { fullName: 'Lê Thị Khách', idNumber: '011190001234', phone: '0987654321', address: 'Bản Him Lam, phường Him Lam' },
      formData: permit.sampleFormData ?? {},
    };
    const send = () => new TestBrowser(ctx.app).request('POST', '/api/v1/guest-dossiers', JSON.stringify(body), {
      headers: { 'content-type': 'application/json', 'idempotency-key': key },
    });
    const guestCount = () => ctx.prisma.dossier.count({ where: { ownerId: null } });
    const before = await guestCount();
    const first = await send();
    expect(first.statusCode, first.body).toBe(201);
    const retried = await send();
    expect(retried.statusCode).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.json().guestToken).toBe(first.json().guestToken);
    expect(await guestCount()).toBe(before + 1);
    expect((await ctx.prisma.idempotencyRecord.findUniqueOrThrow({ where: { callerKey_key: { callerKey: 'anonymous', key } } })).state).toBe('completed');

    // The guest, by its token: the same key is its own
    const { dossier, guestToken } = first.json() as { dossier: { id: string }; guestToken: string };
    const component = permit.components.find((candidate) => candidate.required)!;
    const { payload, headers } = multipart({ componentId: component.id }, { name: 'khach.pdf', content: await samplePdf() });
    const upload = () =>
      ctx.app.inject({ method: 'POST', url: `/api/v1/dossiers/${dossier.id}/files`, payload, headers: { ...headers, 'x-guest-token': guestToken, 'idempotency-key': key } });
    expect((await upload()).statusCode).toBe(201);
    const again = await upload();
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await ctx.prisma.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(1);
    expect(await ctx.prisma.idempotencyRecord.count({ where: { key, callerKey: { startsWith: 'guest:' } } })).toBe(1);
  });

  it('serves Bearer clients: one dossier for a submission sent twice, keys apart from other clients', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['dossiers:submit'] });
    const token = await bearerTokenFor(ctx.app, client.clientId, client.secret);
    const key = newKey();
    const body = {
      procedureId: permit.id,
      applicant: { fullName: 'Lê Thị Khách', idNumber: '011190001234', phone: '0987654321', address: 'Bản Him Lam, phường Him Lam', email: 'khach.may@example.vn' },
      formData: permit.sampleFormData ?? {},
    };
    const submit = (authorization: Record<string, string>) =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/integrations/dossiers', payload: body, headers: { ...authorization, 'idempotency-key': key } });
    const first = await submit(bearer(token));
    expect(first.statusCode, first.body).toBe(201);
    const second = await submit(bearer(await bearerTokenFor(ctx.app, client.clientId, client.secret)));
    expect(second.statusCode).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body).toBe(first.body);
    expect(await ctx.prisma.dossier.count({ where: { submittedByClientId: client.id } })).toBe(1);
    expect(await ctx.prisma.idempotencyRecord.count({ where: { key, callerKey: `client:${client.id}` } })).toBe(1);

    const other = await createTestApiClient(ctx.app, { scopes: ['dossiers:submit'] });
    const theirs = await submit(bearer(await bearerTokenFor(ctx.app, other.clientId, other.secret)));
    expect(theirs.statusCode, theirs.body).toBe(201);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('does not keep access tokens (no-store), nor would hand one to a token request without its credentials', async () => {
    const client = await createTestApiClient(ctx.app, { scopes: ['dossiers:read'] });
    const key = newKey();
    const requestToken = (authorization: string) =>
      ctx.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        payload: 'grant_type=client_credentials',
        headers: { authorization, 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': key },
      });
    const first = await requestToken(basicAuth(client.clientId, client.secret));
    expect(first.statusCode, first.body).toBe(200);
    // `Cache-Control: no-store`: not kept, a retry gets a token of its own
    const again = await requestToken(basicAuth(client.clientId, client.secret));
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.json().access_token).not.toBe(first.json().access_token);
    expect(await ctx.prisma.idempotencyRecord.count({ where: { key } })).toBe(0);
    const wrong = await requestToken(basicAuth(client.clientId, `${client.secret}x`));
    expect(wrong.statusCode).toBe(401);
    expect(wrong.body).not.toContain(first.json().access_token);
  });

  it('does not replay answers that set a session cookie (login runs again)', async () => {
    const key = newKey();
    const login = () =>
      new TestBrowser(ctx.app).request('POST', '/api/v1/auth/login', { username: 'congdan2', password: DEMO_PASSWORD, remember: false }, { headers: { 'idempotency-key': key } });
    const first = await login();
    expect(first.statusCode, first.body).toBe(200);
    const second = await login();
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(String(second.headers['set-cookie'])).toMatch(/access_token=/);
    expect(await ctx.prisma.idempotencyRecord.count({ where: { key } })).toBe(0);
  });

  it('changes nothing without the header, and refuses a malformed one', async () => {
    const records = await ctx.prisma.idempotencyRecord.count();
    const before = await dossierCount();
    expect((await create(citizen, null)).statusCode).toBe(201);
    expect((await create(citizen, null)).statusCode).toBe(201);
    expect(await dossierCount()).toBe(before + 2);
    expect(await ctx.prisma.idempotencyRecord.count()).toBe(records);

    for (const bad of ['"unterminated', 'two words', 'x'.repeat(256)]) {
      const refused = await create(citizen, bad);
      expect(refused.statusCode, bad).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID' });
    }
    expect(await dossierCount()).toBe(before + 2);
    // Only POST: the header is ignored elsewhere
    expect((await citizen.request('GET', '/api/v1/me', undefined, { headers: { 'idempotency-key': 'two words' } })).statusCode).toBe(200);
  });
});

describe('Idempotency-Key and failures of the handler', () => {
  let ctx: TestContext;
  let calls = 0;

  beforeAll(async () => {
    ctx = await createTestApp(
      { REQUEST_TIMEOUT_MS: '1000' },
      {
        extend(app) {
          app.post('/api/v1/test-idempotency/slow', async () => {
            calls += 1;
            await new Promise((resolve) => setTimeout(resolve, 1500));
            return { ok: true };
          });
          app.post('/api/v1/test-idempotency/broken', async () => {
            calls += 1;
            throw new Error('boom');
          });
        },
      },
    );
  });
  afterAll(() => ctx?.close());

  const send = (url: string, key: string) => ctx.app.inject({ method: 'POST', url, payload: { n: 1 }, headers: { 'idempotency-key': key } });

  it('frees the key of a 5xx, so the retry runs again', async () => {
    const key = newKey();
    expect((await send('/api/v1/test-idempotency/broken', key)).statusCode).toBe(500);
    expect(await ctx.prisma.idempotencyRecord.count({ where: { key } })).toBe(0);
    const before = calls;
    expect((await send('/api/v1/test-idempotency/broken', key)).statusCode).toBe(500);
    expect(calls).toBe(before + 1);
  });

  it('keeps the key running after a request timeout (the handler may still commit): retries get 409 until it is stale', async () => {
    const key = newKey();
    const timedOut = await send('/api/v1/test-idempotency/slow', key);
    expect(timedOut.statusCode).toBe(503);
    const record = await ctx.prisma.idempotencyRecord.findFirstOrThrow({ where: { key } });
    expect(record.state).toBe('running');
    const before = calls;
    const retried = await send('/api/v1/test-idempotency/slow', key);
    expect(retried.statusCode).toBe(409);
    expect(retried.json().code).toBe('IDEMPOTENCY_KEY_IN_USE');
    expect(calls).toBe(before);
    // Twice the request timeout later, the key is taken over
    await ctx.prisma.idempotencyRecord.update({ where: { id: record.id }, data: { createdAt: new Date(Date.now() - 2001) } });
    await new Promise((resolve) => setTimeout(resolve, 1600)); // the first handler's late end
    const after = await send('/api/v1/test-idempotency/slow', key);
    expect(after.statusCode).toBe(503);
    expect(calls).toBe(before + 1);
  });
});
