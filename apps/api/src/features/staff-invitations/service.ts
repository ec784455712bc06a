import { DomainError, type TInvitationAccept } from '@portal/domain';
import type { Audit } from '../../plugins/app/audit.ts';
import { assertStrongPassword, hashPassword, type RequestContext } from '../auth/service.ts';
import { hashEmailToken } from '../auth/tokens.ts';
import type { StaffInvitationRepository } from './repository.ts';

export interface StaffInvitationServiceDeps {
  repository: StaffInvitationRepository;
  audit: Audit;
}

/**
 * The invitee's side of a staff invitation: the single-use, expiring token proves the
 * mailbox, the password follows the rules of every account, and the account becomes
 * active. Every other open invitation link of the account stops working.
 */
export function createStaffInvitationService({ repository, audit }: StaffInvitationServiceDeps) {
  return {
    async accept(input: TInvitationAccept, ctx: RequestContext): Promise<{ username: string }> {
      const found = await repository.findToken(hashEmailToken(input.token));
      if (!found || found.purpose !== 'staff_invitation' || !found.user || found.user.kind !== 'staff') throw new DomainError('TOKEN_INVALID');
      if (found.usedAt) throw new DomainError('TOKEN_USED');
      if (found.expiresAt <= new Date()) throw new DomainError('TOKEN_EXPIRED');
      const user = found.user;
      if (user.status === 'disabled') throw new DomainError('ACCOUNT_DISABLED');
      assertStrongPassword(input.password, { username: user.username, email: user.email }, 'password');
      const passwordHash = await hashPassword(input.password);
      await repository.transaction(async (tx) => {
        // Two tabs racing with the same link: exactly one wins.
        if (!(await repository.useToken(found.id, tx))) throw new DomainError('TOKEN_USED');
        await repository.activateWithPassword(user.id, passwordHash, tx);
        await repository.useOpenInvitations(user.id, tx);
        await audit.record(
          {
            action: 'staff.invitation.accept',
            actorId: user.id,
            actorName: user.username,
            entityType: 'user',
            entityId: user.id,
            agencyId: user.agencyId,
            ip: ctx.ip,
            requestId: ctx.requestId,
            before: { status: user.status },
            after: { status: 'active' },
          },
          tx,
        );
      });
      return { username: user.username };
    },
  };
}
