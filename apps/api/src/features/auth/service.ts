import { randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ARGON2_OPTIONS } from '@portal/db/seed';
import {
  ACCOUNT_MESSAGES,
  DomainError,
  PASSWORD_MESSAGES,
  displayNameOf,
  formatDateTimeVn,
  passwordProblem,
  type TAccount,
  type TCaptchaChallenge,
  type TErrorCode,
  type TPasswordResetConfirm,
  type TRegisterRequest,
  type TUserKind,
} from '@portal/domain';
import type { Audit, AuditEventInput } from '../../plugins/app/audit.ts';
import { REMEMBER_TTL_SECONDS, SESSION_TTL_SECONDS, type SessionCookies } from '../../plugins/app/auth.ts';
import type { Mailer } from '../../plugins/app/mailer.ts';
import { toAccount } from '../me/account.ts';
import type { Captcha } from './captcha.ts';
import {
  ACCOUNT_LOCKOUT,
  ADDRESS_LOCKOUT,
  KNOWN_ADDRESS_DAYS,
  REPEATED_LOCKOUTS,
  REPEATED_WINDOW_HOURS,
  lockoutMinutes,
  throttleAddress,
} from './lockout.ts';
import { uniqueViolation, type AuthRepository, type Db, type LoginUser } from './repository.ts';
import { TOKEN_TTL_MS, TOKENS_PER_HOUR, hashEmailToken, newEmailToken, type TEmailTokenPurpose } from './tokens.ts';

/** Where a request comes from, for sessions and the audit trail. */
export interface RequestContext {
  ip: string;
  requestId: string;
  userAgent?: string | undefined;
}

export interface IssuedSession {
  accessToken: string;
  refreshToken: string;
  remember: boolean;
}

export const hashPassword = (password: string) => hash(password, ARGON2_OPTIONS);
export const verifyPassword = (passwordHash: string, password: string) => verify(passwordHash, password).catch(() => false);

/** Links in e-mails open SPA pages; the token rides in the fragment so it never reaches server logs. */
export const emailLinks = (publicUrl: string) => ({
  activation: (token: string) => `${publicUrl}/kich-hoat#token=${token}`,
  passwordReset: (token: string) => `${publicUrl}/dat-lai-mat-khau#token=${token}`,
  emailChange: (token: string) => `${publicUrl}/xac-nhan-email#token=${token}`,
});

/** A WEAK_PASSWORD answer naming the field, when the password is not acceptable for this account. */
export function assertStrongPassword(password: string, personal: { username: string; email: string }, field: string) {
  const problem = passwordProblem(password, personal);
  if (problem) throw new DomainError('WEAK_PASSWORD', { fieldErrors: { [field]: PASSWORD_MESSAGES[problem] } });
}

type FoundToken = NonNullable<Awaited<ReturnType<AuthRepository['findToken']>>> & { userId: string };
export type TokenConsumer = <T>(purpose: TEmailTokenPurpose, token: string, work: (found: FoundToken, tx: Db) => Promise<T>) => Promise<T>;

/**
 * Checks an e-mailed token and marks it used, in the transaction of `work` (if `work`
 * fails the token stays usable). TOKEN_INVALID (unknown, or another purpose),
 * TOKEN_USED, TOKEN_EXPIRED.
 */
export async function consumeEmailToken<T>(
  repository: AuthRepository,
  purpose: TEmailTokenPurpose,
  token: string,
  work: (found: FoundToken, tx: Db) => Promise<T>,
): Promise<T> {
  const found = await repository.findToken(hashEmailToken(token));
  if (!found || found.purpose !== purpose || !found.userId) throw new DomainError('TOKEN_INVALID');
  if (found.usedAt) throw new DomainError('TOKEN_USED');
  if (found.expiresAt <= new Date()) throw new DomainError('TOKEN_EXPIRED');
  const userId = found.userId;
  return repository.transaction(async (tx) => {
    if (!(await repository.useToken(found.id, tx))) throw new DomainError('TOKEN_USED');
    return work({ ...found, userId }, tx);
  });
}

