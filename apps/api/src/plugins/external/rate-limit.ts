import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError } from '@portal/domain';

/** The one quota policy of API clients: `rateLimitPerMinute` requests in a window of a minute. */
export const CLIENT_RATE_WINDOW_SECONDS = 60;
export const CLIENT_RATE_POLICY = 'client';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Counts one request of an API client against its `rateLimitPerMinute`; sets the
     * `RateLimit-Policy` and `RateLimit` headers (IETF draft-ietf-httpapi-ratelimit-headers)
     * and refuses with 429 RATE_LIMITED and Retry-After once the minute's quota is spent.
     */
    clientRateLimit(request: FastifyRequest, reply: FastifyReply, client: { id: string; rateLimitPerMinute: number }): Promise<void>;
  }
}

/**
 * Per-route request limits (routes opt in with `config: { rateLimit: { max, timeWindow } }`),
 * counted per client IP in memory. A refusal is a 429 problem (RATE_LIMITED) with
 * Retry-After. Behind a reverse proxy set TRUST_PROXY so the client IP is the real one.
 *
 * API clients (Bearer tokens) also have a quota of their own, keyed by the client's id
 * across all its tokens. Counted in this process's store (the plugin's in-memory store):
 * with several processes each counts its share — a store shared by every process is
 * issue 15.
 */
export default fp(
  async function rateLimits(app) {
    await app.register(rateLimit, { global: false });

    const limits = new WeakMap<FastifyRequest, number>();
    const clientLimiter = app.createRateLimit({
      keyGenerator: (request) => `api-client:${clientOf.get(request) ?? ''}`,
      max: (request) => limits.get(request) ?? 1,
      timeWindow: CLIENT_RATE_WINDOW_SECONDS * 1000,
    });
    const clientOf = new WeakMap<FastifyRequest, string>();

    app.decorate('clientRateLimit', async (request: FastifyRequest, reply: FastifyReply, client: { id: string; rateLimitPerMinute: number }) => {
      clientOf.set(request, client.id);
      limits.set(request, client.rateLimitPerMinute);
      const result = await clientLimiter(request);
      if (result.isAllowed) return; // (allow-listed: never, there is no allow list)
      const reset = Math.max(0, result.ttlInSeconds);
      reply.header('ratelimit-policy', `"${CLIENT_RATE_POLICY}";q=${result.max};w=${CLIENT_RATE_WINDOW_SECONDS}`);
      reply.header('ratelimit', `"${CLIENT_RATE_POLICY}";r=${result.remaining};t=${reset}`);
      if (result.isExceeded) {
        reply.header('retry-after', String(Math.max(1, reset)));
        throw new DomainError('RATE_LIMITED', { details: { limit: result.max, windowSeconds: CLIENT_RATE_WINDOW_SECONDS } });
      }
    });
  },
  { name: 'rate-limit' },
);
