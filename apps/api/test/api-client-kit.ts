import type { FastifyInstance } from 'fastify';
import { API_SCOPES, type TApiScope } from '@portal/domain';
import { hashClientSecret, hintOf, newClientId, newClientSecret } from '../src/features/api-clients/secrets.ts';

export { DEMO_INTEGRATOR } from '@portal/db/seed';

export interface TestApiClient {
  /** api_client.id (actor_client_id in audit and history rows) */
  id: string;
  /** The public client id for the token request */
  clientId: string;
  secret: string;
}

/**
 * An active API client written straight into the test database (as the admin API would
 * create it): `agencyId` omitted or null = province-wide; `scopes` default every scope.
 */
export async function createTestApiClient(
  app: FastifyInstance,
  options: { scopes?: readonly TApiScope[]; agencyId?: string | null; name?: string; rateLimitPerMinute?: number } = {},
): Promise<TestApiClient> {
  const secret = newClientSecret();
  const clientId = newClientId();
  const row = await app.prisma.apiClient.create({
    data: {
      clientId,
      name: options.name ?? `Test client ${clientId}`,
      agencyId: options.agencyId ?? null,
      scopes: [...(options.scopes ?? API_SCOPES)],
      ...(options.rateLimitPerMinute ? { rateLimitPerMinute: options.rateLimitPerMinute } : {}),
      secrets: { create: { secretHash: await hashClientSecret(secret), hint: hintOf(secret) } },
    },
    select: { id: true },
  });
  return { id: row.id, clientId, secret };
}

/** `Authorization: Basic` of client_secret_basic (RFC 6749 §2.3.1: id and secret form-urlencoded). */
export const basicAuth = (clientId: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** An access token from POST /api/v1/oauth/token (client_secret_basic); throws with the answer when refused. */
export async function bearerTokenFor(app: FastifyInstance, clientId: string, secret: string, scope?: string): Promise<string> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/oauth/token',
    headers: { authorization: basicAuth(clientId, secret), 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ grant_type: 'client_credentials', ...(scope ? { scope } : {}) }).toString(),
  });
  if (response.statusCode !== 200) throw new Error(`token request refused: ${response.statusCode} ${response.body}`);
  return (response.json() as { access_token: string }).access_token;
}

/** The headers of a Bearer request. */
export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
