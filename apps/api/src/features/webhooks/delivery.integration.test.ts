import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { TWebhookDeliveryPage, TWebhookSubscriptionCreated } from '@portal/domain';
import { createTestApp, type TestContext } from '../../../test/helpers/test-app.ts';
import { agencyTree, createClientWithToken, startReceiver, writeEvent, type Receiver, type TestClient } from './webhook-test-kit.ts';

/**
 * The delivery pipeline driven by hand (WEBHOOK_WORKER=false): dispatch, claim and attempt
 * are called with a later clock instead of waiting for back-off delays.
 */
describe('webhook delivery', () => {
  let ctx: TestContext;
  let receiver: Receiver;
  let tree: { parent: string; child: string; other: string };
  const HOUR = 3_600_000;
  const later = (ms: number) => new Date(Date.now() + ms);

  /**
   * Dispatches until every event written so far is fanned out. The dispatcher only reads below
   * the commit horizon, which any transaction still open on the cluster holds back (other test
   * files share it): loop, bounded in rounds and time.
   */
  async function dispatchAll(batchSize?: number): Promise<number> {
    const [last] = await ctx.prisma.integrationEvent.findMany({ orderBy: [{ txId: 'desc' }, { id: 'desc' }], take: 1, select: { txId: true, id: true } });
    let deliveries = 0;
    const deadline = Date.now() + 30_000;
    for (let round = 0; round < 2_000 && Date.now() < deadline; round++) {
      deliveries += (await ctx.app.webhooks.dispatch(batchSize)).deliveries;
      const cursor = await ctx.prisma.webhookDispatchCursor.findUniqueOrThrow({ where: { id: 1 } });
      if (!last || cursor.lastTxId > last.txId || (cursor.lastTxId === last.txId && cursor.lastEventId >= last.id)) return deliveries;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('the dispatcher did not catch up within 30 s');
  }

  beforeAll(async () => {
    receiver = await startReceiver();
    ctx = await createTestApp({ WEBHOOK_ALLOWED_HOSTS: `127.0.0.1:${receiver.port}`, WEBHOOK_WORKER: 'false' });
    tree = await agencyTree(ctx.prisma);
  });
  afterAll(async () => {
    await ctx?.close();
    await receiver?.close();
  });

  beforeEach(async () => {
    // Each test starts with nothing queued and the dispatcher caught up.
    await ctx.prisma.webhookSubscription.updateMany({ data: { status: 'disabled' } });
    await ctx.prisma.webhookDelivery.updateMany({ where: { status: 'pending' }, data: { status: 'failed' } });
    await dispatchAll();
    receiver.answer(200);
    await receiver.start();
    receiver.requests.length = 0;
  });

  async function subscribe(client: TestClient, body: Record<string, unknown> = {}): Promise<TWebhookSubscriptionCreated> {
    const response = await ctx.app.inject({ method: 'POST', url: '/api/v1/webhooks/subscriptions', headers: client.headers, payload: { url: receiver.url(), ...body } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json();
  }

  async function deliveries(client: TestClient, subscriptionId: string): Promise<TWebhookDeliveryPage> {
    const response = await ctx.app.inject({ method: 'GET', url: `/api/v1/webhooks/subscriptions/${subscriptionId}/deliveries`, headers: client.headers });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  }

  it('delivers each event once, signed per Standard Webhooks, with the body the feed shows', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage', 'events:read'] });
    const subscription = await subscribe(client);
    const eventId = await writeEvent(ctx.prisma, { agencyId: tree.parent, type: 'dossier.received' });

    expect(await dispatchAll()).toBe(1);
    // A second pass finds nothing new: the cursor moved with the fan-out.
    expect(await ctx.app.webhooks.dispatch()).toMatchObject({ events: 0 });
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['delivered']);

    const [request] = await receiver.waitFor(1);
    expect(request!.method).toBe('POST');
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers['webhook-id']).toMatch(/^msg_/);
    expect(request!.headers['webhook-timestamp']).toMatch(/^\d+$/);
    const verified = new Webhook(subscription.secret).verify(request!.body, {
      'webhook-id': String(request!.headers['webhook-id']),
      'webhook-timestamp': String(request!.headers['webhook-timestamp']),
      'webhook-signature': String(request!.headers['webhook-signature']),
    });
    expect(verified).toMatchObject({ id: eventId.toString(), type: 'dossier.received', agencyId: tree.parent });
    // A tampered body or another secret does not verify.
    expect(() =>
      new Webhook(subscription.secret).verify(request!.body.replace('dossier.received', 'dossier.returned'), {
        'webhook-id': String(request!.headers['webhook-id']),
        'webhook-timestamp': String(request!.headers['webhook-timestamp']),
        'webhook-signature': String(request!.headers['webhook-signature']),
      }),
    ).toThrow();

    // The same event in the feed: the same object.
    let inFeed: { id: string } | undefined;
    let after = '';
    for (let page = 0; page < 100 && !inFeed; page++) {
      const feed = await ctx.app.inject({ method: 'GET', url: `/api/v1/events?limit=500${after ? `&after=${after}` : ''}`, headers: client.headers });
      expect(feed.statusCode, feed.body).toBe(200);
      const { items, nextCursor } = feed.json() as { items: Array<{ id: string }>; nextCursor: string };
      inFeed = items.find((item) => item.id === eventId.toString());
      if (items.length === 0) break;
      after = nextCursor;
    }
    expect(inFeed).toBeDefined();
    expect(JSON.parse(request!.body)).toEqual(inFeed);

    const log = await deliveries(client, subscription.id);
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ status: 'delivered', attempts: 1, lastStatusCode: 200, eventId: eventId.toString(), eventType: 'dossier.received', nextAttemptAt: null });
    expect(log.items[0]!.messageId).toBe(request!.headers['webhook-id']);
    expect(log.items[0]!.lastDurationMs).toBeGreaterThanOrEqual(0);

    // Nothing left to do
    expect(await ctx.app.webhooks.deliverDue(16, later(24 * HOUR))).toEqual([]);
  });

  it('delivers to an agency client its agency’s and its units’ events and public news, never another agency’s', async () => {
    const agencyClient = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'], agencyId: tree.parent });
    const provinceClient = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const agencySub = await subscribe(agencyClient);
    const provinceSub = await subscribe(provinceClient);
    const own = await writeEvent(ctx.prisma, { agencyId: tree.parent });
    const unit = await writeEvent(ctx.prisma, { agencyId: tree.child });
    const foreign = await writeEvent(ctx.prisma, { agencyId: tree.other });
    const news = await writeEvent(ctx.prisma, { agencyId: null, type: 'procedure.changed' });

    await dispatchAll();
    const eventsOf = async (client: TestClient, id: string) => (await deliveries(client, id)).items.map((item) => item.eventId).sort();
    expect(await eventsOf(agencyClient, agencySub.id)).toEqual([own, unit, news].map(String).sort());
    expect(await eventsOf(provinceClient, provinceSub.id)).toEqual([own, unit, foreign, news].map(String).sort());

    for (let i = 0; i < 5 && (await ctx.app.webhooks.deliverDue()).length > 0; i++);
    const bodies = receiver.requests.map((request) => JSON.parse(request.body) as { id: string; agencyId: string | null });
    expect(bodies.filter((body) => body.id === foreign.toString())).toHaveLength(1);
    expect(receiver.requests).toHaveLength(7);
  });

  it('filters by event type, and a revoked client or a client without the scope gets nothing', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client, { eventTypes: ['dossier.result'] });
    const revoked = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const revokedSub = await subscribe(revoked);
    await ctx.prisma.apiClient.update({ where: { id: revoked.id }, data: { status: 'revoked', revokedAt: new Date() } });
    await writeEvent(ctx.prisma, { agencyId: tree.parent, type: 'dossier.received' });
    const result = await writeEvent(ctx.prisma, { agencyId: tree.parent, type: 'dossier.result' });
    await dispatchAll();
    expect((await ctx.prisma.webhookDelivery.findMany({ where: { subscriptionId: sub.id } })).map((row) => row.eventId)).toEqual([result]);
    expect(await ctx.prisma.webhookDelivery.count({ where: { subscriptionId: revokedSub.id } })).toBe(0);
  });

  it('a receiver that is down gets the event later, when it is back', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client);
    receiver.answer(500);
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await dispatchAll();

    expect(await ctx.app.webhooks.deliverDue()).toEqual(['retry']);
    let [entry] = (await deliveries(client, sub.id)).items;
    expect(entry).toMatchObject({ status: 'pending', attempts: 1, lastStatusCode: 500 });
    expect(entry!.lastError).toContain('HTTP 500: receiver failing');
    // Not due again before the back-off (5 s ± 20 %)
    expect(await ctx.app.webhooks.deliverDue(16, later(3_000))).toEqual([]);

    // Then nobody listens at all
    await receiver.stop();
    expect(await ctx.app.webhooks.deliverDue(16, later(10_000))).toEqual(['retry']);
    [entry] = (await deliveries(client, sub.id)).items;
    expect(entry).toMatchObject({ status: 'pending', attempts: 2, lastStatusCode: null });
    expect(entry!.lastError).toMatch(/ECONNREFUSED/);
    expect((await ctx.prisma.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } })).failingSince).not.toBeNull();

    // Back an hour later: the next retry (5 min after the second attempt) delivers.
    await receiver.start();
    receiver.answer(204);
    const attemptsBefore = receiver.requests.length;
    expect(await ctx.app.webhooks.deliverDue(16, later(HOUR))).toEqual(['delivered']);
    expect(receiver.requests.length).toBe(attemptsBefore + 1);
    [entry] = (await deliveries(client, sub.id)).items;
    expect(entry).toMatchObject({ status: 'delivered', attempts: 3, lastStatusCode: 204, lastError: null });
    // One webhook-id across the attempts
    const ids = new Set(receiver.requests.map((request) => request.headers['webhook-id']));
    expect(ids.size).toBe(1);
    // A success clears the failing run
    expect((await ctx.prisma.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } })).failingSince).toBeNull();
  });

  it('gives up a message three days after its first attempt', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client);
    receiver.answer(503);
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await dispatchAll();
    // Walk the schedule with a clock that jumps to each due time (a success in between keeps the subscription alive).
    let results: string[] = [];
    for (let i = 0; i < 30; i++) {
      const row = await ctx.prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
      if (row.status !== 'pending') break;
      await ctx.prisma.webhookSubscription.update({ where: { id: sub.id }, data: { failingSince: null } });
      results = await ctx.app.webhooks.deliverDue(16, new Date(row.nextAttemptAt.getTime() + 1));
    }
    expect(results).toEqual(['failed']);
    const row = await ctx.prisma.webhookDelivery.findFirstOrThrow({ where: { subscriptionId: sub.id } });
    expect(row).toMatchObject({ status: 'failed', attempts: 13, lastStatusCode: 503 });
  });

  it('disables a subscription failing for three days, gives up its queue and e-mails the administrators', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'], agencyId: tree.parent, name: 'Một cửa thử nghiệm' });
    const sub = await subscribe(client);
    receiver.answer(502);
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await dispatchAll();
    const start = new Date();
    expect(await ctx.app.webhooks.deliverDue(1, start)).toEqual(['retry']);
    const mailsBefore = await ctx.prisma.emailOutbox.count({ where: { template: 'webhook-disabled' } });

    // Two days on: still failing, still on
    expect(await ctx.app.webhooks.deliverDue(1, new Date(start.getTime() + 48 * HOUR))).toEqual(['retry']);
    expect((await ctx.prisma.webhookSubscription.findUniqueOrThrow({ where: { id: sub.id } })).status).toBe('active');

    // Three days and a minute after the first failure
    expect(await ctx.app.webhooks.deliverDue(1, new Date(start.getTime() + 72 * HOUR + 60_000))).toEqual(['failed']);
    const disabled = await ctx.app.inject({ method: 'GET', url: `/api/v1/webhooks/subscriptions/${sub.id}`, headers: client.headers });
    expect(disabled.json()).toMatchObject({ status: 'disabled', disabledReason: 'failing' });
    expect(await ctx.prisma.webhookDelivery.count({ where: { subscriptionId: sub.id, status: 'pending' } })).toBe(0);
    expect(await ctx.app.webhooks.deliverDue(16, new Date(start.getTime() + 100 * HOUR))).toEqual([]);

    const mails = await ctx.prisma.emailOutbox.findMany({ where: { template: 'webhook-disabled' }, orderBy: { createdAt: 'asc' } });
    expect(mails.length).toBeGreaterThan(mailsBefore);
    const recipients = await ctx.prisma.user.findMany({ where: { email: { in: mails.map((mail) => mail.toAddress) } }, select: { roles: true, agencyId: true } });
    expect(recipients.some((user) => user.roles.includes('system_admin'))).toBe(true);
    for (const user of recipients) expect(user.roles.includes('system_admin') || (user.roles.includes('agency_admin') && user.agencyId === tree.parent)).toBe(true);
    expect(mails.at(-1)!.data).toMatchObject({ clientName: 'Một cửa thử nghiệm', clientId: client.clientId, url: receiver.url() });

    // Enabled again by its owner: delivers new events
    receiver.answer(200);
    const enabled = await ctx.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/subscriptions/${sub.id}`, headers: client.headers, payload: { status: 'active' } });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json()).toMatchObject({ status: 'active', disabledReason: null, failingSince: null });
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await dispatchAll();
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['delivered']);
  });

  it('redelivers a message with the same webhook-id, and delivers a signed ping through the same queue', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client);
    await writeEvent(ctx.prisma, { agencyId: tree.other });
    await dispatchAll();
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['delivered']);
    const [delivered] = (await deliveries(client, sub.id)).items;

    const redeliver = await ctx.app.inject({ method: 'POST', url: `/api/v1/webhooks/subscriptions/${sub.id}/deliveries/${delivered!.id}/redeliver`, headers: client.headers });
    expect(redeliver.statusCode, redeliver.body).toBe(202);
    expect(redeliver.json()).toMatchObject({ id: delivered!.id, status: 'pending', attempts: 0 });
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['delivered']);
    expect(receiver.requests).toHaveLength(2);
    expect(receiver.requests[1]!.headers['webhook-id']).toBe(receiver.requests[0]!.headers['webhook-id']);
    expect(receiver.requests[1]!.body).toBe(receiver.requests[0]!.body);

    const ping = await ctx.app.inject({ method: 'POST', url: `/api/v1/webhooks/subscriptions/${sub.id}/ping`, headers: client.headers });
    expect(ping.statusCode, ping.body).toBe(202);
    expect(ping.json()).toMatchObject({ status: 'pending', eventType: 'webhook.ping', eventId: null });
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['delivered']);
    const pinged = receiver.requests[2]!;
    const body = new Webhook(sub.secret).verify(pinged.body, {
      'webhook-id': String(pinged.headers['webhook-id']),
      'webhook-timestamp': String(pinged.headers['webhook-timestamp']),
      'webhook-signature': String(pinged.headers['webhook-signature']),
    });
    expect(body).toMatchObject({ type: 'webhook.ping', data: { subscriptionId: sub.id } });
    expect((await deliveries(client, sub.id)).items[0]).toMatchObject({ eventType: 'webhook.ping', status: 'delivered' });

    // A rotated secret signs from then on
    const rotated = await ctx.app.inject({ method: 'POST', url: `/api/v1/webhooks/subscriptions/${sub.id}/rotate-secret`, headers: client.headers });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { secret } = rotated.json() as { secret: string };
    expect(secret).not.toBe(sub.secret);
    await ctx.app.inject({ method: 'POST', url: `/api/v1/webhooks/subscriptions/${sub.id}/ping`, headers: client.headers });
    await ctx.app.webhooks.deliverDue();
    const last = receiver.requests[3]!;
    const headers = { 'webhook-id': String(last.headers['webhook-id']), 'webhook-timestamp': String(last.headers['webhook-timestamp']), 'webhook-signature': String(last.headers['webhook-signature']) };
    expect(() => new Webhook(secret).verify(last.body, headers)).not.toThrow();
    expect(() => new Webhook(sub.secret).verify(last.body, headers)).toThrow();

    // A disabled subscription takes neither
    await ctx.app.inject({ method: 'PATCH', url: `/api/v1/webhooks/subscriptions/${sub.id}`, headers: client.headers, payload: { status: 'disabled' } });
    const refused = await ctx.app.inject({ method: 'POST', url: `/api/v1/webhooks/subscriptions/${sub.id}/ping`, headers: client.headers });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: 'WEBHOOK_SUBSCRIPTION_DISABLED' });
  });

  it('checks the address again at delivery time: an endpoint that now points inside is refused, nothing is sent', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client);
    // As if its DNS name now answered a loopback address outside the allowlist
    await ctx.prisma.webhookSubscription.update({ where: { id: sub.id }, data: { url: `http://127.0.0.2:${receiver.port}/hook` } });
    await writeEvent(ctx.prisma, { agencyId: tree.parent });
    await dispatchAll();
    expect(await ctx.app.webhooks.deliverDue()).toEqual(['retry']);
    expect(receiver.requests).toHaveLength(0);
    const [entry] = (await deliveries(client, sub.id)).items;
    expect(entry).toMatchObject({ status: 'pending', lastStatusCode: null });
    expect(entry!.lastError).toMatch(/^refused: 127\.0\.0\.2 resolves to 127\.0\.0\.2, a loopback address/);
  });

  it('two dispatchers at once fan each event out once', async () => {
    const client = await createClientWithToken(ctx.app, ctx.prisma, { scopes: ['webhooks:manage'] });
    const sub = await subscribe(client);
    for (let i = 0; i < 20; i++) await writeEvent(ctx.prisma, { agencyId: tree.parent });
    // Five at once, until all are out (the horizon may hold some back for a moment)
    const deadline = Date.now() + 30_000;
    let events = 0;
    while (events < 20 && Date.now() < deadline) {
      const results = await Promise.all([1, 2, 3, 4, 5].map(() => ctx.app.webhooks.dispatch(5)));
      events += results.reduce((sum, result) => sum + result.events, 0);
      if (events < 20) await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(events).toBe(20);
    expect(await ctx.prisma.webhookDelivery.count({ where: { subscriptionId: sub.id } })).toBe(20);
  });
});
