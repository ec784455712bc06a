/**
 * (a) A token from `POST /api/v1/oauth/token`: OAuth 2.0 client credentials (RFC 6749 §4.4),
 * the client authenticated with HTTP Basic (`client_secret_basic`). The token is a short-lived
 * JWT; this source keeps it and asks for a new one shortly before it expires, so no request
 * goes out with a token about to lapse. Concurrent callers share one request for a new token.
 */

export interface ClientCredentials {
  /** e.g. http://127.0.0.1:3000 */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Ask for fewer scopes than the client holds (space-separated); default: all of them */
  scope?: string;
}

/** The token endpoint's answer (RFC 6749 §5.1) */
export interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}

export interface TokenSource {
  /** A valid access token: the cached one, or a new one when it expires within the margin */
  get(): Promise<string>;
  /** The scopes the portal granted with the last token */
  readonly scopes: string[];
  /** How many tokens were requested so far */
  readonly requests: number;
  /** Forget the cached token (e.g. after a 401): the next `get()` asks for a new one */
  invalidate(): void;
}

/** `client_secret_basic`: both parts form-urlencoded first (RFC 6749 §2.3.1), then base64 */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

/** One token request. Errors of the endpoint are RFC 6749 §5.2 (`error`, `error_description`). */
export async function requestToken(credentials: ClientCredentials): Promise<TokenResponse> {
  const form = new URLSearchParams({ grant_type: 'client_credentials' });
  if (credentials.scope) form.set('scope', credentials.scope);
  const url = new URL('/api/v1/oauth/token', credentials.baseUrl);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: basicAuthorization(credentials.clientId, credentials.clientSecret),
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
    },
    body: form,
  }).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new Error(`cannot reach the portal at ${url.origin} (${cause?.code ?? cause?.message ?? String(error)}): is it running? (PORTAL_URL)`);
  });
  const body = (await response.json().catch(() => ({}))) as Partial<TokenResponse> & { error?: string; error_description?: string; detail?: string };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`token request refused: HTTP ${response.status} ${body.error ?? ''} ${body.error_description ?? body.detail ?? ''}`.trim());
  }
  return body as TokenResponse;
}

/**
 * Refreshes `marginSeconds` before expiry (default: 60 s, or a tenth of the lifetime for
 * tokens shorter than 10 minutes). `now` is injectable for tests.
 */
export function clientCredentialsTokenSource(
  credentials: ClientCredentials,
  options: { marginSeconds?: number; now?: () => number } = {},
): TokenSource {
  const now = options.now ?? Date.now;
  let cached: { token: string; refreshAt: number } | null = null;
  let pending: Promise<string> | null = null;
  let scopes: string[] = [];
  let requests = 0;

  const fetchNew = async (): Promise<string> => {
    const issuedAt = now();
    requests += 1;
    const answer = await requestToken(credentials);
    const margin = options.marginSeconds ?? Math.min(60, answer.expires_in / 10);
    cached = { token: answer.access_token, refreshAt: issuedAt + (answer.expires_in - margin) * 1000 };
    scopes = answer.scope ? answer.scope.split(' ') : [];
    return answer.access_token;
  };

  return {
    async get() {
      if (cached && now() < cached.refreshAt) return cached.token;
      pending ??= fetchNew().finally(() => {
        pending = null;
      });
      return pending;
    },
    get scopes() {
      return scopes;
    },
    get requests() {
      return requests;
    },
    invalidate() {
      cached = null;
    },
  };
}
