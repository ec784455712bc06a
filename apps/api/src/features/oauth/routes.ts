import type { FastifyError } from 'fastify';
import { hasZodFastifySchemaValidationErrors, type FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DomainError, ZClientTokenRequest, ZClientTokenResponse, ZOAuthProblem, ZProblem, type TErrorCode } from '@portal/domain';
import { sendProblem } from '../../plugins/app/problem-details.ts';
import { SECURITY } from '../../plugins/external/openapi.ts';
import { contextOf } from '../auth/routes.ts';
import { createApiClientRepository } from '../api-clients/repository.ts';
import { createOAuthService, OAUTH_ERROR_OF, type TokenRequest } from './service.ts';

/** Token requests per client IP and per client id, a minute: plenty for tokens that live 15 minutes, few for guessing. */
export const TOKEN_LIMITS = { perIpPerMinute: 60, perClientPerMinute: 30 } as const;

const FORM = 'application/x-www-form-urlencoded';

const invalidRequest = (description: string) => new DomainError('OAUTH_INVALID_REQUEST', { message: description, details: { error_description: description } });

/** `application/x-www-form-urlencoded` decoding of one credential part (RFC 6749 §2.3.1). */
const formDecode = (value: string) => decodeURIComponent(value.replaceAll('+', ' '));

/** client_secret_basic: `Authorization: Basic base64(urlencode(id):urlencode(secret))`; null without a Basic header. */
function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = header ? /^basic\s+(\S+)\s*$/i.exec(header.trim()) : null;
  if (!match) {
    if (header && /^basic\b/i.test(header.trim())) throw new DomainError('OAUTH_INVALID_CLIENT', { details: { error_description: 'Malformed HTTP Basic credentials' } });
    return null;
  }
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new DomainError('OAUTH_INVALID_CLIENT', { details: { error_description: 'Malformed HTTP Basic credentials' } });
  try {
    return { clientId: formDecode(decoded.slice(0, colon)), clientSecret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw new DomainError('OAUTH_INVALID_CLIENT', { details: { error_description: 'Malformed HTTP Basic credentials' } });
  }
}

/**
 * The OAuth code of a refusal of the token endpoint: its own codes; any other 400 (a
 * malformed body) is invalid_request and any other 401 (a bad Bearer header) invalid_client.
 */
function oauthCodeOf(error: FastifyError): TErrorCode | null {
  if (error instanceof DomainError) {
    if (OAUTH_ERROR_OF[error.code]) return error.code;
    return error.status === 400 ? 'OAUTH_INVALID_REQUEST' : error.status === 401 ? 'OAUTH_INVALID_CLIENT' : null;
  }
  if (hasZodFastifySchemaValidationErrors(error) || error.statusCode === 400) return 'OAUTH_INVALID_REQUEST';
  return null;
}

/**
 * POST /api/v1/oauth/token — OAuth 2.0 client credentials (RFC 6749 §4.4).
 *
 * Refusals follow RFC 6749 §5.2 and this API's problem rule at once: the body is an RFC
 * 9457 problem (`application/problem+json`, with `code` such as OAUTH_INVALID_CLIENT) that
 * ALSO carries the OAuth members `error` and `error_description`, so generic OAuth
 * libraries, which read `error` from a JSON body, understand it; `invalid_client` is 401
 * with `WWW-Authenticate: Basic`. Every answer is `Cache-Control: no-store`.
 */
