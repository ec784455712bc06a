import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { CLIENT_TOKEN_TTL_SECONDS, DomainError, isApiScope, type TApiScope, type TStaffRole, type TUserKind, type TUserRole } from '@portal/domain';
import type { AppConfig } from '../../config.ts';
import { clientScope, SECURITY, withSecurity } from '../external/openapi.ts';

/** Who is making the request, as every feature sees it (null: signed out). */
export interface SessionUser {
  id: string;
  kind: TUserKind;
  username: string;
  fullName: string | null;
  roles: TUserRole[];
  agencyId: string | null;
}

interface AccessTokenPayload {
  /** user id */
  sub: string;
  /** session id: the token dies with its session (logout, password change, reuse) */
  sid: string;
}

/** Who is calling with a Bearer token: an active API client (never a signed-in user). */
export interface ApiClientPrincipal {
  /** api_client.id */
  id: string;
  /** The public client_id */
  clientId: string;
  name: string;
  /** null: province-wide; else this agency and its units */
  agencyId: string | null;
  /** The token's scopes that the client still holds */
  scopes: TApiScope[];
  rateLimitPerMinute: number;
}

/**
 * A client access token (RFC 9068 style, header `typ: at+jwt`). Signed with its own key
 * (deriveKey(secret, 'client-token')), carries `typ: 'client'` and its own audience, so a
 * session token is never accepted as a client token and a client token never as a session.
 */
interface ClientTokenPayload {
  typ: 'client';
  aud: typeof CLIENT_TOKEN_AUDIENCE;
  /** api_client.id */
  sub: string;
  client_id: string;
  /** Space-separated granted scopes */
  scope: string;
  jti: string;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenPayload | ClientTokenPayload;
    user: SessionUser | null;
  }
}

export const CLIENT_TOKEN_AUDIENCE = 'portal-api:client';
/** `lastUsedAt` of a client is written at most this often (not on every request). */
export const CLIENT_LAST_USED_THROTTLE_MS = 60_000;

export interface ClientTokens {
  /** A signed access token for the client with these (already checked) scopes. */
  sign(client: { id: string; clientId: string }, scopes: readonly TApiScope[]): { accessToken: string; expiresIn: number };
}

export interface SessionCookies {
  /** Sets the access and refresh cookies of a session, and the session hint. */
  set(reply: FastifyReply, tokens: { accessToken: string; refreshToken: string; remember: boolean }): void;
  /** Sets only the non-secret SESSION_HINT_COOKIE (with the session's cookies; on GET /me for sessions older than it). */
  setHint(reply: FastifyReply, remember: boolean): void;
  /** Removes them, the hint too (logout, revoked or expired session). */
  clear(reply: FastifyReply): void;
  /** A signed, short-lived access token for the session. */
  signAccessToken(userId: string, sessionId: string): string;
  /** A new refresh token for the session: `${sessionId}.${random}.${mac}` (the mac proves we issued it). */
  newRefreshToken(sessionId: string): string;
  /** The session a refresh token claims to belong to, when the token is one we issued; else null. */
  sessionIdOfRefreshToken(token: string): string | null;
  hashToken(token: string): string;
}

