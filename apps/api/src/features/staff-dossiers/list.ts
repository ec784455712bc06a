import { Prisma, type TPrismaClient } from '@portal/db';
import { z } from 'zod';
import {
  DomainError,
  STAFF_INBOX_VIEWS,
  ZStaffListSort,
  defaultStaffSortOrder,
  type TDossierStatus,
  type TStaffDossierListFilters,
  type TStaffDossierPage,
  type TStaffInboxCounts,
  type TStaffInboxView,
  type TStaffListSort,
  type TWorkingCalendar,
} from '@portal/domain';
import { createCursorCodec, ZCursorPgTimestamptz, ZCursorUuid } from '../../lib/cursor.ts';
import { isDueSoon, isOverdue, receiveDeadlineOf, receiveDeadlinePassed } from './deadlines.ts';

/**
 * The staff inbox: counts per view and the list, in SQL so they stay fast for an agency
 * with hundreds of thousands of dossiers. Every query starts from the agency's rows of
 * the `(agency_id, status, due_at)` index (counts: an index-only scan; the `mine` count
 * from `(assignee_id, status)`); lists page by keyset, never by OFFSET.
 */

/** What the views need to know about the moment and the reader. */
export interface InboxScope {
  agencyId: string;
  userId: string;
  now: Date;
  /** End of the "due soon" window (deadlines.ts dueSoonLimit) */
  dueSoonLimit: Date;
}

const TERMINAL = Prisma.sql`('result', 'returned')`;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Timestamps go to PostgreSQL as ISO strings cast to timestamptz: no session time zone involved. */
const iso = (date: Date) => date.toISOString();

/** The one definition of each view, shared by the counts and the list (contract: staff-dossiers.ts). */
export function viewCondition(view: TStaffInboxView, scope: InboxScope): Prisma.Sql {
  switch (view) {
    case 'new':
      return Prisma.sql`d.status = 'sent'`;
    case 'processing':
      return Prisma.sql`d.status = 'processing'`;
    case 'mine':
      return Prisma.sql`(d.assignee_id = ${scope.userId}::uuid AND d.status NOT IN ${TERMINAL})`;
    case 'supplement':
      return Prisma.sql`d.status = 'supplement-requested'`;
    case 'due-soon':
      return Prisma.sql`(d.status = 'processing' AND d.due_at >= ${iso(scope.now)}::timestamptz AND d.due_at <= ${iso(scope.dueSoonLimit)}::timestamptz)`;
    case 'overdue':
      return Prisma.sql`(d.status = 'processing' AND d.due_at < ${iso(scope.now)}::timestamptz)`;
    case 'done':
      return Prisma.sql`d.status IN ${TERMINAL}`;
  }
}

interface Row {
  id: string;
  code: string;
  status: Exclude<TDossierStatus, 'unsent'>;
  version: number;
  procedure_id: string;
  procedure_code: string;
  procedure_name: string;
  applicant_name: string;
  applicant_id_number: string | null;
  submitted_at: Date;
  received_at: Date | null;
  due_at: Date | null;
  updated_at: Date;
  assignee_id: string | null;
  assignee_name: string | null;
  assignee_username: string | null;
  assignee_position: string | null;
  /** Sort keys as PostgreSQL prints them (they go into the cursor as is) */
  k1: string;
  k2: string | null;
}

/**
 * Sort keys, compared as a row with the id last: (k1[, k2], id). `due` puts dossiers
 * without a due date last ('infinity') and breaks ties by sending time.
 */
const SORT_KEYS: Record<TStaffListSort, { k1: Prisma.Sql; k2: Prisma.Sql | null }> = {
  due: { k1: Prisma.sql`COALESCE(d.due_at, 'infinity'::timestamptz)`, k2: Prisma.sql`d.submitted_at` },
  sent: { k1: Prisma.sql`d.submitted_at`, k2: null },
  updated: { k1: Prisma.sql`d.updated_at`, k2: null },
};

/** The page's last row, opaque to clients: its sort keys and id (and the order they belong to). */
type Cursor = { s: TStaffListSort; o: 'asc' | 'desc'; k1: string; k2: string | null; id: string };

