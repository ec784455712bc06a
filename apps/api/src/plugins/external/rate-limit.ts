import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

/**
 * Per-route request limits (routes opt in with `config: { rateLimit: { max, timeWindow } }`),
 * counted per client IP in memory. A refusal is a 429 problem (RATE_LIMITED) with
 * Retry-After. Behind a reverse proxy set TRUST_PROXY so the client IP is the real one.
 */
export default fp(
  async function rateLimits(app) {
    await app.register(rateLimit, { global: false });
  },
  { name: 'rate-limit' },
);