declare module 'fastify' {
  interface FastifyInstance {
    sessionCookies: SessionCookies;
    /** preHandler: any signed-in account, else 401 UNAUTHENTICATED */
    requireUser: preHandlerAsyncHookHandler;
    /** preHandler: a signed-in citizen (403 FORBIDDEN for staff) */
    requireCitizen: preHandlerAsyncHookHandler;
    /** preHandler factory: signed-in staff having one of `roles` (any staff role when omitted) */
    requireStaff(roles?: readonly TStaffRole[]): preHandlerAsyncHookHandler;
    /** preHandler: a Bearer token of an active client holding `scope`; 401 without, 403 INSUFFICIENT_SCOPE */
    requireClientScope(scope: TApiScope): preHandlerAsyncHookHandler;
    /** The agencies a client may see: null = every agency (province-wide), else its agency and all descendants */
    agencyScopeOf(client: ApiClientPrincipal): Promise<string[] | null>;
    clientTokens: ClientTokens;
  }
  interface FastifyRequest {
    /** The session of the access token, when signed in */
    sessionId: string | null;
    /** The API client of a valid Bearer token (then `user` is null and cookies are ignored) */
    apiClient: ApiClientPrincipal | null;
  }
  interface FastifyContextConfig {
    /** The answer is the same for every visitor and publicly cacheable: it never sets a cookie */
    publicCache?: boolean;
    /**
     * CSRF check of an unsafe method: by default only when the request carries a session
     * cookie; `always` also without one (login, against login CSRF).
     */
    csrf?: 'always';
    /** `false`: the route never looks up the caller's session (health: it must not touch the database but once) */
    session?: false;
  }
}

export const ACCESS_COOKIE = 'access_token';
export const REFRESH_COOKIE = 'refresh_token';
export const CSRF_COOKIE = 'csrf_token';
/**
 * Not a secret, readable by the SPA: "a session may exist". Set with the session's cookies
 * and for as long as they live, cleared with them; the SPA calls GET /me (and
 * /auth/refresh) only when it is there, so an anonymous visit answers no 401.
 */
export const SESSION_HINT_COOKIE = 'session_hint';
export const CSRF_HEADER = 'x-csrf-token';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
/** "Tự động đăng nhập lần sau" keeps the session this long; otherwise it ends with the browser (or after SESSION_TTL). */
export const REMEMBER_TTL_SECONDS = 30 * 24 * 3600;
export const SESSION_TTL_SECONDS = 12 * 3600;
const ACCESS_COOKIE_PATH = '/api';
/** The refresh token only travels to /api/v1/auth/refresh and /logout. */
const REFRESH_COOKIE_PATH = '/api/v1/auth';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * JWT_SECRET, or in development a random secret generated once and kept in DATA_DIR so
 * sessions survive restarts (config refuses production without JWT_SECRET).
 */
export function resolveSecret(config: Pick<AppConfig, 'jwtSecret' | 'dataDir'>): string {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, 'jwt-secret');
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync(config.dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(48).toString('base64url'), { flag: 'wx', mode: 0o600 });
    } catch (error) {
      // Another process created it first: use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    return readFileSync(file, 'utf8').trim();
  }
}

/** Requests that came with `Authorization: Bearer` (whatever their token): never cookie requests. */
const bearerRequests = new WeakSet<FastifyRequest>();

/** The token of an `Authorization: Bearer <token>` header (RFC 6750 §2.1), '' when the header names Bearer without a token; null for no header or another scheme. */
export function bearerTokenOf(header: string | undefined): string | null {
  if (!header) return null;
  const match = /^bearer(?:\s+(.*))?$/is.exec(header.trim());
  if (!match) return null;
  return (match[1] ?? '').trim();
}

/** One secret, independent keys per use: a leaked CSRF token says nothing about the JWT key. */
export const deriveKey = (secret: string, purpose: string): Buffer => createHmac('sha256', secret).update(`portal:${purpose}`).digest();

const mac = (key: Buffer, value: string) => createHmac('sha256', key).update(value).digest('base64url').slice(0, 32);