export interface AuthServiceDeps {
  repository: AuthRepository;
  mail: Mailer;
  audit: Audit;
  sessions: Pick<SessionCookies, 'signAccessToken' | 'newRefreshToken' | 'sessionIdOfRefreshToken' | 'hashToken'>;
  captcha: Captcha;
  publicUrl: string;
}

/** Registration, activation, login and sessions, password reset. */
export function createAuthService({ repository, mail, audit, sessions, captcha, publicUrl }: AuthServiceDeps) {
  const links = emailLinks(publicUrl);
  // Unknown usernames and locked accounts cost the same argon2 time as a real check, so
  // timing tells nothing. Hashed at once: the first such login must not take twice as long.
  const dummyHash = hashPassword(randomBytes(16).toString('hex'));
  const burnPasswordCheck = async (password: string) => {
    await verifyPassword(await dummyHash, password);
  };

  /** Sends a link unless the account already got TOKENS_PER_HOUR of them this hour. */
  async function sendLink(
    user: { id: string; username: string; email: string; fullName: string | null; locale: string },
    purpose: 'activation' | 'password_reset',
  ): Promise<boolean> {
    const since = new Date(Date.now() - 3600_000);
    if ((await repository.countRecentTokens(user.id, purpose, since)) >= TOKENS_PER_HOUR) return false;
    const { token, tokenHash } = newEmailToken();
    await repository.transaction(async (tx) => {
      await repository.createToken({ purpose, tokenHash, userId: user.id, expiresAt: new Date(Date.now() + TOKEN_TTL_MS[purpose]) }, tx);
      if (purpose === 'activation') {
        await mail.enqueue(
          {
            to: user.email,
            template: 'activation',
            locale: user.locale,
            data: { displayName: displayNameOf(user), username: user.username, link: links.activation(token), expiresInHours: TOKEN_TTL_MS.activation / 3600_000 },
          },
          tx,
        );
      } else {
        await mail.enqueue(
          {
            to: user.email,
            template: 'password-reset',
            locale: user.locale,
            data: { displayName: displayNameOf(user), link: links.passwordReset(token), expiresInMinutes: TOKEN_TTL_MS.password_reset / 60_000 },
          },
          tx,
        );
      }
    });
    return true;
  }

  async function startSession(userId: string, remember: boolean, ctx: RequestContext): Promise<IssuedSession> {
    const sessionId = randomUUID();
    const refreshToken = sessions.newRefreshToken(sessionId);
    await repository.createSession({
      id: sessionId,
      userId,
      refreshTokenHash: sessions.hashToken(refreshToken),
      remember,
      userAgent: ctx.userAgent ?? null,
      ip: ctx.ip,
      expiresAt: new Date(Date.now() + 1000 * (remember ? REMEMBER_TTL_SECONDS : SESSION_TTL_SECONDS)),
    });
    return { accessToken: sessions.signAccessToken(userId, sessionId), refreshToken, remember };
  }

  const loginFailure = (ctx: RequestContext, username: string, reason: string, actorId: string | null = null) =>
    audit.record({
      action: 'auth.login.failure',
      actorId,
      actorName: username,
      entityType: actorId ? 'user' : null,
      entityId: actorId,
      ip: ctx.ip,
      requestId: ctx.requestId,
      metadata: { reason },
    });

  /**
   * Locks the address, or the whole account, when a wrong password reaches a threshold
   * (lockout.ts), and reports an account locked again and again (`auth.lockout.repeated`)
   * so administrators see it in the audit log.
   */
  async function lockIfDue(user: LoginUser, address: string, addressFailures: number, accountFailures: number, ctx: RequestContext) {
    const now = Date.now();
    const locks: { scope: 'address' | 'account'; failures: number; minutes: number }[] = [];
    const addressMinutes = lockoutMinutes(addressFailures, ADDRESS_LOCKOUT);
    if (addressMinutes > 0) locks.push({ scope: 'address', failures: addressFailures, minutes: addressMinutes });
    const accountMinutes = lockoutMinutes(accountFailures, ACCOUNT_LOCKOUT);
    if (accountMinutes > 0) locks.push({ scope: 'account', failures: accountFailures, minutes: accountMinutes });
    if (locks.length === 0) return;
    const recordLockout = (action: 'auth.lockout' | 'auth.lockout.repeated', metadata: AuditEventInput['metadata']) =>
      audit.record({
        action,
        actorId: user.id,
        actorName: user.username,
        entityType: 'user',
        entityId: user.id,
        // A staff account's lockouts show in its agency administrator's audit view too.
        agencyId: user.agencyId,
        ip: ctx.ip,
        requestId: ctx.requestId,
        metadata,
      });
    for (const lock of locks) {
      const lockedUntil = new Date(now + lock.minutes * 60_000);
      if (lock.scope === 'address') await repository.lockAddress(user.id, address, lockedUntil);
      else await repository.lockAccount(user.id, lockedUntil);
      await recordLockout('auth.lockout', { scope: lock.scope, address, failures: lock.failures, minutes: lock.minutes, lockedUntil: lockedUntil.toISOString() });
    }
    const events = await repository.lockoutEvents(user.id, new Date(now - REPEATED_WINDOW_HOURS * 3600_000));
    const lockouts = events.filter((event) => event.action === 'auth.lockout');
    // Once per window: the first time the account reaches the threshold.
    if (lockouts.length >= REPEATED_LOCKOUTS && !events.some((event) => event.action === 'auth.lockout.repeated')) {
      await recordLockout('auth.lockout.repeated', {
        lockouts: lockouts.length,
        windowHours: REPEATED_WINDOW_HOURS,
        addresses: [...new Set(lockouts.map((event) => event.ip).filter((ip): ip is string => Boolean(ip)))].slice(0, 50),
      });
    }
    await repository.forgetStaleThrottles(30);
  }

  const consumeToken: TokenConsumer = (purpose, token, work) => consumeEmailToken(repository, purpose, token, work);

  return {
    /** Also served when CAPTCHA_DISABLED, so the SPA works the same everywhere. */
    async captchaChallenge(): Promise<TCaptchaChallenge> {
      const { parameters, signature } = await captcha.challenge();
      return { parameters: { ...parameters }, ...(signature ? { signature } : {}) };
    },

    async register(input: TRegisterRequest, ctx: RequestContext & { locale: string }) {
      if (!(await captcha.verify(input.captcha))) {
        throw new DomainError('CAPTCHA_INVALID', { fieldErrors: { captcha: ACCOUNT_MESSAGES.captchaWrong } });
      }
      const taken = await repository.takenFields(input.username, input.email);
      if (taken.username) throw new DomainError('USERNAME_TAKEN', { fieldErrors: { username: ACCOUNT_MESSAGES.usernameTaken } });
      if (taken.email) throw new DomainError('EMAIL_TAKEN', { fieldErrors: { email: ACCOUNT_MESSAGES.emailTaken } });

      const passwordHash = await hashPassword(input.password);
      const { token, tokenHash } = newEmailToken();
      try {
        const user = await repository.transaction(async (tx) => {
          const created = await repository.createCitizen(
            {
              username: input.username,
              email: input.email,
              phone: input.phone,
              fullName: input.fullName?.trim() || null,
              passwordHash,
              locale: ctx.locale,
            },
            tx,
          );
          await repository.createToken(
            { purpose: 'activation', tokenHash, userId: created.id, expiresAt: new Date(Date.now() + TOKEN_TTL_MS.activation) },
            tx,
          );
          await mail.enqueue(
            {
              to: created.email,
              template: 'activation',
              locale: created.locale,
              data: {
                displayName: displayNameOf(created),
                username: created.username,
                link: links.activation(token),
                expiresInHours: TOKEN_TTL_MS.activation / 3600_000,
              },
            },
            tx,
          );
          await audit.record(
            { action: 'auth.register', actorId: created.id, actorName: created.username, entityType: 'user', entityId: created.id, ip: ctx.ip, requestId: ctx.requestId },
            tx,
          );
          return created;
        });
        return { username: user.username, email: user.email, status: 'pending_activation' as const };
      } catch (error) {
        // Two registrations racing for the same name: the unique index decides.
        const violation = uniqueViolation(error);
        if (violation?.fields.includes('email')) throw new DomainError('EMAIL_TAKEN', { fieldErrors: { email: ACCOUNT_MESSAGES.emailTaken } });
        if (violation) throw new DomainError('USERNAME_TAKEN', { fieldErrors: { username: ACCOUNT_MESSAGES.usernameTaken } });
        throw error;
      }
    },

    async activate(token: string, ctx: RequestContext) {
      await consumeToken('activation', token, async (found, tx) => {
        if (found.user?.status === 'disabled') throw new DomainError('ACCOUNT_DISABLED');
        await repository.activate(found.userId, tx);
        await audit.record(
          { action: 'auth.activate', actorId: found.userId, actorName: found.user?.username, entityType: 'user', entityId: found.userId, ip: ctx.ip, requestId: ctx.requestId },
          tx,
        );
      });
    },

    /** Same answer whether or not the account exists or still waits for activation. */
    async resendActivation(identifier: string) {
      const user = await repository.findUserForLogin(identifier.trim().toLowerCase());
      if (user && user.status === 'pending_activation') await sendLink(user, 'activation');
    },

    async login(input: { username: string; password: string; remember: boolean }, entry: TUserKind, ctx: RequestContext) {
      const identifier = input.username.trim().toLowerCase();
      const user = await repository.findUserForLogin(identifier);
      // Unknown account, locked, wrong password: one answer, after one argon2 check each,
      // so neither the answer nor its timing tells whether the account exists or is locked.
      const refuse = () => new DomainError('INVALID_CREDENTIALS');
      if (!user) {
        await burnPasswordCheck(input.password);
        await loginFailure(ctx, identifier.slice(0, 100), 'unknown_account');
        throw refuse();
      }
      const address = throttleAddress(ctx.ip);
      const now = new Date();
      const throttle = await repository.findThrottle(user.id, address);
      const lockedHere = Boolean(throttle?.lockedUntil && throttle.lockedUntil > now);
      const lockedEverywhere =
        !lockedHere &&
        Boolean(user.lockedUntil && user.lockedUntil > now) &&
        !(await repository.isKnownAddress(user.id, ctx.ip, new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 24 * 3600_000)));
      if (lockedHere || lockedEverywhere) {
        // Not judged: guesses made during a lock count for nothing.
        await burnPasswordCheck(input.password);
        await loginFailure(ctx, user.username, lockedHere ? 'locked_address' : 'locked_account', user.id);
        throw refuse();
      }
      if (!(await verifyPassword(user.passwordHash, input.password))) {
        const { addressFailures, accountFailures } = await repository.recordFailedLogin(user.id, address);
        await loginFailure(ctx, user.username, 'wrong_password', user.id);
        await lockIfDue(user, address, addressFailures, accountFailures, ctx);
        throw refuse();
      }
      // The password is right: from here on the answers may say more.
      const refusal: [TErrorCode, string] | null =
        user.status === 'disabled'
          ? ['ACCOUNT_DISABLED', 'disabled']
          : user.status === 'pending_activation'
            ? ['ACCOUNT_NOT_ACTIVATED', 'not_activated']
            : user.kind !== entry
              ? ['WRONG_LOGIN_ENTRY', `wrong_entry:${entry}`]
              : null;
      if (refusal) {
        await loginFailure(ctx, user.username, refusal[1], user.id);
        throw new DomainError(refusal[0], { details: { kind: user.kind } });
      }
      await repository.recordSuccessfulLogin(user.id, address);
      const session = await startSession(user.id, input.remember, ctx);
      await audit.record({
        action: 'auth.login.success',
        actorId: user.id,
        actorName: user.username,
        entityType: 'user',
        entityId: user.id,
        ip: ctx.ip,
        requestId: ctx.requestId,
        metadata: { entry, remember: input.remember },
      });
      const account: TAccount = toAccount(await repository.findAccount(user.id));
      return { session, account };
    },

    /**
     * Rotates the refresh token. A token we issued that is no longer the session's
     * current one has been used before — stolen or replayed — so the whole session
     * (the token family) is revoked.
     */
    async refresh(refreshToken: string, ctx: RequestContext): Promise<IssuedSession> {
      const sessionId = sessions.sessionIdOfRefreshToken(refreshToken);
      if (!sessionId) throw new DomainError('SESSION_EXPIRED');
      const session = await repository.findSession(sessionId);
      if (!session || session.revokedAt || session.expiresAt <= new Date()) throw new DomainError('SESSION_EXPIRED');
      const presented = sessions.hashToken(refreshToken);
      const revokeForReuse = async () => {
        await repository.revokeSession(sessionId, 'refresh_token_reuse');
        await audit.record({
          action: 'auth.session.reuse',
          actorId: session.userId,
          actorName: session.user.username,
          entityType: 'session',
          entityId: sessionId,
          ip: ctx.ip,
          requestId: ctx.requestId,
        });
        throw new DomainError('SESSION_EXPIRED');
      };
      if (presented !== session.refreshTokenHash) return revokeForReuse();
      if (session.user.status !== 'active') {
        await repository.revokeSession(sessionId, 'account_inactive');
        throw new DomainError('SESSION_EXPIRED');
      }
      const next = sessions.newRefreshToken(sessionId);
      if (!(await repository.rotateSession(sessionId, presented, sessions.hashToken(next)))) return revokeForReuse();
      return { accessToken: sessions.signAccessToken(session.userId, sessionId), refreshToken: next, remember: session.remember };
    },

    /** Ends the session of the refresh token (or of the access token); quietly does nothing without one. */
    async logout(refreshToken: string | undefined, currentSessionId: string | null, ctx: RequestContext & { userId?: string | undefined }) {
      const sessionId = (refreshToken && sessions.sessionIdOfRefreshToken(refreshToken)) || currentSessionId;
      if (!sessionId) return;
      const session = await repository.findSession(sessionId);
      if (!session) return;
      const { count } = await repository.revokeSession(sessionId, 'logout');
      if (count > 0) {
        await audit.record({
          action: 'auth.logout',
          actorId: session.userId,
          actorName: session.user.username,
          entityType: 'session',
          entityId: sessionId,
          ip: ctx.ip,
          requestId: ctx.requestId,
        });
      }
    },

    /** Same answer whether or not the address belongs to an account. */
    async requestPasswordReset(email: string) {
      const user = await repository.findUserByEmail(email);
      if (user && user.status !== 'disabled') await sendLink(user, 'password_reset');
    },

    async confirmPasswordReset(input: TPasswordResetConfirm, ctx: RequestContext) {
      const found = await repository.findToken(hashEmailToken(input.token));
      // Judge the password against this account before spending the token.
      if (found?.user && found.purpose === 'password_reset') {
        assertStrongPassword(input.password, { username: found.user.username, email: found.user.email }, 'password');
      }
      const passwordHash = await hashPassword(input.password);
      const user = await consumeToken('password_reset', input.token, async (token, tx) => {
        if (token.user?.status === 'disabled') throw new DomainError('ACCOUNT_DISABLED');
        // The link proves the address is theirs: a reset also activates a pending account.
        await repository.setPassword(token.userId, passwordHash, tx, token.user?.status === 'pending_activation');
        await repository.useOtherTokens(token.userId, 'password_reset', tx);
        await repository.revokeSessionsOf(token.userId, 'password_reset', null, tx);
        await audit.record(
          { action: 'auth.password.reset', actorId: token.userId, actorName: token.user?.username, entityType: 'user', entityId: token.userId, ip: ctx.ip, requestId: ctx.requestId },
          tx,
        );
        if (token.user) {
          await mail.enqueue(
            { to: token.user.email, template: 'password-changed', locale: token.user.locale, data: { displayName: displayNameOf(token.user), when: formatDateTimeVn(new Date()) } },
            tx,
          );
        }
        return token.user;
      });
      return user;
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
