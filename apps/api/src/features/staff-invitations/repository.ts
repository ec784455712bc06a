import type { Prisma, TPrismaClient } from '@portal/db';

/** Invitation tokens and the invitee's account: the only Prisma calls of accepting an invitation. */
export function createStaffInvitationRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    findToken: (tokenHash: string) =>
      prisma.oneTimeToken.findUnique({
        where: { tokenHash },
        select: {
          id: true,
          purpose: true,
          expiresAt: true,
          usedAt: true,
          user: { select: { id: true, kind: true, username: true, email: true, status: true, agencyId: true } },
        },
      }),

    /** Marks it used unless someone else just did; false means it was already used. */
    async useToken(tokenId: string, tx: Prisma.TransactionClient): Promise<boolean> {
      const { count } = await tx.oneTimeToken.updateMany({ where: { id: tokenId, usedAt: null }, data: { usedAt: new Date() } });
      return count === 1;
    },

    useOpenInvitations: (userId: string, tx: Prisma.TransactionClient) =>
      tx.oneTimeToken.updateMany({ where: { userId, purpose: 'staff_invitation', usedAt: null }, data: { usedAt: new Date() } }),

    /** The invitation link proves the mailbox: the account becomes active with its first password. */
    activateWithPassword: (userId: string, passwordHash: string, tx: Prisma.TransactionClient) =>
      tx.user.update({
        where: { id: userId },
        data: { passwordHash, passwordChangedAt: new Date(), status: 'active', emailVerifiedAt: new Date(), failedLoginCount: 0, lockedUntil: null },
        select: { id: true },
      }),
  };
}

export type StaffInvitationRepository = ReturnType<typeof createStaffInvitationRepository>;
