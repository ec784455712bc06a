import { Prisma, type TPrismaClient } from '@portal/db';
import { z } from 'zod';
import {
  DOSSIER_STATUSES,
  citizenActionsOf,
  type TDossierCounts,
  type TDossierPage,
  type TDossierSort,
  type TDossierStatus,
  type TDossierSummary,
} from '@portal/domain';
import { createCursorCodec, ZCursorIsoTime, ZCursorText, ZCursorUuid, type CursorCodec } from '../../lib/cursor.ts';

/**
 * The citizen's dashboard: counts per status and the list of one category, with search,
 * orders and keyset pagination. Written in SQL so it stays fast for a citizen with
 * thousands of dossiers in a database of millions: every query starts from the
 * `(owner_id, status, updated_at DESC)` index, and a page never costs an OFFSET.
 */

export interface DossierListSpec {
  status?: TDossierStatus | undefined;
  q?: string | undefined;
  sort: TDossierSort;
  limit: number;
  cursor?: string | undefined;
}

interface Row {
  id: string;
  code: string | null;
  status: TDossierStatus;
  version: number;
  applicant_name: string;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  due_at: Date | null;
  guest: boolean;
  rated: boolean;
  procedure_id: string;
  procedure_code: string;
  procedure_name: string;
  agency_id: string;
  agency_name: string;
}

/** The page's last row, opaque to clients: its sort value and id. */
type Cursor = { v: string | null; id: string };

const cursorCodecOf = (value: z.ZodType<string | null>): CursorCodec<Cursor> =>
  createCursorCodec(z.object({ v: value, id: ZCursorUuid }), 'Trang không hợp lệ, vui lòng tải lại danh sách');

/** One codec per order: its value is a time or a code, null only where the column may be. */
const CURSORS: Record<TDossierSort, CursorCodec<Cursor>> = {
  updated: cursorCodecOf(ZCursorIsoTime),
  created: cursorCodecOf(ZCursorIsoTime),
  code: cursorCodecOf(ZCursorText.nullable()),
  due: cursorCodecOf(ZCursorIsoTime.nullable()),
};

interface Order {
  column: Prisma.Sql;
  /** Newest first, nulls never (timestamps always set) */
  descending: boolean;
  nullable: boolean;
  valueOf: (row: Row) => string | null;
  cast: Prisma.Sql;
}

const ORDERS: Record<TDossierSort, Order> = {
  updated: { column: Prisma.sql`d.updated_at`, descending: true, nullable: false, valueOf: (r) => r.updated_at.toISOString(), cast: Prisma.sql`timestamptz` },
  created: { column: Prisma.sql`d.created_at`, descending: true, nullable: false, valueOf: (r) => r.created_at.toISOString(), cast: Prisma.sql`timestamptz` },
  code: { column: Prisma.sql`d.code`, descending: false, nullable: true, valueOf: (r) => r.code, cast: Prisma.sql`text` },
  due: { column: Prisma.sql`d.due_at`, descending: false, nullable: true, valueOf: (r) => r.due_at?.toISOString() ?? null, cast: Prisma.sql`timestamptz` },
};

function orderBy(order: Order): Prisma.Sql {
  return order.descending
    ? Prisma.sql`ORDER BY ${order.column} DESC, d.id DESC`
    : Prisma.sql`ORDER BY ${order.column} ASC NULLS LAST, d.id ASC`;
}

