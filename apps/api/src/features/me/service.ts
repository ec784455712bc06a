import type { Prisma } from '@portal/db';
import {
  ACCOUNT_MESSAGES,
  DomainError,
  displayNameOf,
  formatDateTimeVn,
  type TAccount,
  type TChangePasswordRequest,
  type TEmailChangeRequest,
  type TProfileUpdate,
} from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import type { Mailer } from '../../plugins/app/mailer.ts';
import { uniqueViolation, type AuthRepository } from '../auth/repository.ts';
import { assertStrongPassword, emailLinks, hashPassword, verifyPassword, type RequestContext, type TokenConsumer } from '../auth/service.ts';
import { TOKEN_TTL_MS, TOKENS_PER_HOUR, newEmailToken } from '../auth/tokens.ts';
import { toAccount } from './account.ts';
import type { MeRepository } from './repository.ts';

export interface MeServiceDeps {
  repository: MeRepository;
  authRepository: AuthRepository;
  consumeToken: TokenConsumer;
  mail: Mailer;
  audit: Audit;
  publicUrl: string;
}

const PROFILE_FIELDS = ['fullName', 'gender', 'dateOfBirth', 'idNumber', 'address', 'phone'] as const;

const emailTaken = () => new DomainError('EMAIL_TAKEN', { fieldErrors: { newEmail: ACCOUNT_MESSAGES.emailTaken } });

/** "Hồ sơ cá nhân / Thông tin cá nhân": the account's own data, password and e-mail. */
export function createMeService({ repository, authRepository, consumeToken, mail, audit, publicUrl }: MeServiceDeps) {
  const links = emailLinks(publicUrl);

  async function checkCurrentPassword(userId: string, password: string) {
    const credentials = await repository.findCredentials(userId);
    if (!(await verifyPassword(credentials.passwordHash, password))) {
      throw new DomainError('WRONG_PASSWORD', { fieldErrors: { currentPassword: ACCOUNT_MESSAGES.currentPasswordWrong } });
    }
    return credentials;
  }

  async function getAccount(userId: string): Promise<TAccount> {
    return toAccount(await repository.findAccount(userId));
  }

  return {
    getAccount,

    async updateProfile(userId: string, patch: TProfileUpdate, ctx: RequestContext): Promise<TAccount> {
      const before = await repository.findProfile(userId);
      const data: Prisma.UserUpdateInput = {};
      const changed: string[] = [];
      for (const field of PROFILE_FIELDS) {
        const value = patch[field];
        if (value === undefined) continue;
        const stored = field === 'dateOfBirth' ? (value === null ? null : new Date(`${value}T00:00:00.000Z`)) : value;
        const previous = before[field];
        const same = previous instanceof Date && stored instanceof Date ? previous.getTime() === stored.getTime() : previous === stored;
        if (same) continue;
        changed.push(field);
        (data as Record<string, unknown>)[field] = stored;
      }
      if (changed.length > 0) {
        await repository.updateProfile(userId, data);
        // Which fields, not their values: the audit trail should not become a copy of personal data.
        await audit.record({ action: 'account.profile.update', actorId: userId, entityType: 'user', entityId: userId, ip: ctx.ip, requestId: ctx.requestId, metadata: { fields: changed } });
      }
      return getAccount(userId);
    },

    /** Needs the current password; every other session of the account ends. */
    async changePassword(userId: string, sessionId: string | null, input: TChangePasswordRequest, ctx: RequestContext) {
      const credentials = await checkCurrentPassword(userId, input.currentPassword);
      assertStrongPassword(input.newPassword, credentials, 'newPassword');
      await repository.setPassword(userId, await hashPassword(input.newPassword));
      const { count } = await authRepository.revokeSessionsOf(userId, 'password_change', sessionId);
      await audit.record({
        action: 'auth.password.change',
        actorId: userId,
        actorName: credentials.username,
        entityType: 'user',
        entityId: userId,
        ip: ctx.ip,
        requestId: ctx.requestId,
        metadata: { otherSessionsRevoked: count },
      });
      await mail.enqueue({
        to: credentials.email,
        template: 'password-changed',
        locale: credentials.locale,
        data: { displayName: displayNameOf(credentials), when: formatDateTimeVn(new Date()) },
      });
    },

    /** Sends a confirmation link to the new address; the account keeps the old one until it is opened. */
    async requestEmailChange(userId: string, input: TEmailChangeRequest, ctx: RequestContext) {
      const credentials = await checkCurrentPassword(userId, input.currentPassword);
      if (input.newEmail === credentials.email) {
        throw new DomainError('VALIDATION_FAILED', { fieldErrors: { newEmail: ACCOUNT_MESSAGES.sameEmail } });
      }
      if (await repository.emailInUse(input.newEmail)) throw emailTaken();
      const since = new Date(Date.now() - 3600_000);
      if ((await authRepository.countRecentTokens(userId, 'email_change', since)) >= TOKENS_PER_HOUR) throw new DomainError('RATE_LIMITED');
      const { token, tokenHash } = newEmailToken();
      await authRepository.transaction(async (tx) => {
        await authRepository.useOtherTokens(userId, 'email_change', tx);
        await authRepository.createToken(
          { purpose: 'email_change', tokenHash, userId, expiresAt: new Date(Date.now() + TOKEN_TTL_MS.email_change), payload: { email: input.newEmail } },
          tx,
        );
        await mail.enqueue(
          {
            to: input.newEmail,
            template: 'email-change',
            locale: credentials.locale,
            data: { displayName: displayNameOf(credentials), newEmail: input.newEmail, link: links.emailChange(token), expiresInHours: TOKEN_TTL_MS.email_change / 3600_000 },
          },
          tx,
        );
        await audit.record(
          { action: 'account.email.change.request', actorId: userId, actorName: credentials.username, entityType: 'user', entityId: userId, ip: ctx.ip, requestId: ctx.requestId },
          tx,
        );
      });
    },

    /** The link proves the new address works; the old address is told. */
    async confirmEmailChange(token: string, ctx: RequestContext): Promise<{ email: string }> {
      try {
        return await consumeToken('email_change', token, async (found, tx) => {
          const email = (found.payload as { email?: unknown } | null)?.email;
          if (typeof email !== 'string') throw new DomainError('TOKEN_INVALID');
          if (await repository.emailInUse(email, tx)) throw emailTaken();
          await repository.setEmail(found.userId, email, tx);
          await audit.record(
            {
              action: 'account.email.change',
              actorId: found.userId,
              actorName: found.user?.username,
              entityType: 'user',
              entityId: found.userId,
              ip: ctx.ip,
              requestId: ctx.requestId,
              metadata: { from: found.user?.email ?? null, to: email },
            },
            tx,
          );
          if (found.user) {
            await mail.enqueue(
              { to: found.user.email, template: 'email-changed', locale: found.user.locale, data: { displayName: displayNameOf(found.user), newEmail: email } },
              tx,
            );
          }
          return { email };
        });
      } catch (error) {
        if (uniqueViolation(error)) throw emailTaken();
        throw error;
      }
    },
  };
}

export type MeService = ReturnType<typeof createMeService>;
