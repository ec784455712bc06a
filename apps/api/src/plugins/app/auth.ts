import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyJwt from '@fastify/jwt';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import { DomainError, type TStaffRole, type TUserKind, type TUserRole } from '@portal/domain';
import type { AppConfig } from '../../config.ts';

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

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessTokenPayload;
    user: SessionUser | null;
  }
}

export interface SessionCookies {
  /** Sets the access and refresh cookies of a session. */
  set(reply: FastifyReply, tokens: { accessToken: string; refreshToken: string; remember: boolean }): void;
  /** Removes them (logout, revoked or expired session). */
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
  }
  interface FastifyRequest {
    /** The session of the access token, when signed in */
    sessionId: string | null;
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
      },
      clear(reply) {
        reply.clearCookie(ACCESS_COOKIE, { ...cookieBase, sameSite: 'lax', path: ACCESS_COOKIE_PATH });
        reply.clearCookie(REFRESH_COOKIE, { ...cookieBase, sameSite: 'strict', path: REFRESH_COOKIE_PATH });
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

    // Who is asking: the access token's session, still valid, of an active account.
    app.addHook('onRequest', async (request) => {
      request.user = null;
      if (!request.url.startsWith('/api/') || request.routeOptions.config.session === false) return;
      const token = request.cookies[ACCESS_COOKIE];
      if (!token) return;
      let payload: AccessTokenPayload;
      try {
        payload = app.jwt.verify<AccessTokenPayload>(token);
      } catch {
        return; // expired or forged: signed out (the SPA refreshes)
      }
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
      if (!request.url.startsWith('/api/')) return;
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
    app.decorate('requireStaff', (roles?: readonly TStaffRole[]): preHandlerAsyncHookHandler => async (request) => {
      if (!request.user) throw new DomainError('UNAUTHENTICATED');
      if (request.user.kind !== 'staff') throw new DomainError('FORBIDDEN');
      if (roles && !roles.some((role) => request.user!.roles.includes(role))) throw new DomainError('FORBIDDEN');
    });
  },
  { name: 'auth', dependencies: ['prisma'] },
);