export const safeEqual = (a: string, b: string): boolean => {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * Sessions and who is asking: a short-lived JWT access token and a rotating refresh
 * token, both in httpOnly SameSite cookies; every /api request with an access token is
 * checked against its session row, so logout and revocation take effect at once.
 * CSRF: signed double-submit — a readable `csrf_token` cookie that the SPA copies into
 * `X-CSRF-Token` on writes.
 */
export default fp(
  async function auth(app) {
    const { config } = app;
    const secret = resolveSecret(config);
    const refreshKey = deriveKey(secret, 'refresh-token');
    const csrfKey = deriveKey(secret, 'csrf');

    await app.register(fastifyJwt, {
      secret: deriveKey(secret, 'jwt').toString('base64url'),
      sign: { algorithm: 'HS256' },
      verify: { algorithms: ['HS256'] },
    });
    app.decorateRequest('sessionId', null);

    const cookieBase = { httpOnly: true, secure: config.cookieSecure } as const;

    const sessionCookies: SessionCookies = {
      set(reply, { accessToken, refreshToken, remember }) {
        reply.setCookie(ACCESS_COOKIE, accessToken, {
          ...cookieBase,
          sameSite: 'lax',
          path: ACCESS_COOKIE_PATH,
          ...(remember ? { maxAge: ACCESS_TOKEN_TTL_SECONDS } : {}),
        });
        reply.setCookie(REFRESH_COOKIE, refreshToken, {
          ...cookieBase,
          sameSite: 'strict',
          path: REFRESH_COOKIE_PATH,
          ...(remember ? { maxAge: REMEMBER_TTL_SECONDS } : {}),
        });
        sessionCookies.setHint(reply, remember);
      },
      setHint(reply, remember) {
        reply.setCookie(SESSION_HINT_COOKIE, '1', {
          httpOnly: false,
          secure: config.cookieSecure,
          sameSite: 'lax',
          path: '/',
          ...(remember ? { maxAge: REMEMBER_TTL_SECONDS } : {}),
        });
      },
      clear(reply) {
        reply.clearCookie(ACCESS_COOKIE, { ...cookieBase, sameSite: 'lax', path: ACCESS_COOKIE_PATH });
        reply.clearCookie(REFRESH_COOKIE, { ...cookieBase, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
        reply.clearCookie(SESSION_HINT_COOKIE, { httpOnly: false, secure: config.cookieSecure, sameSite: 'lax', path: '/' });
      },
      signAccessToken: (userId, sessionId) => app.jwt.sign({ sub: userId, sid: sessionId }, { expiresIn: ACCESS_TOKEN_TTL_SECONDS }),
      newRefreshToken(sessionId) {
        const body = `${sessionId}.${randomBytes(32).toString('base64url')}`;
        return `${body}.${mac(refreshKey, body)}`;
      },
      sessionIdOfRefreshToken(token) {
        const parts = token.split('.');
        if (parts.length !== 3) return null;
        const [sessionId, random, signature] = parts as [string, string, string];
        return safeEqual(signature, mac(refreshKey, `${sessionId}.${random}`)) ? sessionId : null;
      },
      hashToken: (token) => createHash('sha256').update(token).digest('hex'),
    };
    app.decorate('sessionCookies', sessionCookies);

    const newCsrfToken = () => {
      const nonce = randomBytes(18).toString('base64url');
      return `${nonce}.${mac(csrfKey, nonce)}`;
    };
    const isValidCsrfToken = (token: string | undefined): token is string => {
      if (!token) return false;
      const [nonce, signature, extra] = token.split('.');
      return Boolean(nonce && signature && extra === undefined && safeEqual(signature, mac(csrfKey, nonce)));
    };

    app.decorateRequest('apiClient', null);
    const clientKey = deriveKey(secret, 'client-token').toString('base64url');
    const clientTokens: ClientTokens = {
      sign(client, scopes) {
        const payload: ClientTokenPayload = {
          typ: 'client',
          aud: CLIENT_TOKEN_AUDIENCE,
          sub: client.id,
          client_id: client.clientId,
          scope: scopes.join(' '),
          jti: randomBytes(12).toString('base64url'),
        };
        const accessToken = app.jwt.sign(payload, { key: clientKey, expiresIn: CLIENT_TOKEN_TTL_SECONDS, header: { alg: 'HS256', typ: 'at+jwt' } });
        return { accessToken, expiresIn: CLIENT_TOKEN_TTL_SECONDS };
      },
    };
    app.decorate('clientTokens', clientTokens);

    /** The claims of a valid client token (our key, our audience, typ client); null for anything else. */
    const verifyClientToken = (token: string): ClientTokenPayload | null => {
      try {
        const payload = app.jwt.verify<ClientTokenPayload>(token, { key: clientKey, allowedAud: CLIENT_TOKEN_AUDIENCE });
        return payload.typ === 'client' && typeof payload.sub === 'string' && typeof payload.scope === 'string' ? payload : null;
      } catch {
        return null;
      }
    };
    const refuseToken = (reply: FastifyReply): never => {
      reply.header('www-authenticate', 'Bearer realm="portal", error="invalid_token"');
      throw new DomainError('INVALID_TOKEN');
    };
    // lastUsedAt is written at most once a minute per client and process, never awaited by the request.
    const lastUsedWritten = new Map<string, number>();
    const noteClientUse = (request: FastifyRequest, clientId: string) => {
      const now = Date.now();
      if (now - (lastUsedWritten.get(clientId) ?? 0) < CLIENT_LAST_USED_THROTTLE_MS) return;
      lastUsedWritten.set(clientId, now);
      app.prisma.apiClient.update({ where: { id: clientId }, data: { lastUsedAt: new Date(now) }, select: { id: true } }).catch((error: unknown) => {
        request.log.warn({ err: error }, 'could not note the API client’s last use');
      });
    };

    /**
     * A machine caller: `Authorization: Bearer <client token>`. Such a request is never a
     * cookie request: its cookies are dropped (so no session, no refresh, no CSRF), and a
     * token that does not verify, or whose client is no longer active, is refused at once
     * (401 invalid_token) on every /api route. The client row is read on each request — one
     * primary-key lookup, as for sessions — so revocation and removed scopes apply at once.
     */
    const authenticateClient = async (request: FastifyRequest, reply: FastifyReply, token: string) => {
      bearerRequests.add(request);
      request.cookies = {};
      const payload = verifyClientToken(token);
      if (!payload) return refuseToken(reply);
      const client = await app.prisma.apiClient.findUnique({
        where: { id: payload.sub },
        select: { id: true, clientId: true, name: true, agencyId: true, scopes: true, rateLimitPerMinute: true, status: true },
      });
      if (!client || client.status !== 'active' || client.clientId !== payload.client_id) return refuseToken(reply);
      const granted = new Set(client.scopes);
      const scopes = payload.scope.split(' ').filter((scope): scope is TApiScope => isApiScope(scope) && granted.has(scope));
      request.apiClient = {
        id: client.id,
        clientId: client.clientId,
        name: client.name,
        agencyId: client.agencyId,
        scopes,
        rateLimitPerMinute: client.rateLimitPerMinute,
      };
      noteClientUse(request, client.id);
      await app.clientRateLimit(request, reply, request.apiClient);
    };

    // Who is asking: a Bearer token's API client, or the access token's session, still valid, of an active account.
    app.addHook('onRequest', async (request, reply) => {
      request.user = null;
      request.apiClient = null;
      if (!request.url.startsWith('/api/') || request.routeOptions.config.session === false) return;
      const bearer = bearerTokenOf(request.headers.authorization);
      if (bearer !== null) return authenticateClient(request, reply, bearer);
      const token = request.cookies[ACCESS_COOKIE];
      if (!token) return;
      let payload: AccessTokenPayload;
      try {
        payload = app.jwt.verify<AccessTokenPayload>(token);
      } catch {
        return; // expired or forged: signed out (the SPA refreshes)
      }
      if (typeof payload.sid !== 'string') return; // not a session token
      const session = await app.prisma.session.findUnique({
        where: { id: payload.sid },
        select: {
          id: true,
          userId: true,
          revokedAt: true,
          expiresAt: true,
          user: { select: { id: true, kind: true, username: true, fullName: true, roles: true, agencyId: true, status: true } },
        },
      });
      if (!session || session.userId !== payload.sub || session.revokedAt || session.expiresAt <= new Date()) return;
      const { user } = session;
      if (user.status !== 'active') return;
      request.user = { id: user.id, kind: user.kind, username: user.username, fullName: user.fullName, roles: user.roles, agencyId: user.agencyId };
      request.sessionId = session.id;
    });

    // CSRF: API responses make sure the browser holds a valid token to copy — except
    // publicly cacheable ones (the catalogue), which must stay identical for every visitor
    // and never carry a Set-Cookie a shared cache could hand to someone else.
    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      // A Bearer request carries no cookies (dropped above): no session to forge a request with.
      if (!request.url.startsWith('/api/') || bearerRequests.has(request)) return;
      const cookie = request.cookies[CSRF_COOKIE];
      const cookieValid = isValidCsrfToken(cookie);
      if (!cookieValid && !request.routeOptions.config.publicCache) {
        reply.setCookie(CSRF_COOKIE, newCsrfToken(), { httpOnly: false, secure: config.cookieSecure, sameSite: 'strict', path: '/' });
      }
      if (SAFE_METHODS.has(request.method)) return;
      const carriesSession = Boolean(request.cookies[ACCESS_COOKIE] || request.cookies[REFRESH_COOKIE]);
      if (!carriesSession && request.routeOptions.config.csrf !== 'always') return;
      const header = request.headers[CSRF_HEADER];
      if (!cookieValid || typeof header !== 'string' || !safeEqual(header, cookie)) throw new DomainError('CSRF_INVALID');
    });

    const requireUser: preHandlerAsyncHookHandler = async (request) => {
      if (!request.user) throw new DomainError('UNAUTHENTICATED');
    };
    app.decorate('requireUser', requireUser);
    app.decorate('requireCitizen', async (request: FastifyRequest) => {
      if (!request.user) throw new DomainError('UNAUTHENTICATED');
      if (request.user.kind !== 'citizen') throw new DomainError('FORBIDDEN');
    });
    // withSecurity: the OpenAPI document derives each route's `security` from its preHandler.
    app.decorate('requireStaff', (roles?: readonly TStaffRole[]): preHandlerAsyncHookHandler =>
      withSecurity(async (request: FastifyRequest) => {
        if (!request.user) throw new DomainError('UNAUTHENTICATED');
        if (request.user.kind !== 'staff') throw new DomainError('FORBIDDEN');
        if (roles && !roles.some((role) => request.user!.roles.includes(role))) throw new DomainError('FORBIDDEN');
      }, SECURITY.session),
    );

    app.decorate('requireClientScope', (scope: TApiScope): preHandlerAsyncHookHandler =>
      withSecurity(async (request: FastifyRequest, reply: FastifyReply) => {
        const client = request.apiClient;
        if (!client) {
          reply.header('www-authenticate', 'Bearer realm="portal"');
          throw new DomainError('UNAUTHENTICATED');
        }
        if (!client.scopes.includes(scope)) {
          reply.header('www-authenticate', `Bearer realm="portal", error="insufficient_scope", scope="${scope}"`);
          throw new DomainError('INSUFFICIENT_SCOPE', { details: { scope } });
        }
      }, clientScope(scope)),
    );

    app.decorate('agencyScopeOf', async (client: ApiClientPrincipal): Promise<string[] | null> => {
      if (client.agencyId === null) return null;
      const rows = await app.prisma.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE tree AS (
          SELECT id FROM agency WHERE id = ${client.agencyId}::uuid
          UNION
          SELECT a.id FROM agency a JOIN tree t ON a.parent_id = t.id
        )
        SELECT id::text AS id FROM tree`;
      return rows.map((row) => row.id);
    });
  },
  { name: 'auth', dependencies: ['prisma', 'rate-limit'] },
);
