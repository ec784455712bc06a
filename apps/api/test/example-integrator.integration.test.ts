/**
 * The example integrator (examples/integrator) against the real API: the app listening on
 * 127.0.0.1 with a real port, real PostgreSQL, the webhook workers running, a province-wide
 * client holding every scope. The example talks HTTP only (fetch, its own webhook
 * receiver), as a real integrating system would; the test then checks what it saw.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPES, CLIENT_TOKEN_TTL_SECONDS } from '@portal/domain';
import { Webhook } from 'standardwebhooks';
import { clientCredentialsTokenSource, runIntegrator, startWebhookReceiver, type IntegratorRun } from '../../../examples/integrator/src/index.ts';
import { createTestApiClient } from './api-client-kit.ts';
import { createTestApp, type TestContext } from './helpers/test-app.ts';

describe('the example integrator (examples/integrator) against the running API', () => {
  let ctx: TestContext;
  let portalUrl: string;
  let client: { clientId: string; secret: string };
  const lines: string[] = [];

  beforeAll(async () => {
    // The example's receiver listens on 127.0.0.1: allowed for webhooks in this test only.
    ctx = await createTestApp({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    await ctx.app.listen({ host: '127.0.0.1', port: 0 });
    portalUrl = `http://127.0.0.1:${(ctx.app.server.address() as AddressInfo).port}`;
    client = await createTestApiClient(ctx.app, { scopes: [...API_SCOPES] });
  });
  afterAll(async () => {
    await ctx?.close();
  });

  let run: IntegratorRun;

  it('runs every step: token, webhook, idempotent submission, back office, feed, public lookup', async () => {
    run = await runIntegrator({
      portalUrl,
      clientId: client.clientId,
      clientSecret: client.secret,
      // Generous for a loaded 2-core machine; a passing run ends as soon as each webhook is in.
      webhookTimeoutMs: 60_000,
      log: (line) => lines.push(line),
    });
    expect(run.grantedScopes.sort()).toEqual([...API_SCOPES].sort());
    expect(run.dossier.code).toMatch(/^[A-Z0-9.]+-\d{6}-\d{4,}$/);
    expect(run.idempotentReplay).toBe(true);
  }, 180_000);

  it('received the dossier’s webhooks verified, each once (deliveries may overtake one another)', () => {
    expect(run.webhooks.map((message) => message.type).sort()).toEqual(['dossier.handed_over', 'dossier.received', 'dossier.result', 'dossier.submitted']);
    expect(new Set(run.webhooks.map((message) => message.webhookId)).size).toBe(run.webhooks.length);
  });

  it('read every step from the feed, from the cursor saved before the run', () => {
    expect(run.feed.map((event) => event.type)).toEqual(['dossier.submitted', 'dossier.received', 'dossier.result', 'dossier.handed_over']);
    expect(run.feed.map((event) => event.data.status)).toEqual(['sent', 'processing', 'result', 'result']);
    const versions = run.feed.map((event) => Number(event.data.version));
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    // The system is the actor of every step, as the channel and as the back office
    expect(run.feed.map((event) => event.data.actor)).toEqual(run.feed.map(() => ({ role: 'system', clientId: client.clientId })));
    expect(run.feed.every((event) => event.data.channel === 'integration' && event.data.code === run.dossier.code)).toBe(true);
  });

  it('the applicant’s public lookup shows the result, handed over', () => {
    expect(run.lookup).toMatchObject({ code: run.dossier.code, status: 'result' });
    const actions = run.lookup.history.map((row) => row.action.code);
    expect(actions).toEqual(expect.arrayContaining(['submit', 'receive', 'complete', 'hand-over']));
    expect(actions.indexOf('submit')).toBeLessThan(actions.indexOf('hand-over'));
    // Masked: never the whole name
    expect(JSON.stringify(run.lookup)).not.toContain('Lò Thị Mai');
  });

  it('renews its token a minute before expiry, with one request for concurrent callers', async () => {
    let now = Date.now();
    const tokens = clientCredentialsTokenSource({ baseUrl: portalUrl, clientId: client.clientId, clientSecret: client.secret }, { now: () => now });
    const first = await Promise.all([tokens.get(), tokens.get(), tokens.get()]);
    expect(new Set(first).size).toBe(1);
    expect(tokens.requests).toBe(1);
    now += (CLIENT_TOKEN_TTL_SECONDS - 120) * 1000; // still 2 minutes left
    await tokens.get();
    expect(tokens.requests).toBe(1);
    now += 60_000 + 1; // within the last minute: a new one
    await tokens.get();
    expect(tokens.requests).toBe(2);
    await expect(
      clientCredentialsTokenSource({ baseUrl: portalUrl, clientId: client.clientId, clientSecret: 'wrong' }).get(),
    ).rejects.toThrow(/401/);
  });

  it('its receiver refuses a bad signature and acknowledges a duplicate without handling it twice', async () => {
    const receiver = await startWebhookReceiver();
    try {
      const secret = `whsec_${Buffer.from('0123456789abcdef0123456789abcdef').toString('base64')}`;
      receiver.setSecret(secret);
      const body = JSON.stringify({ id: '1', type: 'dossier.submitted', occurredAt: new Date().toISOString(), subject: { type: 'dossier', id: 'x' }, data: {} });
      const post = (signature: string, id = 'msg_1') =>
        fetch(receiver.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(Date.now() / 1000)), 'webhook-signature': signature },
          body,
        });
      const signed = new Webhook(secret).sign('msg_1', new Date(), body);
      expect((await post('v1,Zm9yZ2Vk')).status).toBe(401);
      expect((await post(signed)).status).toBe(204);
      expect((await post(signed)).status).toBe(204);
      expect(receiver.messages).toHaveLength(1);
      expect(receiver.stats).toEqual({ received: 3, refused: 1, duplicates: 1, unreadable: 0 });
    } finally {
      await receiver.close();
    }
  });

  it('printed one line per step', () => {
    for (const step of ['(a)', '(b)', '(c)', '(d)', '(e)', '(f)', '(g)']) expect(lines.some((line) => line.startsWith(step)), step).toBe(true);
  });
});
