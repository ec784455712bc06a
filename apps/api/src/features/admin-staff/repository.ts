import type { Prisma, TPrismaClient } from '@portal/db';
import type { TStaffRole, TStaffStatus } from '@portal/domain';

export type Db = TPrismaClient | Prisma.TransactionClient;

export const staffSelect = {
  id: true,
  username: true,
  email: true,
  fullName: true,
  position: true,
  roles: true,
  agencyId: true,
  agency: { select: { id: true, name: true } },
  status: true,
  locale: true,
  emailVerifiedAt: true,
  lastLoginAt: true,
  createdAt: true,
  tokens: {
    where: { purpose: 'staff_invitation', usedAt: null },
    orderBy: { createdAt: 'desc' },
    take: 1,
    select: { createdAt: true, expiresAt: true },
  },
} as const satisfies Prisma.UserSelect;

export type StaffRow = Prisma.UserGetPayload<{ select: typeof staffSelect }>;

export interface StaffFilter {
  agencyId?: string | undefined;
  q?: string | undefined;
  status?: TStaffStatus | undefined;
  role?: TStaffRole | undefined;
  /** Username after which the page starts (keyset) */
  after?: string | undefined;
  limit: number;
}

/** Staff accounts, their invitation tokens and sessions: the only Prisma calls of staff administration. */
export function createAdminStaffRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    /** Ordered by username; one more row than `limit` tells whether a next page exists. */
    list(filter: StaffFilter) {
      const where: Prisma.UserWhereInput = {
        kind: 'staff',
        ...(filter.agencyId ? { agencyId: filter.agencyId } : {}),
        ...(filter.status ? { status: filter.status } : {}),
        ...(filter.role ? { roles: { has: filter.role } } : {}),
        ...(filter.after ? { username: { gt: filter.after } } : {}),
        ...(filter.q
          ? {
              OR: [
                { username: { contains: filter.q, mode: 'insensitive' } },
                { fullName: { contains: filter.q, mode: 'insensitive' } },
                { email: { contains: filter.q, mode: 'insensitive' } },
              ],
            }
          : {}),
      };
      return prisma.user.findMany({ where, orderBy: { username: 'asc' }, take: filter.limit + 1, select: staffSelect });
    },

    findStaff: (id: string, db: Db = prisma) => db.user.findFirst({ where: { id, kind: 'staff' }, select: staffSelect }),

    findAgency: (id: string) => prisma.agency.findUnique({ where: { id }, select: { id: true, name: true, active: true } }),

    async takenFields(username: string, email: string): Promise<{ username: boolean; email: boolean }> {
      const rows = await prisma.user.findMany({ where: { OR: [{ username }, { email }] }, select: { username: true, email: true } });
      return { username: rows.some((row) => row.username === username), email: rows.some((row) => row.email === email) };
    },

    createStaff: (
      data: { username: string; email: string; fullName: string; position: string; agencyId: string; roles: TStaffRole[]; locale: string; passwordHash: string },
      db: Db,
    ) => db.user.create({ data: { ...data, kind: 'staff', status: 'pending_activation' }, select: { id: true } }),

    updateStaff: (
      id: string,
      data: { fullName?: string; position?: string; agencyId?: string; roles?: TStaffRole[]; status?: TStaffStatus },
      db: Db,
    ) => db.user.update({ where: { id }, data, select: { id: true } }),

    createInvitation: (data: { tokenHash: string; userId: string; expiresAt: Date }, db: Db) =>
      db.oneTimeToken.create({ data: { ...data, purpose: 'staff_invitation' }, select: { id: true } }),

    /** Earlier invitation links stop working when a new one is sent or one is accepted. */
    useOpenInvitations: (userId: string, db: Db) =>
      db.oneTimeToken.updateMany({ where: { userId, purpose: 'staff_invitation', usedAt: null }, data: { usedAt: new Date() } }),

    revokeSessionsOf: (userId: string, reason: string, db: Db) =>
      db.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: reason } }),

    /** The inviter's name for the e-mail. */
    findActor: (id: string, db: Db = prisma) => db.user.findUnique({ where: { id }, select: { username: true, fullName: true, position: true } }),
  };
}

export type AdminStaffRepository = ReturnType<typeof createAdminStaffRepository>;
