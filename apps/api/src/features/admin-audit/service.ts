import { DomainError, addLocalDays, isSystemAdministrator, vnInstantOf, type TAuditEvent, type TAuditEventPage, type TAuditEventQuery } from '@portal/domain';
import type { SessionUser } from '../../plugins/app/auth.ts';
import type { AuditRepository } from './repository.ts';

type AuditRow = Awaited<ReturnType<AuditRepository['list']>>[number];

const toAuditEvent = (row: AuditRow): TAuditEvent => ({
  id: row.id.toString(),
  at: row.at.toISOString(),
  actorId: row.actorId,
  actorName: row.actorName,
  action: row.action,
  entityType: row.entityType,
  entityId: row.entityId,
  agencyId: row.agencyId,
  ip: row.ip,
  before: row.before ?? null,
  after: row.after ?? null,
  metadata: row.metadata ?? null,
});

const parseCursor = (cursor: string | undefined): bigint | undefined => {
  if (cursor === undefined) return undefined;
  // An id of the bigint column: digits only, and no more than PostgreSQL's bigint holds
  if (!/^\d{1,19}$/.test(cursor) || BigInt(cursor) > 9_223_372_036_854_775_807n) {
    throw new DomainError('VALIDATION_FAILED', { fieldErrors: { cursor: 'Con trỏ phân trang không hợp lệ' } });
  }
  return BigInt(cursor);
};

/**
 * The audit log as administrators read it: newest first, keyset-paginated by id. An
 * agency administrator sees only their agency's events (recorded for it or by its staff).
 */
export function createAuditService({ repository }: { repository: AuditRepository }) {
  return {
    async list(actor: SessionUser, query: TAuditEventQuery & { limit: number }): Promise<TAuditEventPage> {
      let agencyId = query.agencyId;
      if (!isSystemAdministrator(actor.roles)) {
        if (agencyId && agencyId !== actor.agencyId) throw new DomainError('ADMIN_AGENCY_SCOPE');
        if (!actor.agencyId) throw new DomainError('ADMIN_AGENCY_SCOPE');
        agencyId = actor.agencyId;
      }
      const rows = await repository.list({
        actorName: query.actor || undefined,
        actionPrefix: query.action || undefined,
        entityType: query.entityType || undefined,
        entityId: query.entityId || undefined,
        // Dates are Vietnam local days, both ends included.
        fromInstant: query.from ? vnInstantOf(query.from) : undefined,
        beforeInstant: query.to ? vnInstantOf(addLocalDays(query.to, 1)) : undefined,
        agencyId,
        beforeId: parseCursor(query.cursor),
        limit: query.limit,
      });
      const page = rows.slice(0, query.limit);
      return { items: page.map(toAuditEvent), nextCursor: rows.length > query.limit ? page.at(-1)!.id.toString() : null };
    },
  };
}
