import type { Prisma } from '@portal/db';
import type { Audit, TAuditAction } from '../../plugins/app/audit.ts';
import type { ResponseCache } from '../../plugins/app/response-cache.ts';
import type { AdminActor } from './access.ts';
import { recordProcedureEvent } from '../events/record.ts';
import type { Db } from './repository.ts';

/**
 * What every catalogue change does besides the change itself: one audit event with the
 * record before and after (in the change's transaction), and, once committed, the public
 * catalogue's cached answers dropped so citizens see it at once.
 */
export interface CatalogueChangeLog {
  record(
    actor: AdminActor,
    change: { action: TAuditAction; entityType: string; entityId: string; agencyId?: string | null; before?: unknown; after?: unknown; metadata?: unknown },
    db: Db,
  ): Promise<void>;
  /** Call after the transaction committed. */
  published(): void;
}

/** JSON as stored in the audit trail: dates as ISO strings, bigints as numbers, undefined dropped. */
export const toAuditJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined
    ? undefined
    : (JSON.parse(JSON.stringify(value, (_key, item: unknown) => (typeof item === 'bigint' ? Number(item) : item))) as Prisma.InputJsonValue);

export function createCatalogueChangeLog(audit: Audit, cache: ResponseCache): CatalogueChangeLog {
  return {
    async record(actor, change, db) {
      await audit.record(
        {
          action: change.action,
          actorId: actor.userId,
          actorName: actor.username,
          entityType: change.entityType,
          entityId: change.entityId,
          // The agency admin's audit view lists changes of its agency's records
          agencyId: change.agencyId ?? null,
          ip: actor.ip,
          requestId: actor.requestId,
          before: toAuditJson(change.before),
          after: toAuditJson(change.after),
          metadata: toAuditJson(change.metadata),
        },
        db,
      );
      // Integrators' news of the public catalogue, in the change's transaction
      if (change.entityType === 'procedure' && change.action !== 'procedure.create') {
        await recordProcedureEvent(db, {
          procedureId: change.entityId,
          published: change.action === 'procedure.publish',
          unpublished: change.action === 'procedure.unpublish',
        });
      }
    },
    published() {
      cache.clear();
    },
  };
}