/** k1 and k2 are timestamptz texts as PostgreSQL prints them (microseconds kept). */
const CURSOR = createCursorCodec(
  z.object({
    s: ZStaffListSort,
    o: z.enum(['asc', 'desc']),
    k1: ZCursorPgTimestamptz,
    k2: ZCursorPgTimestamptz.nullable(),
    id: ZCursorUuid,
  }),
  'Trang không hợp lệ, vui lòng tải lại danh sách',
);
function decodeCursor(raw: string, sort: TStaffListSort, order: 'asc' | 'desc'): Cursor {
  const cursor = CURSOR.decode(raw);
  // A cursor continues only the sort and order it was made for
  if (!cursor || cursor.s !== sort || cursor.o !== order || (SORT_KEYS[sort].k2 === null) !== (cursor.k2 === null)) {
    throw new DomainError('VALIDATION_FAILED', { fieldErrors: { cursor: 'Trang không hợp lệ, vui lòng tải lại danh sách' } });
  }
  return cursor;
}
const encodeCursor = (cursor: Cursor) => CURSOR.encode(cursor);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Every filter of the query but the keyset, ANDed. */
function filtersOf(spec: TStaffDossierListFilters, scope: InboxScope): Prisma.Sql[] {
  const where = [Prisma.sql`d.agency_id = ${scope.agencyId}::uuid`, Prisma.sql`d.status <> 'unsent'`];
  if (spec.view) where.push(viewCondition(spec.view, scope));
  if (spec.status) where.push(Prisma.sql`d.status = ${spec.status}::dossier_status`);
  if (spec.overdue === true) where.push(viewCondition('overdue', scope));
  if (spec.overdue === false) where.push(Prisma.sql`NOT ${viewCondition('overdue', scope)}`);
  if (spec.assignedTo === 'me') where.push(Prisma.sql`d.assignee_id = ${scope.userId}::uuid`);
  // Ids that are not UUIDs match nothing (rather than failing the cast)
  if (spec.procedureId) where.push(UUID.test(spec.procedureId) ? Prisma.sql`d.procedure_id = ${spec.procedureId}::uuid` : Prisma.sql`FALSE`);
  if (spec.fieldId) where.push(UUID.test(spec.fieldId) ? Prisma.sql`p.field_id = ${spec.fieldId}::uuid` : Prisma.sql`FALSE`);
  const q = spec.q?.trim();
  if (q) {
    // The code as typed, the CCCD (whole or its start), or the applicant's name with or without diacritics
    where.push(Prisma.sql`(
      d.code ILIKE ${`%${escapeLike(q)}%`}
      OR d.applicant_id_number LIKE ${`${escapeLike(q)}%`}
      OR (search_normalize(${q}) <> '' AND search_normalize(d.applicant_name) LIKE '%' || search_normalize(${q}) || '%')
    )`);
  }
  return where;
}

