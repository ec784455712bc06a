import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../config.ts';
import security from './security.ts';

async function headersOf(env: Record<string, string>) {
  const app = Fastify();
  app.decorate('config', parseConfig({ JWT_SECRET: 'p'.repeat(32), ...env }));
  await app.register(security);
  app.get('/probe', async () => ({ ok: true }));
  try {
    return (await app.inject({ method: 'GET', url: '/probe' })).headers;
  } finally {
    await app.close();
  }
}

describe('security headers', () => {
  it('sends Strict-Transport-Security for a year, subdomains included, when cookies are secure (production)', async () => {
    expect((await headersOf({ NODE_ENV: 'production' }))['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect((await headersOf({ COOKIE_SECURE: 'true' }))['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('leaves it out over plain HTTP, and behind a proxy that adds it itself (HSTS=false)', async () => {
    expect((await headersOf({}))['strict-transport-security']).toBeUndefined();
    expect((await headersOf({ NODE_ENV: 'production', HSTS: 'false' }))['strict-transport-security']).toBeUndefined();
  });

  it('keeps the other headers either way', async () => {
    const headers = await headersOf({});
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
