import { Prisma, type TPrismaClient } from '@portal/db';
import { LEGAL_DOCUMENT_MESSAGES, type TLegalDocumentValidity } from '@portal/domain';
import { z } from 'zod';
import { createCursorCodec, ZCursorDate, ZCursorUuid } from '../../lib/cursor.ts';

export type Db = TPrismaClient | Prisma.TransactionClient;

/**
 * The only code of the legal documents feature that talks to the database. The keyword
 * search repeats, word by word, the expression of the trigram index
 * `legal_document_search_trgm_idx` (migration public_pages), so PostgreSQL answers
 * `LIKE '%word%'` from the index instead of reading every row; keep both in step.
 */
const SEARCH_TEXT = Prisma.sql`search_normalize("number" || ' ' || "title" || ' ' || "summary" || ' ' || "issuer")`;

export const documentInclude = {
  field: { select: { id: true, name: true } },
  file: { select: { id: true, originalName: true, mimeType: true, size: true, sha256: true, storageKey: true, createdAt: true } },
} as const satisfies Prisma.LegalDocumentInclude;

export type LegalDocumentRow = Prisma.LegalDocumentGetPayload<{ include: typeof documentInclude }>;

export interface SearchSpec {
  /** searchNormalize()d distinct words of the query; each must occur */
  words: string[];
  /** The whole normalised query: a number starting with it ranks first ('' without a query) */
  numberPrefix: string;
  docType?: string | undefined;
  issuer?: string | undefined;
  fieldId?: string | undefined;
  validity?: TLegalDocumentValidity | undefined;
  /** Issued on or after / on or before (YYYY-MM-DD) */
  from?: string | undefined;
  to?: string | undefined;
  /** true: the public list; false: hidden ones only; undefined: every document */
  published?: boolean | undefined;
}

/** A position in the list: rank (1 = the number starts with the query), issue date, id. */
export interface Keyset {
  rank: number;
  issuedOn: string;
  id: string;
}

const CURSOR = createCursorCodec(
  z.object({ rank: z.number().int().min(0).max(1), issuedOn: ZCursorDate, id: ZCursorUuid }),
  LEGAL_DOCUMENT_MESSAGES.cursor,
);

export const encodeCursor = (key: Keyset): string => CURSOR.encode(key);

export function decodeCursor(cursor: string | undefined): Keyset | null {
  return CURSOR.decode(cursor) ?? null;
}

const rankOf = (spec: SearchSpec) =>
  spec.numberPrefix ? Prisma.sql`(search_normalize("number") LIKE ${spec.numberPrefix} || '%')::int` : Prisma.sql`0`;

function conditionsOf(spec: SearchSpec): Prisma.Sql[] {
  const conditions: Prisma.Sql[] = [];
  if (spec.published !== undefined) conditions.push(Prisma.sql`"published" = ${spec.published}`);
  for (const word of spec.words) conditions.push(Prisma.sql`${SEARCH_TEXT} LIKE '%' || ${word} || '%'`);
  if (spec.docType) conditions.push(Prisma.sql`"doc_type" = ${spec.docType}`);
  if (spec.issuer) conditions.push(Prisma.sql`"issuer" = ${spec.issuer}`);
  if (spec.fieldId) conditions.push(Prisma.sql`"field_id" = ${spec.fieldId}::uuid`);
  if (spec.validity) conditions.push(Prisma.sql`"validity" = ${spec.validity}::legal_document_validity`);
  if (spec.from) conditions.push(Prisma.sql`"issued_on" >= ${spec.from}::date`);
  if (spec.to) conditions.push(Prisma.sql`"issued_on" <= ${spec.to}::date`);
  return conditions;
}

const where = (conditions: Prisma.Sql[]) => (conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty);

interface FacetRow {
  doc_type: string | null;
  issuer: string | null;
  year: number | null;
  field_id: string | null;
  field_name: string | null;
  by_type: number;
  by_issuer: number;
  by_year: number;
  by_field: number;
  n: number;
}

