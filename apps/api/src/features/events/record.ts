import { Prisma } from '@portal/db';
import {
  dossierEventTypeOf,
  type TActorRole,
  type TDossierAction,
  type TDossierStatus,
  type TEventSubjectType,
  type TIntegrationEventType,
  type TProcedureEventData,
  type TQuestionEventData,
} from '@portal/domain';

/**
 * Writes integration events (the feed `GET /api/v1/events` and the webhooks read them).
 * Always inside the caller's transaction, through its client: the event commits or rolls
 * back with the change, and its `tx_id` (defaulted by the database to the writing
 * transaction's id) orders the feed by commit horizon. One statement each.
 */

/** A transaction client (or the pool for a change that is itself a single statement). */
export type EventDb = Pick<Prisma.TransactionClient, '$executeRaw'>;

export interface EventInput {
  type: TIntegrationEventType;
  /** The agency the change belongs to; null: public news every client with events:read sees */
  agencyId: string | null;
  subjectType: TEventSubjectType;
  subjectId: string;
  data: TProcedureEventData | TQuestionEventData | Record<string, unknown>;
  at?: Date;
}

export async function recordEvent(tx: EventDb, event: EventInput): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO integration_event (type, at, agency_id, subject_type, subject_id, data)
    VALUES (${event.type}, coalesce(${event.at ?? null}::timestamptz, now()), ${event.agencyId}::uuid, ${event.subjectType}, ${event.subjectId}::uuid, ${JSON.stringify(event.data)}::jsonb)`;
}

/** ISO 8601 in UTC with milliseconds, as JavaScript's toISOString() writes it (null stays null). */
const iso = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export interface DossierEventInput {
  dossierId: string;
  action: TDossierAction;
  from: TDossierStatus | null;
  actorRole: TActorRole | null;
  /** api_client.id of the system that acted; the payload names its public client_id */
  actorClientId?: string | null;
  at?: Date;
}

/**
 * The INSERT … SELECT of the dossier event of a processing-history action, as a fragment
 * (appendHistory runs it in the same statement as the history row); null for actions
 * mapped to no event in DOSSIER_ACTION_EVENTS. The payload (ZDossierEventData) is the
 * dossier as it is in the transaction now, built by the database: no extra round trip.
 */
export function dossierEventInsert(input: DossierEventInput): Prisma.Sql | null {
  const type = dossierEventTypeOf(input.action);
  if (type === null) return null;
  return Prisma.sql`
    INSERT INTO integration_event (type, at, agency_id, subject_type, subject_id, data)
    SELECT ${type}, coalesce(${input.at ?? null}::timestamptz, now()), d.agency_id, 'dossier', d.id, jsonb_build_object(
      'id', d.id,
      'code', d.code,
      'status', d.status,
      'previousStatus', ${input.from}::text,
      'action', ${input.action}::text,
      'version', d.version,
      'procedureId', d.procedure_id,
      'procedureCode', p.code,
      'agencyId', d.agency_id,
      'channel', d.channel,
      'submittedAt', ${iso(Prisma.sql`d.submitted_at`)},
      'receivedAt', ${iso(Prisma.sql`d.received_at`)},
      'dueAt', ${iso(Prisma.sql`d.due_at`)},
      'finishedAt', ${iso(Prisma.sql`d.finished_at`)},
      'updatedAt', ${iso(Prisma.sql`d.updated_at`)},
      'actor', jsonb_build_object(
        'role', ${input.actorRole}::text,
        'clientId', (SELECT c.client_id FROM api_client c WHERE c.id = ${input.actorClientId ?? null}::uuid)
      )
    )
    FROM dossier d JOIN procedure p ON p.id = d.procedure_id
    WHERE d.id = ${input.dossierId}::uuid`;
}

/** The dossier event of a history action written apart from its row (sendDossier: once the code is given). */
export async function recordDossierEvent(tx: EventDb, input: DossierEventInput): Promise<void> {
  const insert = dossierEventInsert(input);
  if (insert) await tx.$executeRaw(insert);
}

/**
 * A procedure of the public catalogue changed: `procedure.published` when it was just
 * published, `procedure.changed` for any other change while it is published (and for taking
 * it out: `published: false`). Changes to an unpublished draft are nobody's news.
 */
export async function recordProcedureEvent(tx: EventDb, input: { procedureId: string; published?: boolean; unpublished?: boolean }): Promise<void> {
  const type: TIntegrationEventType = input.published ? 'procedure.published' : 'procedure.changed';
  const always = Boolean(input.published || input.unpublished);
  await tx.$executeRaw`
    INSERT INTO integration_event (type, agency_id, subject_type, subject_id, data)
    SELECT ${type}, NULL, 'procedure', p.id, jsonb_build_object(
      'id', p.id,
      'code', p.code,
      'name', p.name,
      'agencyId', p.agency_id,
      'fieldId', p.field_id,
      'published', p.active,
      'formVersion', p.form_version,
      'updatedAt', ${iso(Prisma.sql`p.updated_at`)}
    )
    FROM procedure p
    WHERE p.id = ${input.procedureId}::uuid AND (p.active OR ${always})`;
}