function afterCursor(keys: { k1: Prisma.Sql; k2: Prisma.Sql | null }, cursor: Cursor, order: 'asc' | 'desc'): Prisma.Sql {
  const op = order === 'asc' ? Prisma.sql`>` : Prisma.sql`<`;
  return keys.k2
    ? Prisma.sql`(${keys.k1}, ${keys.k2}, d.id) ${op} (${cursor.k1}::timestamptz, ${cursor.k2}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.sql`(${keys.k1}, d.id) ${op} (${cursor.k1}::timestamptz, ${cursor.id}::uuid)`;
}

export function createStaffDossierListRepository(prisma: TPrismaClient) {
  return {
    /** One count per view, in one statement over the agency's index entries. */
    async counts(scope: InboxScope): Promise<TStaffInboxCounts> {
      // Status and due date come from the (agency_id, status, due_at) index alone; `mine` is
      // counted from (assignee_id, status) rather than by visiting every row of the agency.
      const columns = Prisma.join(
        STAFF_INBOX_VIEWS.filter((view) => view !== 'mine').map(
          (view) => Prisma.sql`count(*) FILTER (WHERE ${viewCondition(view, scope)})::int AS ${Prisma.raw(`"${view}"`)}`,
        ),
        ', ',
      );
      const [row] = await prisma.$queryRaw<[TStaffInboxCounts]>`
        SELECT ${columns},
               (SELECT count(*)::int FROM dossier d
                WHERE d.agency_id = ${scope.agencyId}::uuid AND d.status <> 'unsent' AND ${viewCondition('mine', scope)}) AS "mine"
        FROM dossier d
        WHERE d.agency_id = ${scope.agencyId}::uuid AND d.status <> 'unsent'`;
      return Object.fromEntries(STAFF_INBOX_VIEWS.map((view) => [view, row[view]])) as TStaffInboxCounts;
    },

    async page(spec: TStaffDossierListFilters, scope: InboxScope, calendar: TWorkingCalendar): Promise<TStaffDossierPage> {
      const order = spec.order ?? defaultStaffSortOrder(spec.sort);
      const keys = SORT_KEYS[spec.sort];
      const where = filtersOf(spec, scope);
      const keyset = spec.cursor ? [afterCursor(keys, decodeCursor(spec.cursor, spec.sort, order), order)] : [];
      const direction = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
      const orderBy = keys.k2
        ? Prisma.sql`ORDER BY ${keys.k1} ${direction}, ${keys.k2} ${direction}, d.id ${direction}`
        : Prisma.sql`ORDER BY ${keys.k1} ${direction}, d.id ${direction}`;
      const needsProcedure = Boolean(spec.fieldId);
      const rows = await prisma.$queryRaw<Row[]>`
        SELECT d.id, d.code, d.status::text AS status, d.version, d.applicant_name, d.applicant_id_number,
               d.submitted_at, d.received_at, d.due_at, d.updated_at,
               p.id AS procedure_id, p.code AS procedure_code, p.name AS procedure_name,
               u.id AS assignee_id, u.full_name AS assignee_name, u.username AS assignee_username, u.position AS assignee_position,
               (${keys.k1})::text AS k1, ${keys.k2 ? Prisma.sql`(${keys.k2})::text` : Prisma.sql`NULL::text`} AS k2
        FROM dossier d
        JOIN procedure p ON p.id = d.procedure_id
        LEFT JOIN app_user u ON u.id = d.assignee_id
        WHERE ${Prisma.join([...where, ...keyset], ' AND ')}
        ${orderBy}
        LIMIT ${spec.limit + 1}`;
      const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`
        SELECT count(*)::int AS total FROM dossier d
        ${needsProcedure ? Prisma.sql`JOIN procedure p ON p.id = d.procedure_id` : Prisma.empty}
        WHERE ${Prisma.join(where, ' AND ')}`;
      const items = rows.slice(0, spec.limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => {
          const status = row.status;
          const facts = { status, submittedAt: row.submitted_at, receivedAt: row.received_at, dueAt: row.due_at };
          return {
            id: row.id,
            code: row.code,
            status,
            version: row.version,
            procedure: { id: row.procedure_id, code: row.procedure_code, name: row.procedure_name },
            applicantName: row.applicant_name,
            applicantIdNumber: row.applicant_id_number,
            submittedAt: row.submitted_at.toISOString(),
            receiveDeadlineAt: receiveDeadlineOf(row.submitted_at, calendar).toISOString(),
            receiveDeadlinePassed: receiveDeadlinePassed(facts, calendar, scope.now),
            receivedAt: row.received_at?.toISOString() ?? null,
            dueAt: row.due_at?.toISOString() ?? null,
            overdue: isOverdue(facts, scope.now),
            dueSoon: isDueSoon(facts, scope.now, scope.dueSoonLimit),
            paused: status === 'supplement-requested',
            assignee: row.assignee_id
              ? { id: row.assignee_id, name: row.assignee_name ?? row.assignee_username ?? '', position: row.assignee_position }
              : null,
            updatedAt: row.updated_at.toISOString(),
          };
        }),
        nextCursor:
          rows.length > spec.limit && last ? encodeCursor({ s: spec.sort, o: order, k1: last.k1, k2: last.k2, id: last.id }) : null,
        total,
      };
    },
  };
}

export type StaffDossierListRepository = ReturnType<typeof createStaffDossierListRepository>;
