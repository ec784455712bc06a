import { Prisma, type TPrismaClient } from '@portal/db';
import { accountSelect } from '../me/account.ts';
import type { TEmailTokenPurpose } from './tokens.ts';

export type Db = TPrismaClient | Prisma.TransactionClient;

const loginSelect = {
  id: true,
  kind: true,
  username: true,
  email: true,
  fullName: true,
  passwordHash: true,
  status: true,
  locale: true,
  agencyId: true,
  failedLoginCount: true,
  lockedUntil: true,
} as const satisfies Prisma.UserSelect;

export type LoginUser = Prisma.UserGetPayload<{ select: typeof loginSelect }>;

/** True when a unique index refused the write; `target` names the columns when Prisma knows them. */
export function uniqueViolation(error: unknown): { fields: string[] } | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== 'P2002') return null;
  const target = (error.meta as { target?: unknown } | undefined)?.target;
  const fields = Array.isArray(target) ? target.map(String) : typeof target === 'string' ? [target] : [];
  // The driver adapter reports the constraint in the message rather than in meta.
  if (fields.length === 0) {
    for (const field of ['username', 'email']) if (error.message.includes(field)) fields.push(field);
  }
  return { fields };
}

/** Accounts, sessions and e-mailed tokens: the only Prisma calls of the auth feature. */
export function createAuthRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    /** By username or e-mail, both stored lower-case. */
    findUserForLogin: (identifier: string) =>
      prisma.user.findFirst({ where: { OR: [{ username: identifier }, { email: identifier }] }, select: loginSelect }),

    findUserByEmail: (email: string) => prisma.user.findUnique({ where: { email }, select: loginSelect }),

    findAccount: (userId: string, db: Db = prisma) =>
      db.user.findUniqueOrThrow({ where: { id: userId }, select: accountSelect(new Date()) }),

    async takenFields(username: string, email: string): Promise<{ username: boolean; email: boolean }> {
      const rows = await prisma.user.findMany({
        where: { OR: [{ username }, { email }] },
        select: { username: true, email: true },
      });
      return { username: rows.some((row) => row.username === username), email: rows.some((row) => row.email === email) };
    },

    createCitizen: (
      data: { username: string; email: string; phone: string; fullName: string | null; passwordHash: string; locale: string },
      db: Db,
    ) =>
      db.user.create({
        data: { ...data, kind: 'citizen', roles: ['citizen'], status: 'pending_activation' },
        select: { id: true, username: true, email: true, fullName: true, locale: true },
      }),

    /** The per-address throttle of an account (see lockout.ts). */
    findThrottle: (userId: string, address: string) =>
      prisma.loginThrottle.findUnique({ where: { userId_address: { userId, address } }, select: { failures: true, lockedUntil: true } }),

    /**
     * Counts one more wrong password for the account from `address` and for the account
     * as a whole, atomically; returns both new counts.
     */
    recordFailedLogin: (userId: string, address: string): Promise<{ addressFailures: number; accountFailures: number }> =>
      prisma.$transaction(async (tx) => {
        const throttle = await tx.loginThrottle.upsert({
          where: { userId_address: { userId, address } },
          create: { userId, address, failures: 1 },
          update: { failures: { increment: 1 } },
          select: { failures: true },
        });
        const user = await tx.user.update({ where: { id: userId }, data: { failedLoginCount: { increment: 1 } }, select: { failedLoginCount: true } });
        return { addressFailures: throttle.failures, accountFailures: user.failedLoginCount };
      }),

    lockAddress: (userId: string, address: string, until: Date) =>
      prisma.loginThrottle.update({ where: { userId_address: { userId, address } }, data: { lockedUntil: until }, select: { failures: true } }),

    lockAccount: (userId: string, until: Date) => prisma.user.update({ where: { id: userId }, data: { lockedUntil: until }, select: { id: true } }),

    /** Throttles of addresses that have not failed for `days` go; they would only start again from zero. */
    forgetStaleThrottles: (days: number) =>
      prisma.loginThrottle.deleteMany({ where: { updatedAt: { lt: new Date(Date.now() - days * 24 * 3600_000) } } }),

    /** True when the account signed in from this address since `since` (exempt from the account-wide delay). */
    async isKnownAddress(userId: string, ip: string, since: Date): Promise<boolean> {
      return (await prisma.session.count({ where: { userId, ip, createdAt: { gte: since } } })) > 0;
    },

    /** The account's lockout events since `since`, oldest first (to report repeated lockouts). */
    lockoutEvents: (userId: string, since: Date) =>
      prisma.auditEvent.findMany({
        where: { entityType: 'user', entityId: userId, action: { in: ['auth.lockout', 'auth.lockout.repeated'] }, at: { gte: since } },
        orderBy: { id: 'asc' },
        select: { action: true, ip: true },
      }),

    /** The account's counter starts again and this address's lock ends; other addresses keep theirs. */
    recordSuccessfulLogin: (userId: string, address: string) =>
      prisma.$transaction([
        prisma.loginThrottle.deleteMany({ where: { userId, address } }),
        prisma.user.update({ where: { id: userId }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: new Date() }, select: { id: true } }),
      ]),

    // ───── e-mailed single-use tokens ─────

    createToken: (
      data: { purpose: TEmailTokenPurpose; tokenHash: string; userId: string; expiresAt: Date; payload?: Prisma.InputJsonValue },
      db: Db = prisma,
    ) => db.oneTimeToken.create({ data, select: { id: true } }),

    countRecentTokens: (userId: string, purpose: TEmailTokenPurpose, since: Date) =>
      prisma.oneTimeToken.count({ where: { userId, purpose, createdAt: { gte: since } } }),

    findToken: (tokenHash: string) =>
      prisma.oneTimeToken.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          purpose: true,
          userId: true,
          payload: true,
          expiresAt: true,
          usedAt: true,
          user: { select: { id: true, username: true, email: true, fullName: true, status: true, locale: true } },
        },
      }),

    /** Marks it used unless someone else just did; false means it was already used. */
    async useToken(tokenId: string, db: Db): Promise<boolean> {
      const { count } = await db.oneTimeToken.updateMany({ where: { id: tokenId, usedAt: null }, data: { usedAt: new Date() } });
      return count === 1;
    },

    /** Other open links of the same purpose stop working (after a reset, the older reset links). */
    useOtherTokens: (userId: string, purpose: TEmailTokenPurpose, db: Db) =>
      db.oneTimeToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: new Date() } }),

    activate: (userId: string, db: Db) =>
      db.user.update({ where: { id: userId }, data: { status: 'active', emailVerifiedAt: new Date() }, select: { id: true } }),

    /** Also ends every lock of the account, from every address. */
    async setPassword(userId: string, passwordHash: string, db: Db, activate = false) {
      await db.loginThrottle.deleteMany({ where: { userId } });
      return db.user.update({
        where: { id: userId },
        data: {
          passwordHash,
          passwordChangedAt: new Date(),
          failedLoginCount: 0,
          lockedUntil: null,
          ...(activate ? { status: 'active' as const, emailVerifiedAt: new Date() } : {}),
        },
        select: { id: true },
      });
    },

    // ───── sessions ─────

    createSession: (data: {
      id: string;
      userId: string;
      refreshTokenHash: string;
      remember: boolean;
      userAgent: string | null;
      ip: string | null;
      expiresAt: Date;
    }) => prisma.session.create({ data: { ...data, userAgent: data.userAgent?.slice(0, 500) ?? null }, select: { id: true } }),

    findSession: (sessionId: string) =>
      prisma.session.findUnique({
        where: { id: sessionId },
        select: {
          id: true,
          userId: true,
          refreshTokenHash: true,
          remember: true,
          expiresAt: true,
          revokedAt: true,
          user: { select: { status: true, username: true } },
        },
      }),

    /** Replaces the refresh token only if it is still the one presented (a concurrent use loses). */
    async rotateSession(sessionId: string, presentedHash: string, nextHash: string): Promise<boolean> {
      const { count } = await prisma.session.updateMany({
        where: { id: sessionId, refreshTokenHash: presentedHash, revokedAt: null },
        data: { refreshTokenHash: nextHash, previousTokenHash: presentedHash, rotatedAt: new Date() },
      });
      return count === 1;
    },

    revokeSession: (sessionId: string, reason: string) =>
      prisma.session.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } }),

    /** Every session of the account except `keepSessionId`. */
    revokeSessionsOf: (userId: string, reason: string, keepSessionId: string | null, db: Db = prisma) =>
      db.session.updateMany({
        where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
        data: { revokedAt: new Date(), revokedReason: reason },
      }),
  };
}

export type AuthRepository = ReturnType<typeof createAuthRepository>;