export function createLegalDocumentRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    /** One page in list order (limit + 1 rows, to know whether more follow), with each row's rank for the cursor. */
    async page(spec: SearchSpec, after: Keyset | null, limit: number): Promise<{ rows: LegalDocumentRow[]; ranks: Map<string, number> }> {
      const rank = rankOf(spec);
      const conditions = conditionsOf(spec);
      if (after) {
        conditions.push(Prisma.sql`(${rank}, "issued_on", "id") < (${after.rank}::int, ${after.issuedOn}::date, ${after.id}::uuid)`);
      }
      const ids = await prisma.$queryRaw<{ id: string; rank: number }[]>`
        SELECT "id", ${rank} AS "rank" FROM "legal_document"
        ${where(conditions)}
        ORDER BY 2 DESC, "issued_on" DESC, "id" DESC
        LIMIT ${limit + 1}`;
      if (ids.length === 0) return { rows: [], ranks: new Map() };
      const rows = await prisma.legalDocument.findMany({ where: { id: { in: ids.map((row) => row.id) } }, include: documentInclude });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return {
        rows: ids.flatMap((row) => byId.get(row.id) ?? []),
        ranks: new Map(ids.map((row) => [row.id, Number(row.rank)])),
      };
    },

    async count(spec: SearchSpec): Promise<number> {
      const [row] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "legal_document" ${where(conditionsOf(spec))}`;
      return row?.n ?? 0;
    },

    /** Types, issuers, years and fields of the published documents, with counts, in one pass. */
    async facets() {
      const rows = await prisma.$queryRaw<FacetRow[]>`
        SELECT doc_type, issuer, year, field_id, field_name,
               GROUPING(doc_type)::int AS by_type, GROUPING(issuer)::int AS by_issuer,
               GROUPING(year)::int AS by_year, GROUPING(field_id)::int AS by_field, count(*)::int AS n
        FROM (
          SELECT d."doc_type" AS doc_type, d."issuer" AS issuer, extract(year FROM d."issued_on")::int AS year,
                 d."field_id" AS field_id, f."name" AS field_name
          FROM "legal_document" d LEFT JOIN "field" f ON f."id" = d."field_id"
          WHERE d."published"
        ) x
        GROUP BY GROUPING SETS ((doc_type), (issuer), (year), (field_id, field_name))`;
      // GROUPING() is 0 for the column a row is grouped by.
      return {
        docTypes: rows.filter((row) => row.by_type === 0).map((row) => ({ value: row.doc_type!, count: row.n })),
        issuers: rows.filter((row) => row.by_issuer === 0).map((row) => ({ value: row.issuer!, count: row.n })),
        years: rows.filter((row) => row.by_year === 0).map((row) => ({ value: row.year!, count: row.n })),
        fields: rows.filter((row) => row.by_field === 0 && row.field_id).map((row) => ({ id: row.field_id!, name: row.field_name!, count: row.n })),
      };
    },

    find: (id: string, db: Db = prisma) => db.legalDocument.findUnique({ where: { id }, include: documentInclude }),

    /** Row lock: concurrent saves of one document queue up behind it, so the revision check holds. */
    async lock(id: string, db: Prisma.TransactionClient): Promise<void> {
      await db.$queryRaw`SELECT 1 FROM "legal_document" WHERE "id" = ${id}::uuid FOR UPDATE`;
    },

    /**
     * Another document whose number is the same once case, diacritics and punctuation are
     * set aside ("45/2020/nđ-cp", "45/2020/ND-CP"): citizens could not tell them apart.
     */
    async findSameNumber(number: string, exceptId: string | null, db: Db = prisma): Promise<{ id: string; number: string } | null> {
      const rows = await db.$queryRaw<{ id: string; number: string }[]>`
        SELECT "id", "number" FROM "legal_document"
        WHERE search_normalize("number") = search_normalize(${number})
          ${exceptId ? Prisma.sql`AND "id" <> ${exceptId}::uuid` : Prisma.empty}
        LIMIT 1`;
      return rows[0] ?? null;
    },

    /** Published documents among `numbers`, compared like findSameNumber (procedures cite numbers as typed). */
    async publishedByNumbers(numbers: string[]): Promise<{ id: string; requested: string }[]> {
      return prisma.$queryRaw<{ id: string; requested: string }[]>`
        SELECT d."id", wanted.number AS requested
        FROM unnest(${numbers}::text[]) AS wanted(number)
        JOIN "legal_document" d ON search_normalize(d."number") = search_normalize(wanted.number)
        WHERE d."published"`;
    },

    /** Published procedures whose legal basis cites the number. */
    citingProcedures: (number: string) =>
      prisma.$queryRaw<{ id: string; code: string; name: string }[]>`
        SELECT p."id", p."code", p."name" FROM "procedure" p
        WHERE p."active" AND EXISTS (
          SELECT 1 FROM jsonb_array_elements(p."legal_basis") AS basis
          WHERE search_normalize(basis->>'number') = search_normalize(${number})
        )
        ORDER BY p."name", p."id"`,

    fieldExists: async (id: string, db: Db = prisma) => (await db.field.count({ where: { id } })) > 0,

    create: (data: Prisma.LegalDocumentUncheckedCreateInput, db: Db) => db.legalDocument.create({ data, include: documentInclude }),

    /** Writes only when the revision is still `revision`; false otherwise. Every write increments it. */
    async updateIfRevision(id: string, revision: number, data: Prisma.LegalDocumentUncheckedUpdateManyInput, db: Db): Promise<boolean> {
      const { count } = await db.legalDocument.updateMany({ where: { id, revision }, data: { ...data, revision: { increment: 1 } } });
      return count === 1;
    },

    async deleteIfRevision(id: string, revision: number, db: Db): Promise<boolean> {
      const { count } = await db.legalDocument.deleteMany({ where: { id, revision } });
      return count === 1;
    },

    createStoredFile: (data: Prisma.StoredFileUncheckedCreateInput, db: Db) => db.storedFile.create({ data, select: { id: true } }),

    /** Drops the file row when nothing else refers to it; answers its storage key to remove after commit. */
    async deleteStoredFileIfUnused(fileId: string, db: Db): Promise<string | null> {
      const file = await db.storedFile.findUnique({
        where: { id: fileId },
        select: {
          storageKey: true,
          _count: { select: { componentTemplates: true, procedureTemplates: true, procedureSamples: true, dossierFiles: true, historyAttachments: true, legalDocuments: true } },
        },
      });
      if (!file || Object.values(file._count).some((n) => n > 0)) return null;
      await db.storedFile.delete({ where: { id: fileId } });
      return file.storageKey;
    },
  };
}

export type LegalDocumentRepository = ReturnType<typeof createLegalDocumentRepository>;
