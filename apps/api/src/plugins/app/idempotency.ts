import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import type { FastifyReply, FastifyRequest, onSendHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '@portal/domain';
import { guestTokenOf, hashGuestToken } from '../../features/dossiers/access.ts';
import { sendProblem } from './problem-details.ts';

/**
 * `Idempotency-Key` on every POST (draft-ietf-httpapi-idempotency-key-header-07), for
 * cookie, guest and Bearer callers alike. The decisions and their limits are in
 * docs/decisions/009-idempotency-keys.md; in short:
 *
 * - The key is one value of 1–255 printable ASCII characters, sent as the draft's
 *   Structured Field string (`"8e03…"`) or bare (`8e03…`); anything else is 400
 *   IDEMPOTENCY_KEY_INVALID. Without the header nothing changes (and no database work).
 * - Keys belong to their caller (`user:<id>`, `client:<api_client.id>`,
 *   `guest:<sha256 of the guest token>`, `anonymous:<sha256 of an Authorization header the
 *   handler checks itself>`, else `anonymous`) and live 24 hours.
 * - The fingerprint is SHA-256 over the method, the path with its query and the raw body
 *   bytes; for multipart uploads (streamed to the handler, with a boundary of their own)
 *   the body stands as its media type and Content-Length.
 * - Just before the handler (after authentication, validation and every route
 *   preHandler, so those refusals never touch a key), a `running` record is inserted;
 *   the unique (caller_key, key) decides which of two concurrent requests runs. The
 *   answer is stored in onSend, before the caller sees it. Replays carry
 *   `Idempotent-Replayed: true`; another body under the key is 422
 *   IDEMPOTENCY_KEY_REUSED; a key still running is 409 IDEMPOTENCY_KEY_IN_USE.
 * - Stored: 2xx and the handler's business refusals (409, 410, 422). Not stored (the key is
 *   freed so the same key can be retried): other 4xx, 5xx, and answers that set a session
 *   cookie or say `Cache-Control: no-store` (the token endpoint). A 2xx that cannot be
 *   replayed (a stream, over 1 MB) is kept as done without a body: its retries get 409
 *   without Retry-After.
 */

declare module 'fastify' {
  interface FastifyInstance {
    idempotency: {
      /** Deletes expired records (the hourly sweep); returns how many. */
      sweepExpired(now?: Date): Promise<number>;
    };
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
/** How long a key is remembered. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** Answers larger than this are not kept for replay. */
export const MAX_STORED_BODY_BYTES = 1024 * 1024;
/** The response headers a replay repeats (never Set-Cookie). */
const STORED_HEADERS = ['content-type', 'location', 'etag', 'cache-control'] as const;
/** Statuses of a handler's answer that are final for the key (besides 2xx). */
const STORED_ERROR_STATUSES = new Set([409, 410, 422]);
/** Cookies every API answer may set (auth.ts): not part of a result. */
const INCIDENTAL_COOKIES = new Set(['csrf_token']);
/** Uploads are not bound by REQUEST_TIMEOUT_MS: one is presumed dead after an hour (like its `.part`). */
const UPLOAD_STALE_MS = 3600_000;
/** When REQUEST_TIMEOUT_MS is 0 (no timeout). */
const DEFAULT_STALE_MS = 10 * 60_000;
const SWEEP_INTERVAL_MS = 3600_000;

const isMultipart = (request: FastifyRequest) => /^multipart\//i.test(request.headers['content-type'] ?? '');

/**
 * The key of an `Idempotency-Key` value: an sf-string (RFC 8941 §3.3.3: `"…"` with `\"` and
 * `\\` escapes) or, leniently, the bare value; 1–255 printable ASCII characters. Null when
 * malformed (two header lines arrive joined by ", " and are refused as well).
 */
export function parseIdempotencyKey(value: string): string | null {
  const raw = value.trim();
  let key: string;
  if (raw.startsWith('"')) {
    let result = '';
    let index = 1;
    for (;;) {
      if (index >= raw.length) return null; // unterminated
      const char = raw[index]!;
      if (char === '\\') {
        const next = raw[index + 1];
        if (next !== '"' && next !== '\\') return null;
        result += next;
        index += 2;
        continue;
      }
      if (char === '"') break;
      const code = char.charCodeAt(0);
      if (code < 0x20 || code > 0x7e) return null;
      result += char;
      index += 1;
    }
    if (index !== raw.length - 1) return null; // something after the closing quote
    key = result;
  } else {
    // A bare token, UUID, ULID…: visible ASCII without spaces or quotes
    if (!/^[\x21\x23-\x7e]+$/.test(raw)) return null;
    key = raw;
  }
  return key.length >= 1 && key.length <= 255 ? key : null;
}

/** A pass-through stream that hashes what the body parser reads. */
class HashingStream extends Transform {
  /** Fastify compares this with Content-Length (a replaced payload stream must set it). */
  receivedEncodedLength = 0;
  digest: string | null = null;
  constructor(private readonly hash: Hash) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.receivedEncodedLength += chunk.length;
    this.hash.update(chunk);
    callback(null, chunk);
  }
  override _flush(callback: TransformCallback) {
    this.digest = this.hash.digest('hex');
    callback();
  }
}

interface KeyedRequest {
  key: string;
  /** The raw body's hash stream (JSON, form…); null for multipart and bodiless requests */
  body: HashingStream | null;
  /** Set when this request owns the record (it runs the handler) */
  recordId?: string;
  /** The record was completed or deleted: nothing left to do */
  settled?: boolean;
}

const keyed = new WeakMap<FastifyRequest, KeyedRequest>();

/** Who the key belongs to: the replay goes only to the same caller. */
export function callerKeyOf(request: FastifyRequest): string {
  // A Bearer token of an API client (auth.ts)
  if (request.apiClient) return `client:${request.apiClient.id}`;
  // A guest token acts as the guest even for a signed-in citizen (features/dossiers/access.ts)
  const guestToken = guestTokenOf(request);
  if (guestToken) return `guest:${hashGuestToken(guestToken)}`;
  if (request.user) return `user:${request.user.id}`;
  // Credentials the handler itself checks (client_secret_basic at POST /oauth/token): a
  // replay must never hand their answer to a request without them.
  const authorization = request.headers.authorization;
  if (authorization) return `anonymous:${createHash('sha256').update(authorization).digest('hex')}`;
  return 'anonymous';
}

function fingerprintOf(request: FastifyRequest, state: KeyedRequest): string {
  const hash = createHash('sha256').update(`${request.method}\n${request.url}\n`);
  if (isMultipart(request)) {
    // The parts stream to the handler and their boundary differs on every send: the
    // media type (without its boundary) and the length stand for the body.
    const mediaType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    hash.update(`multipart ${mediaType} ${request.headers['content-length'] ?? 'chunked'}`);
  } else {
    hash.update(`body ${state.body?.digest ?? createHash('sha256').digest('hex')}`);
  }
  return hash.digest('hex');
}

function storedHeadersOf(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of STORED_HEADERS) {
    const value = reply.getHeader(name);
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return headers;
}

/** `Cache-Control: no-store` (an access token, RFC 6749 §5.1): the answer holds a secret not to be kept. */
const forbidsStoring = (reply: FastifyReply) => /(^|,)\s*no-store\s*(,|$)/i.test(String(reply.getHeader('cache-control') ?? ''));

/** True when the answer sets a cookie other than the CSRF token (a session: login, refresh, logout). */
function setsSessionCookie(reply: FastifyReply): boolean {
  const header = reply.getHeader('set-cookie');
  if (header === undefined) return false;
  const cookies = [header].flat().map(String);
  return cookies.some((cookie) => !INCIDENTAL_COOKIES.has(cookie.split('=')[0]!.trim()));
}

function bodyBytesOf(payload: unknown): Buffer | null {
  if (payload === null || payload === undefined) return Buffer.alloc(0);
  if (typeof payload === 'string') return Buffer.from(payload);
  if (Buffer.isBuffer(payload)) return payload;
  return null; // a stream: not replayable
}

export default fp(
  async function idempotency(app) {
    const { prisma, config } = app;
    const staleAfterMs = (request: FastifyRequest) =>
      isMultipart(request) ? UPLOAD_STALE_MS : config.requestTimeoutMs > 0 ? 2 * config.requestTimeoutMs : DEFAULT_STALE_MS;

    // 1. The header is read (and refused when malformed) before anything else of a POST.
    app.addHook('onRequest', async (request) => {
      if (request.method !== 'POST') return;
      const header = request.headers[IDEMPOTENCY_HEADER];
      if (header === undefined) return;
      const key = typeof header === 'string' ? parseIdempotencyKey(header) : null;
      if (key === null) throw new DomainError('IDEMPOTENCY_KEY_INVALID');
      keyed.set(request, { key, body: null });
    });

    // 2. The raw body is hashed as the parser reads it (multipart streams to the handler: see fingerprintOf).
    app.addHook('preParsing', async (request, _reply, payload) => {
      const state = keyed.get(request);
      if (!state || isMultipart(request)) return payload;
      const hashing = new HashingStream(createHash('sha256'));
      payload.on('error', (error) => hashing.destroy(error));
      state.body = hashing;
      return payload.pipe(hashing);
    });

    // 3. Just before the handler: claim the key, or answer from the record.
    const claim: preHandlerAsyncHookHandler = async function claimIdempotencyKey(request, reply) {
      const state = keyed.get(request);
      if (!state) return;
      const callerKey = callerKeyOf(request);
      const requestHash = fingerprintOf(request, state);
      const path = request.url.slice(0, 2000);
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const now = new Date();
        const [created] = await prisma.idempotencyRecord.createManyAndReturn({
          data: [{ callerKey, key: state.key, method: request.method, path, requestHash, createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) }],
          skipDuplicates: true,
          select: { id: true },
        });
        if (created) {
          state.recordId = created.id;
          return;
        }
        const existing = await prisma.idempotencyRecord.findUnique({ where: { callerKey_key: { callerKey, key: state.key } } });
        if (!existing) continue; // swept or freed meanwhile: try again
        if (existing.expiresAt <= now) {
          // Expired, not yet swept: forgotten
          await prisma.idempotencyRecord.deleteMany({ where: { id: existing.id, expiresAt: { lte: now } } });
          continue;
        }
        if (existing.requestHash !== requestHash) {
          return sendProblem(reply, request, 'IDEMPOTENCY_KEY_REUSED', {
            detail: 'This Idempotency-Key was used with another method, path or body in the last 24 hours; use a new key for a new request.',
          });
        }
        if (existing.state === 'running') {
          if (existing.createdAt.getTime() > now.getTime() - staleAfterMs(request)) {
            reply.header('retry-after', '1');
            return sendProblem(reply, request, 'IDEMPOTENCY_KEY_IN_USE', {
              detail: 'The first request with this Idempotency-Key has not finished yet; retry shortly.',
            });
          }
          // Its process died (or it was never answered): take it over.
          const { count } = await prisma.idempotencyRecord.updateMany({
            where: { id: existing.id, state: 'running', createdAt: existing.createdAt },
            data: { createdAt: now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_TTL_MS) },
          });
          if (count === 1) {
            request.log.warn({ idempotencyKey: state.key, since: existing.createdAt }, 'stale idempotency record taken over');
            state.recordId = existing.id;
            return;
          }
          continue;
        }
        if (existing.responseStatus === null || existing.responseBody === null) {
          return sendProblem(reply, request, 'IDEMPOTENCY_KEY_IN_USE', {
            detail: 'The request with this Idempotency-Key was completed, but its answer cannot be replayed (see the documentation); use a new key for a new request.',
          });
        }
        const headers = (existing.responseHeaders ?? {}) as Record<string, string>;
        for (const [name, value] of Object.entries(headers)) reply.header(name, value);
        reply.header(REPLAYED_HEADER, 'true');
        return reply.code(existing.responseStatus).send(Buffer.from(existing.responseBody));
      }
      // Three rounds of races on one key: let the caller come back
      reply.header('retry-after', '1');
      return sendProblem(reply, request, 'IDEMPOTENCY_KEY_IN_USE');
    };

    const free = async (request: FastifyRequest, state: KeyedRequest) => {
      state.settled = true;
      await prisma.idempotencyRecord.deleteMany({ where: { id: state.recordId!, state: 'running' } });
    };

    // 4. The answer of the request that ran is stored before it leaves (the route's last
    // onSend: after the feature's own hooks have set their headers).
    const storeAnswer: onSendHookHandler = async function storeIdempotentAnswer(request, reply, payload) {
      const state = keyed.get(request);
      if (!state?.recordId || state.settled) return payload;
      const status = reply.statusCode;
      try {
        if (status === 503 && config.requestTimeoutMs > 0 && reply.elapsedTime >= config.requestTimeoutMs) {
          // REQUEST_TIMEOUT_MS answered for a handler that may still commit: the key stays
          // running (409) until it is stale, rather than letting a retry run it twice.
          state.settled = true;
          return payload;
        }
        const final = (status >= 200 && status < 300) || STORED_ERROR_STATUSES.has(status);
        if (!final || setsSessionCookie(reply) || forbidsStoring(reply)) {
          await free(request, state);
          return payload;
        }
        const body = bodyBytesOf(payload);
        const replayable = body !== null && body.length <= MAX_STORED_BODY_BYTES;
        state.settled = true;
        await prisma.idempotencyRecord.updateMany({
          where: { id: state.recordId, state: 'running' },
          data: {
            state: 'completed',
            responseStatus: status,
            responseHeaders: replayable ? storedHeadersOf(reply) : {},
            responseBody: replayable ? new Uint8Array(body) : null,
          },
        });
      } catch (error) {
        // The answer goes out anyway; the record turns stale and is taken over.
        request.log.error({ err: error }, 'could not store the idempotent answer');
      }
      return payload;
    };

    // Last preHandler and last onSend of every POST route: after authentication, scopes, CSRF
    // and validation; after every header of the answer is set.
    app.addHook('onRoute', (route) => {
      if (![route.method].flat().includes('POST')) return;
      route.preHandler = [...[route.preHandler ?? []].flat(), claim];
      route.onSend = [...[route.onSend ?? []].flat(), storeAnswer];
    });

    // Not answered through onSend (hijacked, aborted before a reply): free the key.
    const cleanUp = async (request: FastifyRequest) => {
      const state = keyed.get(request);
      keyed.delete(request);
      if (!state?.recordId || state.settled) return;
      await free(request, state).catch((error: unknown) => request.log.error({ err: error }, 'could not free an idempotency key'));
    };
    app.addHook('onResponse', cleanUp);

    const sweepExpired = async (now = new Date()) => (await prisma.idempotencyRecord.deleteMany({ where: { expiresAt: { lt: now } } })).count;
    app.decorate('idempotency', { sweepExpired });

    // 5. Expired records are swept hourly, like the storage (storage-maintenance.ts).
    app.backgroundWork.every({
      name: 'idempotency sweep',
      intervalMs: SWEEP_INTERVAL_MS,
      run: async () => {
        const count = await sweepExpired();
        if (count > 0) app.log.info({ count }, 'expired idempotency keys swept');
      },
    });
  },
  { name: 'idempotency', dependencies: ['prisma', 'auth', 'problem-details', 'background-work'] },
);
