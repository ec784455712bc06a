/**
 * (b) A webhook receiver: the portal POSTs each event, signed per Standard Webhooks
 * (https://www.standardwebhooks.com): `webhook-id`, `webhook-timestamp` and
 * `webhook-signature` headers, an HMAC-SHA256 of `${id}.${timestamp}.${body}` with the
 * subscription's secret. Rules a receiver should keep:
 *
 *  - verify the signature over the **raw** body, before parsing it (the `standardwebhooks`
 *    package also refuses timestamps more than 5 minutes away: replays);
 *  - answer 2xx quickly, and do the work afterwards (the portal retries anything else);
 *  - delivery is at least once: the same message may come twice (a retry after a lost
 *    answer), always with the same `webhook-id`, so deduplicate by it;
 *  - ignore event types you do not know (new ones may be added at any time).
 *
 * The body is the event exactly as the feed `GET /api/v1/events` shows it: `id`, `type`,
 * `occurredAt`, `agencyId`, `subject`, `data`.
 *
 * This one listens on 127.0.0.1 (port 0: any free port) and keeps the verified messages in
 * memory; a real receiver would store the id and the message in its own database in one
 * transaction.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';

/** What the portal sends as the body (see docs/integrators.md, "Events") */
export interface WebhookMessage {
  /** The `webhook-id` header: the same on every attempt of one message */
  webhookId: string;
  /** The event type, e.g. `dossier.submitted` (`webhook.ping` for a test ping) */
  type: string;
  occurredAt: string;
  /** What changed, e.g. `{ type: 'dossier', id }` (absent on a test ping) */
  subject: { type: string; id: string } | null;
  data: Record<string, unknown>;
  /** The whole parsed body, for fields this example does not name */
  body: Record<string, unknown>;
  /** When it arrived (ms since the epoch) */
  receivedAt: number;
}

export interface WebhookReceiver {
  /** Where the portal should POST: http://127.0.0.1:<port>/webhooks/portal */
  readonly url: string;
  /** The subscription's secret (`whsec_…`), known once the subscription is created */
  setSecret(secret: string): void;
  /** Every verified message, first delivery only, in arrival order */
  readonly messages: readonly WebhookMessage[];
  /** Posts received; refused (bad or missing signature); duplicates; unreadable (cut off, too large) */
  readonly stats: { received: number; refused: number; duplicates: number; unreadable: number };
  /** Resolves with the first message (already received or to come) that matches; rejects after `timeoutMs` */
  waitFor(match: (message: WebhookMessage) => boolean, timeoutMs?: number): Promise<WebhookMessage>;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;

async function rawBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const headerOf = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

export async function startWebhookReceiver(options: { host?: string; port?: number; path?: string; log?: (line: string) => void } = {}): Promise<WebhookReceiver> {
  const path = options.path ?? '/webhooks/portal';
  const log = options.log ?? (() => {});
  let verifier: Webhook | null = null;
  const seen = new Set<string>();
  const messages: WebhookMessage[] = [];
  const stats = { received: 0, refused: 0, duplicates: 0, unreadable: 0 };
  const waiters = new Set<{ match: (message: WebhookMessage) => boolean; resolve: (message: WebhookMessage) => void }>();

  const server: Server = createServer(async (request, response) => {
    if (request.method !== 'POST' || request.url !== path) {
      response.writeHead(404).end();
      return;
    }
    stats.received += 1;
    let body: Buffer;
    try {
      body = await rawBody(request);
    } catch {
      stats.unreadable += 1;
      response.writeHead(413).end();
      return;
    }
    const headers = {
      'webhook-id': headerOf(request, 'webhook-id') ?? '',
      'webhook-timestamp': headerOf(request, 'webhook-timestamp') ?? '',
      'webhook-signature': headerOf(request, 'webhook-signature') ?? '',
    };
    let payload: Record<string, unknown>;
    try {
      // Not ready yet (no secret): 503, the portal retries later.
      if (!verifier) {
        stats.refused += 1;
        response.writeHead(503).end();
        return;
      }
      payload = verifier.verify(body, headers) as Record<string, unknown>;
    } catch (error) {
      stats.refused += 1;
      log(`webhook refused: ${error instanceof WebhookVerificationError ? error.message : String(error)}`);
      response.writeHead(401).end();
      return;
    }
    const id = headers['webhook-id'];
    // Acknowledge duplicates too: the portal only needs to know that we have it.
    if (seen.has(id)) {
      stats.duplicates += 1;
      response.writeHead(204).end();
      return;
    }
    seen.add(id);
    const message: WebhookMessage = {
      webhookId: id,
      type: String(payload.type ?? ''),
      occurredAt: String(payload.occurredAt ?? ''),
      subject: (payload.subject ?? null) as WebhookMessage['subject'],
      data: (payload.data ?? {}) as Record<string, unknown>,
      body: payload,
      receivedAt: Date.now(),
    };
    messages.push(message);
    response.writeHead(204).end();
    for (const waiter of [...waiters]) {
      if (waiter.match(message)) {
        waiters.delete(waiter);
        waiter.resolve(message);
      }
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${address.address}:${address.port}${path}`;

  return {
    url,
    messages,
    stats,
    setSecret(secret: string) {
      verifier = new Webhook(secret);
    },
    waitFor(match, timeoutMs = 60_000) {
      const found = messages.find(match);
      if (found) return Promise.resolve(found);
      return new Promise<WebhookMessage>((resolve, reject) => {
        const waiter = {
          match,
          resolve: (message: WebhookMessage) => {
            clearTimeout(timer);
            resolve(message);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`no matching webhook within ${timeoutMs} ms (${messages.length} received: ${messages.map((m) => m.type).join(', ') || 'none'})`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
