import { Prisma, type TPrismaClient } from '@portal/db';
import { z } from 'zod';
import {
  DomainError,
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
 * with hundreds of thousands of dossiers (migration staff_workspace_indexes, bench/staff.ts).
 * Counts: an index-only scan of the agency's rows of `(agency_id, status, due_at)`; the
 * `mine` count from `(assignee_id, status)`. Lists page by keyset, never by OFFSET: one
 * branch per status the filters allow, each the first page-size rows of an `(agency_id,
 * status, sort keys…, id)` index range, the page cut from their union, so a page reads a
 * few pages of index entries whatever the view. A search (`q`) uses the code and CCCD
 * prefix indexes and the trigrams of the stored normalised name (`applicant_search`); its
 * total, when the matches are many, the covering `dossier_staff_search_idx` (index only).
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
type TVisibleStatus = Exclude<TDossierStatus, 'unsent'>;
const VISIBLE: readonly TVisibleStatus[] = ['sent', 'supplement-requested', 'processing', 'result', 'returned'];
/** The statuses each view can hold (viewCondition may narrow further): one keyset branch each */
const VIEW_STATUSES: Record<TStaffInboxView, readonly TVisibleStatus[]> = {
  new: ['sent'],
  processing: ['processing'],
  mine: ['sent', 'supplement-requested', 'processing'],
  supplement: ['supplement-requested'],
  'due-soon': ['processing'],
  overdue: ['processing'],
  done: ['result', 'returned'],
};
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
  if (spec.updatedSince) where.push(Prisma.sql`d.updated_at >= ${spec.updatedSince}::timestamptz`);
  const q = spec.q?.trim();
  if (q) {
    // Each branch is a range or a trigram match of its own index, so a search reads the
    // matches, not the agency's dossiers: the code from its start (whole or a prefix, e.g.
    // unit code and month; codes are written in upper case), the CCCD from its start, the
    // applicant's name anywhere, with or without diacritics.
    const branches: Prisma.Sql[] = [];
    // (A code has only letters, digits, '.', '-' and '_': other text skips these branches.)
    if (/^[A-Za-z0-9._-]+$/.test(q)) {
      for (const form of new Set([q.toUpperCase(), q])) branches.push(Prisma.sql`d.code COLLATE "C" LIKE ${`${escapeLike(form)}%`}`);
    }
    if (/^\d+$/.test(q)) branches.push(Prisma.sql`d.applicant_id_number COLLATE "C" LIKE ${`${escapeLike(q)}%`}`);
    branches.push(Prisma.sql`(search_normalize(${q}) <> '' AND d.applicant_search LIKE '%' || search_normalize(${q}) || '%')`);
    where.push(Prisma.sql`(${Prisma.join(branches, ' OR ')})`);
  }
  return where;
}

/** The statuses a list can contain under its filters (empty: nothing can match) */
function statusesOf(spec: TStaffDossierListFilters): TVisibleStatus[] {
  return VISIBLE.filter(
    (status) =>
      (!spec.view || VIEW_STATUSES[spec.view].includes(status)) &&
      (!spec.status || spec.status === status) &&
      (spec.overdue !== true || status === 'processing'),
  );
}

function afterCursor(keys: { k1: Prisma.Sql; k2: Prisma.Sql | null }, cursor: Cursor, order: 'asc' | 'desc'): Prisma.Sql {
  const op = order === 'asc' ? Prisma.sql`>` : Prisma.sql`<`;
  return keys.k2
    ? Prisma.sql`(${keys.k1}, ${keys.k2}, d.id) ${op} (${cursor.k1}::timestamptz, ${cursor.k2}::timestamptz, ${cursor.id}::uuid)`
    : Prisma.sql`(${keys.k1}, d.id) ${op} (${cursor.k1}::timestamptz, ${cursor.id}::uuid)`;
}

type TStatusCounts = Record<TVisibleStatus, number>;

/**
 * The counts of the inbox: per status from dossier_inbox_count (kept by triggers), `due-soon`
 * from the short range of processing dossiers due from now to the limit, `overdue` as the
 * processing ones minus those not yet due (or without a due date): both ranges of the
 * (agency_id, status, due_at) index stay small however many are overdue. `mine` from
 * (assignee_id, status). Same definitions as viewCondition().
 */
async function inboxFigures(prisma: TPrismaClient, scope: InboxScope): Promise<{ counts: TStaffInboxCounts; byStatus: TStatusCounts }> {
  const agency = Prisma.sql`d.agency_id = ${scope.agencyId}::uuid AND d.status = 'processing'`;
  const [row] = await prisma.$queryRaw<[TStatusCounts & { dueSoon: number; notOverdue: number; mine: number }]>`
    SELECT ${Prisma.join(
      VISIBLE.map((status) => Prisma.sql`coalesce(sum(c.n) FILTER (WHERE c.status = ${status}::dossier_status), 0)::int AS ${Prisma.raw(`"${status}"`)}`),
      ', ',
    )},
      (SELECT count(*)::int FROM dossier d WHERE ${agency}
         AND d.due_at >= ${iso(scope.now)}::timestamptz AND d.due_at <= ${iso(scope.dueSoonLimit)}::timestamptz) AS "dueSoon",
      (SELECT count(*)::int FROM dossier d WHERE ${agency} AND d.due_at >= ${iso(scope.now)}::timestamptz)
        + (SELECT count(*)::int FROM dossier d WHERE ${agency} AND d.due_at IS NULL) AS "notOverdue",
      (SELECT count(*)::int FROM dossier d
       WHERE d.agency_id = ${scope.agencyId}::uuid AND d.status <> 'unsent' AND ${viewCondition('mine', scope)}) AS "mine"
    FROM dossier_inbox_count c
    WHERE c.agency_id = ${scope.agencyId}::uuid`;
  const byStatus = Object.fromEntries(VISIBLE.map((status) => [status, row[status]])) as TStatusCounts;
  const counts: TStaffInboxCounts = {
    new: byStatus.sent,
    processing: byStatus.processing,
    mine: row.mine,
    supplement: byStatus['supplement-requested'],
    'due-soon': row.dueSoon,
    overdue: byStatus.processing - row.notOverdue,
    done: byStatus.result + byStatus.returned,
  };
  return { counts, byStatus };
}

