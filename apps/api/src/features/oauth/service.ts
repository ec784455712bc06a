import { randomBytes } from 'node:crypto';
import { DomainError, isApiScope, type TApiScope, type TClientTokenResponse, type TErrorCode, type TOAuthError } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { ClientTokens } from '../../plugins/app/auth.ts';
import type { RequestContext } from '../auth/service.ts';
import type { ApiClientRepository } from '../api-clients/repository.ts';
import { hashClientSecret, verifyClientSecret } from '../api-clients/secrets.ts';

/** The RFC 6749 §5.2 `error` of each token endpoint refusal. */
export const OAUTH_ERROR_OF: Partial<Record<TErrorCode, TOAuthError>> = {
  OAUTH_INVALID_REQUEST: 'invalid_request',
  OAUTH_INVALID_CLIENT: 'invalid_client',
  OAUTH_UNSUPPORTED_GRANT_TYPE: 'unsupported_grant_type',
  OAUTH_INVALID_SCOPE: 'invalid_scope',
};

export interface TokenRequest {
  grantType: string | undefined;
  scope: string | undefined;
  /** From HTTP Basic (client_secret_basic) or the body (client_secret_post); both at once is invalid_request */
  credentials: { clientId: string; clientSecret: string; method: 'client_secret_basic' | 'client_secret_post' } | null;
}

const refuse = (code: TErrorCode, description: string) => new DomainError(code, { message: description, details: { error_description: description } });

/** `lastUsedAt` of a client's secret is written at most this often by token requests. */
const LAST_USED_THROTTLE_MS = 60_000;

/**
 * RFC 6749 §4.4 client credentials: the client authenticates with its id and secret
 * (argon2id-verified against each secret still valid — two during a rotation's overlap)
 * and gets a short-lived JWT with the requested subset of its scopes. Every answer, given
 * or refused, is audited with the client.
 */
export function createOAuthService({ repository, audit, tokens }: { repository: ApiClientRepository; audit: Audit; tokens: ClientTokens }) {
  // An unknown client costs the same argon2 time as a real one, so timing tells nothing.
  const dummyHash = hashClientSecret(randomBytes(16).toString('hex'));
  /** When this process last wrote the last use of each secret */
  const notedAt = new Map<string, number>();

  async function failure(ctx: RequestContext, reason: string, attemptedClientId: string | null, client: { id: string; name: string; agencyId: string | null } | null) {
    await audit.record({
      action: 'oauth.token.failure',
      actorClientId: client?.id ?? null,
      actorName: client?.name ?? null,
      entityType: client ? 'api_client' : null,
      entityId: client?.id ?? null,
      agencyId: client?.agencyId ?? null,
      ip: ctx.ip,
      requestId: ctx.requestId,
      metadata: { reason, clientId: attemptedClientId?.slice(0, 100) ?? null },
    });
  }

  return {
    async issueToken(input: TokenRequest, ctx: RequestContext): Promise<TClientTokenResponse> {
      if (!input.grantType) {
        await failure(ctx, 'missing_grant_type', input.credentials?.clientId ?? null, null);
        throw refuse('OAUTH_INVALID_REQUEST', 'grant_type is required');
      }
      if (input.grantType !== 'client_credentials') {
        await failure(ctx, 'unsupported_grant_type', input.credentials?.clientId ?? null, null);
        throw refuse('OAUTH_UNSUPPORTED_GRANT_TYPE', 'Only grant_type=client_credentials is supported');
      }
      if (!input.credentials) {
        await failure(ctx, 'no_credentials', null, null);
        throw refuse('OAUTH_INVALID_CLIENT', 'Authenticate with HTTP Basic (client_secret_basic) or client_id and client_secret in the body (client_secret_post)');
      }
      const { clientId, clientSecret, method } = input.credentials;
      const now = new Date();
      const client = clientId.length <= 200 ? await repository.findForToken(clientId, now) : null;
      const usable = client?.status === 'active' ? client.secrets : [];
      let matched: { id: string; hint: string } | null = null;
      for (const secret of usable) {
        if (await verifyClientSecret(secret.secretHash, clientSecret)) {
          matched = secret;
          break;
        }
      }
      if (usable.length === 0) await verifyClientSecret(await dummyHash, clientSecret);
      if (!client || !matched) {
        await failure(ctx, !client ? 'unknown_client' : client.status !== 'active' ? 'revoked_client' : 'wrong_secret', clientId, client);
        throw refuse('OAUTH_INVALID_CLIENT', 'Unknown client, wrong or expired secret, or revoked client');
      }

      const granted = client.scopes.filter(isApiScope);
      let scopes: TApiScope[] = granted;
      const requested = input.scope?.split(' ').filter(Boolean) ?? [];
      if (requested.length > 0) {
        const refused = requested.filter((scope) => !isApiScope(scope) || !granted.includes(scope));
        if (refused.length > 0) {
          await failure(ctx, 'invalid_scope', clientId, client);
          throw refuse('OAUTH_INVALID_SCOPE', `Not granted to this client: ${refused.join(' ').slice(0, 200)}`);
        }
        scopes = [...new Set(requested as TApiScope[])];
      }

      const { accessToken, expiresIn } = tokens.sign(client, scopes);
      await audit.record({
        action: 'oauth.token.issue',
        actorClientId: client.id,
        actorName: client.name,
        entityType: 'api_client',
        entityId: client.id,
        agencyId: client.agencyId,
        ip: ctx.ip,
        requestId: ctx.requestId,
        metadata: { method, scopes, secretHint: matched.hint },
      });
      if (Date.now() - (notedAt.get(matched.id) ?? 0) >= LAST_USED_THROTTLE_MS) {
        notedAt.set(matched.id, Date.now());
        await repository.noteTokenIssued(client.id, matched.id, now);
      }
      return { access_token: accessToken, token_type: 'Bearer', expires_in: expiresIn, scope: scopes.join(' ') };
    },
  };
}
