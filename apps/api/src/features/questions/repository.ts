import { Prisma, type TPrismaClient } from '@portal/db';
import { type TQuestionStatus } from '@portal/domain';
import { z } from 'zod';
import { createCursorCodec, ZCursorIsoTime, ZCursorUuid } from '../../lib/cursor.ts';

/**
 * Reads and writes of questions. The public search is one SQL query over the published
 * rows: keywords match title, question and answer as a substring of their
 * search_normalize() form (no diacritics, lower case), served by the partial trigram
 * index of migration 20261122094430_questions_answers; pages by keyset on
 * (answered_at, id), newest answer first.
 */

const topicSelect = {
  field: { select: { id: true, name: true } },
  procedure: { select: { id: true, code: true, name: true } },
  agency: { select: { id: true, name: true } },
} as const;

export const questionSelect = {
  id: true,
  status: true,
  agencyId: true,
  askerName: true,
  askerEmail: true,
  askerLocale: true,
  title: true,
  body: true,
  answer: true,
  rejectionReason: true,
  createdAt: true,
  answeredAt: true,
  answeredBy: { select: { fullName: true, username: true } },
  ...topicSelect,
} as const satisfies Prisma.QuestionSelect;

export type QuestionRow = Prisma.QuestionGetPayload<{ select: typeof questionSelect }>;

/** A keyset position: the sort key (ISO time) and the id, as an opaque base64url string. */
export interface Keyset {
  at: Date;
  id: string;
}

const CURSOR = createCursorCodec(z.object({ at: ZCursorIsoTime, id: ZCursorUuid }), 'Vị trí trang không hợp lệ');

export const encodeCursor = (key: Keyset): string => CURSOR.encode({ at: key.at.toISOString(), id: key.id });

export function decodeCursor(cursor: string | undefined): Keyset | null {
  const key = CURSOR.decode(cursor);
  return key ? { at: new Date(key.at), id: key.id } : null;
}

/** The same expression as the trigram index: keep both in step. */
const SEARCH_TEXT = Prisma.sql`search_normalize(q.title || ' ' || q.body || ' ' || coalesce(q.answer, ''))`;

export function createQuestionRepository(prisma: TPrismaClient) {
  return {
    /** The procedure and its managing agency, or null when unknown or withdrawn. */
    procedureTopic: (id: string) =>
      prisma.procedure.findFirst({ where: { id, active: true }, select: { id: true, fieldId: true, agencyId: true } }),

    /**
     * The agency in charge of a field's questions: the one managing most of the field's
     * active procedures (ties: the agency listed first), or null for an unknown field.
     */
    async fieldAgency(fieldId: string): Promise<{ fieldId: string; agencyId: string | null } | null> {
      const field = await prisma.field.findUnique({ where: { id: fieldId }, select: { id: true } });
      if (!field) return null;
      const rows = await prisma.$queryRaw<{ agency_id: string }[]>`
        SELECT p.agency_id FROM procedure p JOIN agency a ON a.id = p.agency_id
        WHERE p.field_id = ${fieldId}::uuid AND p.active AND a.active
        GROUP BY p.agency_id, a.sort_order, a.name
        ORDER BY count(*) DESC, a.sort_order, a.name
        LIMIT 1`;
      return { fieldId: field.id, agencyId: rows[0]?.agency_id ?? null };
    },

    create: (data: Prisma.QuestionUncheckedCreateInput, db: Prisma.TransactionClient | TPrismaClient = prisma) =>
      db.question.create({ data, select: { id: true, status: true } }),

    find: (id: string) => prisma.question.findUnique({ where: { id }, select: questionSelect }),

    /** Published questions matching the keywords and field, one page (limit + 1 rows to know if more follow). */
    async publishedPage(filter: { normalizedQuery: string; fieldId?: string | undefined; after: Keyset | null; limit: number }): Promise<QuestionRow[]> {
      const conditions = [Prisma.sql`q.status = 'published'`];
      if (filter.normalizedQuery) conditions.push(Prisma.sql`${SEARCH_TEXT} LIKE '%' || ${filter.normalizedQuery} || '%'`);
      if (filter.fieldId) conditions.push(Prisma.sql`q.field_id = ${filter.fieldId}::uuid`);
      if (filter.after) {
        conditions.push(Prisma.sql`(q.answered_at, q.id) < (${filter.after.at.toISOString()}::timestamptz, ${filter.after.id}::uuid)`);
      }
      const ids = await prisma.$queryRaw<{ id: string }[]>`
        SELECT q.id FROM question q
        WHERE ${Prisma.join(conditions, ' AND ')}
        ORDER BY q.answered_at DESC, q.id DESC
        LIMIT ${filter.limit + 1}`;
      if (ids.length === 0) return [];
      const rows = await prisma.question.findMany({ where: { id: { in: ids.map((row) => row.id) } }, select: questionSelect });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((row) => byId.get(row.id)!).filter(Boolean);
    },

    /** The agency's questions, newest first, optionally of one status. */
    agencyPage: (filter: { agencyId: string; status?: TQuestionStatus | undefined; after: Keyset | null; limit: number }) =>
      prisma.question.findMany({
        where: {
          agencyId: filter.agencyId,
          ...(filter.status ? { status: filter.status } : {}),
          ...(filter.after
            ? { OR: [{ createdAt: { lt: filter.after.at } }, { createdAt: filter.after.at, id: { lt: filter.after.id } }] }
            : {}),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: filter.limit + 1,
        select: questionSelect,
      }),
  };
}

export type QuestionRepository = ReturnType<typeof createQuestionRepository>;