export const oauthRoutes: FastifyPluginAsyncZod = async (app) => {
  const service = createOAuthService({ repository: createApiClientRepository(app.prisma), audit: app.audit, tokens: app.clientTokens });
  const perClient = app.createRateLimit({ max: TOKEN_LIMITS.perClientPerMinute, timeWindow: 60_000, keyGenerator: (request) => `oauth-token:${clientIdOf.get(request) ?? ''}` });
  const clientIdOf = new WeakMap<object, string>();

  // Form bodies only here (RFC 6749 §4.4.2): a repeated parameter is invalid_request (§3.2).
  app.addContentTypeParser(FORM, { parseAs: 'string' }, (_request, body, done) => {
    const params = new URLSearchParams(body as string);
    const result: Record<string, string> = {};
    for (const [name, value] of params) {
      if (Object.hasOwn(result, name)) return done(invalidRequest(`Parameter ${name.slice(0, 40)} is repeated`), undefined);
      result[name] = value;
    }
    done(null, result);
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    reply.header('pragma', 'no-cache');
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const code = oauthCodeOf(error);
    const oauthError = code ? OAUTH_ERROR_OF[code] : undefined;
    if (!code || !oauthError) throw error; // the application's problem handler (403 CSRF_INVALID, 415, 429…)
    const described = error instanceof DomainError ? error.details?.error_description : undefined;
    const description = typeof described === 'string' ? described : code === 'OAUTH_INVALID_REQUEST' ? 'Malformed token request' : undefined;
    if (oauthError === 'invalid_client') reply.header('www-authenticate', 'Basic realm="portal", charset="UTF-8"');
    return sendProblem(reply, request, code, {
      ...(description ? { detail: description } : {}),
      extra: { error: oauthError, ...(description ? { error_description: description } : {}) },
    });
  });

  app.post(
    '/oauth/token',
    {
      config: { rateLimit: { max: TOKEN_LIMITS.perIpPerMinute, timeWindow: '1 minute' } },
      schema: {
        operationId: 'issueToken',
        security: SECURITY.clientAuthentication,
        tags: ['oauth'],
        summary: 'Get an access token for a machine client (OAuth 2.0 client credentials)',
        description:
          'RFC 6749 §4.4. Body `grant_type=client_credentials` (form, `application/x-www-form-urlencoded`, or JSON), optional `scope` ' +
          '(space-separated subset of the client’s scopes; all of them when omitted). Authenticate with HTTP Basic (`client_secret_basic`, ' +
          'id and secret form-urlencoded) or `client_id` and `client_secret` in the body (`client_secret_post`), not both. The answer is a ' +
          'JWT valid `expires_in` seconds (900), sent as `Authorization: Bearer`. Refusals are problem documents that also carry the ' +
          'RFC 6749 §5.2 `error` member: 400 `invalid_request` (OAUTH_INVALID_REQUEST), 400 `unsupported_grant_type` ' +
          '(OAUTH_UNSUPPORTED_GRANT_TYPE), 400 `invalid_scope` (OAUTH_INVALID_SCOPE), 401 `invalid_client` (OAUTH_INVALID_CLIENT, with ' +
          '`WWW-Authenticate: Basic`). Limits: ' +
          `${TOKEN_LIMITS.perIpPerMinute} requests a minute per IP and ${TOKEN_LIMITS.perClientPerMinute} per client id (429 RATE_LIMITED). ` +
          'Answers are `Cache-Control: no-store`.',
        consumes: [FORM, 'application/json'],
        body: ZClientTokenRequest,
        response: { 200: ZClientTokenResponse, 400: ZOAuthProblem, 401: ZOAuthProblem, 403: ZProblem, 415: ZProblem, 429: ZProblem },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const basic = basicCredentials(request.headers.authorization);
      let credentials: TokenRequest['credentials'] = null;
      if (basic) {
        if (body.client_secret !== undefined) throw invalidRequest('Use one client authentication method: HTTP Basic or client_secret in the body, not both');
        if (body.client_id !== undefined && body.client_id !== basic.clientId) throw invalidRequest('client_id differs from the HTTP Basic one');
        credentials = { ...basic, method: 'client_secret_basic' };
      } else if (body.client_id !== undefined || body.client_secret !== undefined) {
        if (!body.client_id || body.client_secret === undefined) {
          throw new DomainError('OAUTH_INVALID_CLIENT', { details: { error_description: 'client_secret_post needs both client_id and client_secret' } });
        }
        credentials = { clientId: body.client_id, clientSecret: body.client_secret, method: 'client_secret_post' };
      }
      if (credentials) {
        clientIdOf.set(request, credentials.clientId.slice(0, 200));
        const budget = await perClient(request);
        if (!budget.isAllowed && budget.isExceeded) {
          reply.header('retry-after', String(Math.max(1, budget.ttlInSeconds)));
          throw new DomainError('RATE_LIMITED');
        }
      }
      return service.issueToken({ grantType: body.grant_type, scope: body.scope, credentials }, contextOf(request));
    },
  );
};