/** Rows after the cursor in the order: (value, id) beyond it, nulls (ascending orders) last. */
function after(order: Order, cursor: Cursor): Prisma.Sql {
  const id = Prisma.sql`${cursor.id}::uuid`;
  if (order.descending) return Prisma.sql`(${order.column}, d.id) < (${cursor.v}::${order.cast}, ${id})`;
  if (cursor.v === null) return Prisma.sql`(${order.column} IS NULL AND d.id > ${id})`;
  const value = Prisma.sql`${cursor.v}::${order.cast}`;
  return Prisma.sql`(${order.column} > ${value} OR ${order.column} IS NULL OR (${order.column} = ${value} AND d.id > ${id}))`;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function filters(ownerId: string, spec: DossierListSpec): Prisma.Sql[] {
  const where = [Prisma.sql`d.owner_id = ${ownerId}::uuid`];
  if (spec.status) where.push(Prisma.sql`d.status = ${spec.status}::dossier_status`);
  const q = spec.q?.trim();
  if (q) {
    // The code as typed, or the procedure's name without diacritics (search_normalize, catalogue search)
    where.push(
      Prisma.sql`(d.code ILIKE ${`%${escapeLike(q)}%`} OR p.search_text LIKE '%' || search_normalize(${q}) || '%')`,
    );
  }
  return where;
}

export function createDossierListRepository(prisma: TPrismaClient) {
  return {
    async counts(ownerId: string): Promise<TDossierSummary> {
      const rows = await prisma.$queryRaw<{ status: TDossierStatus; count: number }[]>`
        SELECT status::text AS status, count(*)::int AS count FROM dossier WHERE owner_id = ${ownerId}::uuid GROUP BY status`;
      const counts = Object.fromEntries(DOSSIER_STATUSES.map((status) => [status, 0])) as TDossierCounts;
      for (const row of rows) counts[row.status] = row.count;
      return { counts, total: rows.reduce((sum, row) => sum + row.count, 0) };
    },

    async page(ownerId: string, spec: DossierListSpec): Promise<TDossierPage> {
      const order = ORDERS[spec.sort];
      const where = filters(ownerId, spec);
      const needsProcedure = Boolean(spec.q?.trim());
      const cursor = CURSORS[spec.sort].decode(spec.cursor);
      const keyset = cursor ? [after(order, cursor)] : [];
      const pageWhere = Prisma.join([...where, ...keyset], ' AND ');
      const rows = await prisma.$queryRaw<Row[]>`
        SELECT d.id, d.code, d.status::text AS status, d.version, d.applicant_name, d.created_at, d.updated_at,
               d.submitted_at, d.due_at, d.owner_id IS NULL AS guest,
               EXISTS (SELECT 1 FROM dossier_rating r WHERE r.dossier_id = d.id) AS rated,
               p.id AS procedure_id, p.code AS procedure_code, p.name AS procedure_name,
               a.id AS agency_id, a.name AS agency_name
        FROM dossier d
        JOIN procedure p ON p.id = d.procedure_id
        JOIN agency a ON a.id = d.agency_id
        WHERE ${pageWhere}
        ${orderBy(order)}
        LIMIT ${spec.limit + 1}`;
      const [{ total }] = await prisma.$queryRaw<[{ total: number }]>`
        SELECT count(*)::int AS total FROM dossier d
        ${needsProcedure ? Prisma.sql`JOIN procedure p ON p.id = d.procedure_id` : Prisma.empty}
        WHERE ${Prisma.join(where, ' AND ')}`;
      const items = rows.slice(0, spec.limit);
      const last = items.at(-1);
      return {
        items: items.map((row) => ({
          id: row.id,
          code: row.code,
          status: row.status,
          version: row.version,
          procedure: { id: row.procedure_id, code: row.procedure_code, name: row.procedure_name },
          agency: { id: row.agency_id, name: row.agency_name },
          applicantName: row.applicant_name,
          createdAt: row.created_at.toISOString(),
          updatedAt: row.updated_at.toISOString(),
          submittedAt: row.submitted_at?.toISOString() ?? null,
          dueAt: row.due_at?.toISOString() ?? null,
          allowedActions: citizenActionsOf({ status: row.status, code: row.code, rated: row.rated, guest: row.guest }),
        })),
        nextCursor: rows.length > spec.limit && last ? CURSORS[spec.sort].encode({ v: order.valueOf(last), id: last.id }) : null,
        total,
      };
    },
  };
}

export type DossierListRepository = ReturnType<typeof createDossierListRepository>;
