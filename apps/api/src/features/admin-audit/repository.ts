import type { Prisma, TPrismaClient } from '@portal/db';

export interface AuditFilter {
  actorName?: string | undefined;
  actionPrefix?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  fromInstant?: Date | undefined;
  beforeInstant?: Date | undefined;
  /** Events of the agency: recorded for it, or by one of its staff */
  agencyId?: string | undefined;
  /** Keyset: events older than this id */
  beforeId?: bigint | undefined;
  limit: number;
}

/** audit_event (append-only): the only Prisma calls of the audit log viewer. */
export function createAuditRepository(prisma: TPrismaClient) {
  return {
    /** Newest first; one more row than `limit` tells whether a next page exists. */
    async list(filter: AuditFilter) {
      const agencyStaff = filter.agencyId
        ? (await prisma.user.findMany({ where: { agencyId: filter.agencyId }, select: { id: true } })).map((user) => user.id)
        : [];
      const where: Prisma.AuditEventWhereInput = {
        ...(filter.actorName ? { actorName: { equals: filter.actorName, mode: 'insensitive' } } : {}),
        ...(filter.actionPrefix ? { action: { startsWith: filter.actionPrefix } } : {}),
        ...(filter.entityType ? { entityType: filter.entityType } : {}),
        ...(filter.entityId ? { entityId: filter.entityId } : {}),
        ...(filter.fromInstant || filter.beforeInstant
          ? { at: { ...(filter.fromInstant ? { gte: filter.fromInstant } : {}), ...(filter.beforeInstant ? { lt: filter.beforeInstant } : {}) } }
          : {}),
        ...(filter.agencyId ? { OR: [{ agencyId: filter.agencyId }, { actorId: { in: agencyStaff } }] } : {}),
        ...(filter.beforeId !== undefined ? { id: { lt: filter.beforeId } } : {}),
      };
      return prisma.auditEvent.findMany({ where, orderBy: { id: 'desc' }, take: filter.limit + 1 });
    },
  };
}

export type AuditRepository = ReturnType<typeof createAuditRepository>;
