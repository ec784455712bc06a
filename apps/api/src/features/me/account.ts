import type { Prisma } from '@portal/db';
import type { TAccount } from '@portal/domain';

/** What GET /api/v1/me shows, read in one query with the pending e-mail change (unexpired at `now`). */
export const accountSelect = (now: Date) =>
  ({
    id: true,
    kind: true,
    username: true,
    email: true,
    emailVerifiedAt: true,
    phone: true,
    fullName: true,
    gender: true,
    dateOfBirth: true,
    idNumber: true,
    address: true,
    roles: true,
    agency: { select: { id: true, name: true } },
    position: true,
    locale: true,
    tokens: {
      where: { purpose: 'email_change', usedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: 'desc' },
      take: 1,
      select: { payload: true },
    },
  }) as const satisfies Prisma.UserSelect;

export type AccountRow = Prisma.UserGetPayload<{ select: ReturnType<typeof accountSelect> }>;

const isoDate = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

export function toAccount(row: AccountRow): TAccount {
  const pending = row.tokens[0]?.payload as { email?: unknown } | null | undefined;
  return {
    id: row.id,
    kind: row.kind,
    username: row.username,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    pendingEmail: typeof pending?.email === 'string' ? pending.email : null,
    phone: row.phone,
    fullName: row.fullName,
    gender: row.gender,
    dateOfBirth: isoDate(row.dateOfBirth),
    idNumber: row.idNumber,
    address: row.address,
    roles: row.roles,
    agency: row.agency,
    position: row.position,
    locale: row.locale,
  };
}
