import fp from 'fastify-plugin';
import type { Prisma, TPrismaClient } from '@portal/db';

/** e.g. auth.login.success, auth.lockout, auth.password.change; later features add theirs. */
export type TAuditAction = `${string}.${string}`;

export interface AuditEventInput {
  action: TAuditAction;
  actorId?: string | null;
  /** Shown in audit screens without a join; the username for accounts */
  actorName?: string | null;
  /** The API client (api_client.id) that acted with a Bearer token; actorName is then its name */
  actorClientId?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  /** The agency the change belongs to: an agency administrator's audit view lists it */
  agencyId?: string | null;
  ip?: string | null;
  requestId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  metadata?: Prisma.InputJsonValue;
}

type AuditDb = Pick<TPrismaClient, 'auditEvent'> | Prisma.TransactionClient;

export interface Audit {
  /** Appends one event (the table refuses UPDATE and DELETE). Pass a transaction to record atomically with the change. */
  record(event: AuditEventInput, db?: AuditDb): Promise<void>;
}

declare module 'fastify' {
  interface FastifyInstance {
    audit: Audit;
  }
}

/** The append-only audit trail of security events, staff actions and admin changes. */
export default fp(
  async function audit(app) {
    app.decorate('audit', {
      async record(event: AuditEventInput, db: AuditDb = app.prisma) {
        await db.auditEvent.create({
          data: {
            action: event.action,
            actorId: event.actorId ?? null,
            actorName: event.actorName ?? null,
            actorClientId: event.actorClientId ?? null,
            entityType: event.entityType ?? null,
            entityId: event.entityId ?? null,
            agencyId: event.agencyId ?? null,
            ip: event.ip ?? null,
            requestId: event.requestId ?? null,
            ...(event.before === undefined ? {} : { before: event.before }),
            ...(event.after === undefined ? {} : { after: event.after }),
            ...(event.metadata === undefined ? {} : { metadata: event.metadata }),
          },
        });
      },
    });
  },
  { name: 'audit', dependencies: ['prisma'] },
);
