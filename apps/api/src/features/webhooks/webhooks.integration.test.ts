import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { TWebhookSubscriptionCreated } from '@portal/domain';
import { signedIn } from '../../../test/helpers/browser.ts';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { agencyTree, createClientWithToken, startReceiver, writeEvent, type Receiver, type TestClient } from './webhook-test-kit.ts';

/** The subscription API, the SSRF guard on it, and the in-process worker delivering on its own. */
describe('webhook subscriptions', () => {
  let ctx: TestContext;
  let receiver: Receiver;
  let client: TestClient;
  let other: TestClient;

  beforeAll(async () => {
    receiver = await startReceiver();
    // Only the receiver's port is allowlisted: any other loopback endpoint is refused.
    ctx = await createTestApp({ WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${receiver.port}` });
    client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    other = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  const call = (who: TestClient | null, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    ctx.app.inject({ method, url: `/api/v1/webhooks${url}`, headers: who ? who.headers : {}, ...(payload === undefined ? {} : { payload: payload as object }) });

  it('creates, lists, reads, changes and deletes a subscription; the secret is shown on creation only', async () => {
    const created = await call(client, 'POST', '/subscriptions', { url: receiver.url('/a#frag'), description: 'Một cửa', eventTypes: ['dossier.received', 'dossier.result', 'dossier.result'] });
    expect(created.statusCode, created.body).toBe(201);
    const sub = created.json() as TWebhookSubscriptionCreated;
    expect(created.headers.location).toBe(`/api/v1/webhooks/subscriptions/${sub.id}`);
    expect(sub).toMatchObject({ url: receiver.url('/a'), description: 'Một cửa', eventTypes: ['dossier.received', 'dossier.result'], status: 'active', failingSince: null });
    expect(sub.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    expect(Buffer.from(sub.secret.slice('whsec_'.length), 'base64')).toHaveLength(32);

    const read = await call(client, 'GET', `/subscriptions/${sub.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).not.toHaveProperty('secret');
    const list = await call(client, 'GET', '/subscriptions');
    expect((list.json() as { items: Array<{ id: string }> }).items.map((item) => item.id)).toContain(sub.id);

    const patched = await call(client, 'PATCH', `/subscriptions/${sub.id}`, { eventTypes: [], description: null });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ eventTypes: [], description: null });
    expect((await call(client, 'PATCH', `/subscriptions/${sub.id}`, {})).statusCode).toBe(400);
    expect((await call(client, 'PATCH', `/subscriptions/${sub.id}`, { eventTypes: ['dossier.exploded'] })).statusCode).toBe(400);

    const disabled = await call(client, 'PATCH', `/subscriptions/${sub.id}`, { status: 'disabled' });
    expect(disabled.json()).toMatchObject({ status: 'disabled', disabledReason: 'owner' });
    const enabled = await call(client, 'PATCH', `/subscriptions/${sub.id}`, { status: 'active' });
    expect(enabled.json()).toMatchObject({ status: 'active', disabledReason: null, disabledAt: null });

    const audit = await ctx.prisma.auditEvent.findMany({ where: { entityId: sub.id }, orderBy: { id: 'asc' }, select: { action: true, actorClientId: true } });
    expect(audit.map((event) => event.action)).toEqual(['webhook.subscription.create', ...Array(3).fill('webhook.subscription.update')]);
    expect(audit.every((event) => event.actorClientId === client.id)).toBe(true);
    expect(JSON.stringify(await ctx.prisma.auditEvent.findMany({ where: { entityId: sub.id }, select: { before: true, after: true, metadata: true } }))).not.toContain(sub.secret.slice(6));

    expect((await call(client, 'DELETE', `/subscriptions/${sub.id}`)).statusCode).toBe(204);
    expect((await call(client, 'GET', `/subscriptions/${sub.id}`)).statusCode).toBe(404);
  });

  it('a client sees only its own subscriptions; no token is 401, a token without the scope 403', async () => {
    const created = await call(client, 'POST', '/subscriptions', { url: receiver.url() });
    const { id } = created.json() as { id: string };
    for (const [method, url] of [
      ['GET', `/subscriptions/${id}`],
      ['PATCH', `/subscriptions/${id}`],
      ['DELETE', `/subscriptions/${id}`],
      ['POST', `/subscriptions/${id}/ping`],
      ['POST', `/subscriptions/${id}/rotate-secret`],
      ['GET', `/subscriptions/${id}/deliveries`],
    ] as const) {
      const response = await call(other, method, url, method === 'PATCH' ? { description: 'x' } : undefined);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.json()).toMatchObject({ code: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND' });
    }
    expect((await call(other, 'GET', '/subscriptions')).json()).toEqual({ items: [] });
    expect((await call(client, 'GET', '/subscriptions/not-a-uuid')).statusCode).toBe(404);
    expect((await call(client, 'POST', `/subscriptions/${id}/deliveries/00000000-0000-7000-8000-000000000000/redeliver`)).json()).toMatchObject({ code: 'WEBHOOK_DELIVERY_NOT_FOUND' });

    expect((await call(null, 'GET', '/subscriptions')).statusCode).toBe(401);
    const reader = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['events:read'] });
    const refused = await call(reader, 'POST', '/subscriptions', { url: receiver.url() });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'INSUFFICIENT_SCOPE' });
    expect((await call(client, 'GET', `/subscriptions/${id}/deliveries?bogus=1`)).statusCode).toBe(400);
    expect((await call(client, 'GET', `/subscriptions/${id}/deliveries?cursor=%25%25`)).statusCode).toBe(400);
  });

  it('refuses endpoints inside the portal’s networks (SSRF) unless allowlisted', async () => {
    for (const url of [
      'http://127.0.0.1/hook',
      `http://127.0.0.1:${receiver.port + 1}/hook`,
      'http://10.1.2.3/hook',
      'http://192.168.0.10/hook',
      'http://169.254.169.254/latest/meta-data/',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://[fd00::1]/hook',
      'http://100.64.1.1/hook',
      'http://0.0.0.0/hook',
      'http://2130706433/hook',
      // A name that resolves to loopback
      'http://localhost:8080/hook',
    ]) {
      const response = await call(client, 'POST', '/subscriptions', { url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED' });
    }
    for (const url of ['ftp://example.com/hook', 'not a url', 'https://user:pw@example.com/hook', `http://${'a'.repeat(2001)}.example/`]) {
      const response = await call(client, 'POST', '/subscriptions', { url });
      expect(response.statusCode, url).toBe(400);
      expect(response.json(), url).toMatchObject({ code: 'VALIDATION_FAILED' });
    }
    // The same rule when the URL changes
    const { id } = (await call(client, 'POST', '/subscriptions', { url: receiver.url() })).json() as { id: string };
    const changed = await call(client, 'PATCH', `/subscriptions/${id}`, { url: 'http://169.254.169.254/' });
    expect(changed.json()).toMatchObject({ code: 'WEBHOOK_URL_NOT_ALLOWED' });
  });

  it('delivers on its own, soon after the event commits, and a ping too', async () => {
    const { parent } = await agencyTree(ctx.prisma);
    const created = await call(client, 'POST', '/subscriptions', { url: receiver.url('/live') });
    const sub = created.json() as TWebhookSubscriptionCreated;
    const seen = () => receiver.requests.filter((request) => request.url === '/live');
    const eventId = await writeEvent(ctx.prisma, { agencyId: parent });
    const deadline = Date.now() + 20_000;
    while (seen().length < 1 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(seen()).toHaveLength(1);
    const [request] = seen();
    const body = new Webhook(sub.secret).verify(request!.body, {
      'webhook-id': String(request!.headers['webhook-id']),
      'webhook-timestamp': String(request!.headers['webhook-timestamp']),
      'webhook-signature': String(request!.headers['webhook-signature']),
    });
    expect(body).toMatchObject({ id: eventId.toString() });

    expect((await call(client, 'POST', `/subscriptions/${sub.id}/ping`)).statusCode).toBe(202);
    while (seen().length < 2 && Date.now() < deadline + 20_000) await new Promise((resolve) => setTimeout(resolve, 25));
    expect(JSON.parse(seen()[1]!.body)).toMatchObject({ type: 'webhook.ping' });
    // The receiver has it; the log says so once the answer is recorded.
    type Page = { items: Array<{ eventType: string; status: string }>; nextCursor: string | null };
    let page: Page = { items: [], nextCursor: null };
    for (let i = 0; i < 400; i++) {
      page = (await call(client, 'GET', `/subscriptions/${sub.id}/deliveries?limit=1`)).json() as Page;
      if (page.items[0]?.status === 'delivered') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(page.items).toEqual([expect.objectContaining({ eventType: 'webhook.ping', status: 'delivered' })]);
    const next = await call(client, 'GET', `/subscriptions/${sub.id}/deliveries?limit=1&cursor=${page.nextCursor}`);
    expect((next.json() as { items: Array<{ eventId: string }>; nextCursor: string | null }).items[0]).toMatchObject({ eventId: eventId.toString() });
  });

  it('administrators read a client’s subscriptions and delivery log (agency administrators: their agency’s clients only)', async () => {
    const xd = await ctx.prisma.user.findFirstOrThrow({ where: { username: 'quantrixd' }, select: { agencyId: true } });
    const agencyClient = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'], agencyId: xd.agencyId });
    const sub = (await call(agencyClient, 'POST', '/subscriptions', { url: receiver.url('/admin') })).json() as TWebhookSubscriptionCreated;
    expect((await call(agencyClient, 'POST', `/subscriptions/${sub.id}/ping`)).statusCode).toBe(202);

    const system = await signedIn(ctx.app, 'quantri', 'Demo@2025', { staff: true });
    const list = await system.get(`/api/v1/admin/api-clients/${agencyClient.id}/webhook-subscriptions`);
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json()).toEqual({ items: [expect.objectContaining({ id: sub.id, url: receiver.url('/admin') })] });
    expect(list.body).not.toContain(sub.secret);
    const log = await system.get(`/api/v1/admin/api-clients/${agencyClient.id}/webhook-subscriptions/${sub.id}/deliveries`);
    expect(log.statusCode, log.body).toBe(200);
    expect((log.json() as { items: Array<{ eventType: string }> }).items[0]).toMatchObject({ eventType: 'webhook.ping' });
    expect((await system.get(`/api/v1/admin/api-clients/${client.id}/webhook-subscriptions/${sub.id}/deliveries`)).statusCode).toBe(404);

    const agencyAdmin = await signedIn(ctx.app, 'quantrixd', 'Demo@2025', { staff: true });
    expect((await agencyAdmin.get(`/api/v1/admin/api-clients/${agencyClient.id}/webhook-subscriptions`)).statusCode).toBe(200);
    // A province-wide client is not theirs
    const refused = await agencyAdmin.get(`/api/v1/admin/api-clients/${client.id}/webhook-subscriptions`);
    expect(refused.statusCode).toBe(403);
    expect((await call(agencyClient, 'GET', `/subscriptions/${sub.id}`)).statusCode).toBe(200);
    // Bearer tokens do not open the admin routes
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/admin/api-clients/${agencyClient.id}/webhook-subscriptions`, headers: agencyClient.headers })).statusCode).toBe(401);
  });
});