/** The total of a list whose only filters are a view, a status or overdue=true, from the counts; null otherwise. */
async function totalFromCounts(prisma: TPrismaClient, spec: TStaffDossierListFilters, scope: InboxScope): Promise<number | null> {
  if (spec.q?.trim() || spec.procedureId || spec.fieldId || spec.updatedSince || spec.assignedTo || spec.overdue === false) return null;
  const chosen = [spec.view, spec.status, spec.overdue === true ? 'overdue' : undefined].filter(Boolean).length;
  if (chosen > 1) return null;
  const { counts, byStatus } = await inboxFigures(prisma, scope);
  if (spec.view) return counts[spec.view];
  if (spec.status) return byStatus[spec.status];
  if (spec.overdue === true) return counts.overdue;
  return VISIBLE.reduce((sum, status) => sum + byStatus[status], 0);
}

export function createStaffDossierListRepository(prisma: TPrismaClient) {
  const figures = (scope: InboxScope) => inboxFigures(prisma, scope);
  return {
    /** One count per view, in one statement, none of which counts the agency's dossiers one by one. */
    counts: async (scope: InboxScope): Promise<TStaffInboxCounts> => (await figures(scope)).counts,

    async page(spec: TStaffDossierListFilters, scope: InboxScope, calendar: TWorkingCalendar): Promise<TStaffDossierPage> {
      const order = spec.order ?? defaultStaffSortOrder(spec.sort);
      const keys = SORT_KEYS[spec.sort];
      const where = filtersOf(spec, scope);
      const keyset = spec.cursor ? [afterCursor(keys, decodeCursor(spec.cursor, spec.sort, order), order)] : [];
      const statuses = statusesOf(spec);
      if (statuses.length === 0) return { items: [], nextCursor: null, total: 0 };
      const direction = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`;
      const orderOf = (alias: string) => {
        const column = (name: string) => Prisma.raw(`${alias}.${name}`);
        return keys.k2
          ? Prisma.sql`ORDER BY ${column('k1')} ${direction}, ${column('k2')} ${direction}, ${column('id')} ${direction}`
          : Prisma.sql`ORDER BY ${column('k1')} ${direction}, ${column('id')} ${direction}`;
      };
      const needsProcedure = Boolean(spec.fieldId);
      const joinProcedure = needsProcedure ? Prisma.sql`JOIN procedure p ON p.id = d.procedure_id` : Prisma.empty;
      // One branch per status, each the first rows of the page in the order of its index
      // (an index range of at most limit + 1 entries), then the page is cut from their union:
      // no sort of the agency's dossiers (the branches are merged in order, Merge Append;
      // without the LIMIT per branch PostgreSQL 15 sorted all of the view's rows instead).
      // A search of several words (a whole name) has few matches, found by one trigram scan:
      // one branch over every status then, rather than the same scan once per status.
      const statusSets = /\s/.test(spec.q?.trim() ?? '') ? [statuses] : statuses.map((status) => [status]);
      const branches = statusSets.map(
        (set) => Prisma.sql`(
          SELECT d.id, ${keys.k1} AS k1, ${keys.k2 ?? Prisma.sql`NULL::timestamptz`} AS k2
          FROM dossier d ${joinProcedure}
          WHERE ${Prisma.join(
            [
              ...where,
              set.length === 1
                ? Prisma.sql`d.status = ${set[0]}::dossier_status`
                : Prisma.sql`d.status IN (${Prisma.join(set.map((status) => Prisma.sql`${status}::dossier_status`))})`,
              ...keyset,
            ],
            ' AND ',
          )}
          ${keys.k2 ? Prisma.sql`ORDER BY 2 ${direction}, 3 ${direction}, 1 ${direction}` : Prisma.sql`ORDER BY 2 ${direction}, 1 ${direction}`}
          LIMIT ${spec.limit + 1})`,
      );
      const rows = await prisma.$queryRaw<Row[]>`
        SELECT d.id, d.code, d.status::text AS status, d.version, d.applicant_name, d.applicant_id_number,
               d.submitted_at, d.received_at, d.due_at, d.updated_at,
               p.id AS procedure_id, p.code AS procedure_code, p.name AS procedure_name,
               u.id AS assignee_id, u.full_name AS assignee_name, u.username AS assignee_username, u.position AS assignee_position,
               m.k1::text AS k1, m.k2::text AS k2
        FROM (SELECT b.id, b.k1, b.k2 FROM (${Prisma.join(branches, ' UNION ALL ')}) b ${orderOf('b')} LIMIT ${spec.limit + 1}) m
        JOIN dossier d ON d.id = m.id
        JOIN procedure p ON p.id = d.procedure_id
        LEFT JOIN app_user u ON u.id = d.assignee_id
        ${orderOf('m')}`;
      const total =
        (await totalFromCounts(prisma, spec, scope)) ??
        (
          await prisma.$queryRaw<[{ total: number }]>`
            SELECT count(*)::int AS total FROM dossier d ${joinProcedure}
            WHERE ${Prisma.join(where, ' AND ')}`
        )[0].total;
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
