import { pgPoolOf, Prisma, type TPrismaClient } from '@portal/db';
import type { TAgencyLevel, TProcedureSort, TServiceLevel } from '@portal/domain';

/** A page of the catalogue: filters, order, keyset. */
export interface ProcedureListSpec {
  agencyId?: string;
  fieldId?: string;
  level?: TServiceLevel;
  online?: boolean;
  sort: TProcedureSort;
  limit: number;
  /** Keyset: the sort key and id of the last row of the previous page */
  after?: { key: string; id: string };
  /** Count every match (first pages only) */
  withTotal: boolean;
}

/** A page of a search: the words, prepared by the service from the query. */
export interface ProcedureSearchSpec extends ProcedureListSpec {
  /** Normalised distinct words (searchWords): all required, the last as a prefix */
  words: string[];
  /** Codes beginning with this (lower case) match too, when the query looks like a procedure code ("1.0099"), else null */
  codePrefix: string | null;
  /** Correct the words in no name straight away (a later page of approximate results) */
  approximate: boolean;
}

export interface ProcedureSearchItem {
  id: string;
  code: string;
  name: string;
  serviceLevel: TServiceLevel;
  legacyLevel: number | null;
  processingDays: number;
  sortKey: string;
  agency: { id: string; name: string; unitCode: string };
  field: { id: string; name: string; code: string };
}

/** A row as catalogue_search() answers it: an array, cheaper to build and to read than an object. */
type SearchRow = [
  id: string,
  code: string,
  name: string,
  serviceLevel: TServiceLevel,
  legacyLevel: number | null,
  processingDays: number,
  sortKey: string,
  agencyId: string,
  agencyName: string,
  agencyUnitCode: string,
  fieldId: string,
  fieldName: string,
  fieldCode: string,
];

/** A page of a search (catalogue_search() in the migration 20261122024059_catalogue_search). */
export interface ProcedureSearchPage {
  items: ProcedureSearchItem[];
  /** Every match, when asked (withTotal) */
  total: number | null;
  /** Words were replaced by spelling corrections */
  approximate: boolean;
  /** The corrections used (to highlight them) */
  corrections: string[];
}

export interface ProcedureListRow {
  id: string;
  code: string;
  name: string;
  serviceLevel: TServiceLevel;
  legacyLevel: number | null;
  processingDays: number;
  sortKey: string;
  total: number | null;
  agencyId: string;
  agencyName: string;
  agencyUnitCode: string;
  fieldId: string;
  fieldName: string;
  fieldCode: string;
}

type FileJson = { id: string; originalName: string; mimeType: string; size: number };
type RefJson = { id: string; name: string; unitCode: string };

export interface ProcedureDetailRow {
  id: string;
  code: string;
  name: string;
  serviceLevel: TServiceLevel;
  legacyLevel: number | null;
  processingDays: number;
  steps: unknown;
  processingNote: string | null;
  fees: unknown;
  legalBasis: unknown;
  applicants: string;
  conditions: string | null;
  resultDescription: string;
  submissionChannels: string | null;
  agency: RefJson;
  field: { id: string; name: string; code: string };
  handlingAgencies: RefJson[];
  components: {
    id: string;
    name: string;
    description: string | null;
    required: boolean;
    originals: number;
    copies: number;
    acceptedTypes: string[];
    paperOriginalAllowed: boolean;
    templateFile: FileJson | null;
  }[];
  templates: { title: string; file: FileJson }[];
  sampleFile: FileJson | null;
  formVersion: number | null;
  formDefinition: unknown;
  sampleFormData: unknown;
}

/** Sort key of browsing (no words): the name, or the usage count for `popular`. */
function browseKeyOf(sort: TProcedureSort): { key: Prisma.Sql; descending: boolean } {
  if (sort === 'popular') return { key: Prisma.sql`p.usage_count::numeric`, descending: true };
  return { key: Prisma.sql`p.name`, descending: false };
}

export interface CatalogueRepositoryOptions {
  /**
   * Send the hot statements as named prepared statements (parsed and planned once per
   * connection). Only on a real server: the embedded PGlite runs every connection in one
   * session, where a statement's name would outlive the connection that prepared it.
   */
  namedStatements: boolean;
}

/**
 * The two statements behind every search and procedure page: one call of a PL/pgSQL
 * function each (migration 20261122024059_catalogue_search), sent straight through
 * node-postgres on the pool Prisma runs on (the ORM's query pipeline costs more CPU than
 * these calls need), answered as JSON text parsed once here.
 */
const SEARCH_SQL = `SELECT catalogue_search($1::text[], $2::text, $3::uuid, $4::uuid, $5::service_level, $6::boolean,
  $7::text, $8::int, $9::text, $10::uuid, $11::boolean, $12::boolean)::text`;
const PROCEDURE_SQL = 'SELECT catalogue_procedure($1::uuid, $2::text)::text';

/** The only code of the catalogue feature that talks to the database. */
export function createCatalogueRepository(prisma: TPrismaClient, options: CatalogueRepositoryOptions = { namedStatements: false }) {
  const pool = pgPoolOf(prisma);
  /** The JSON text of a one-column, one-row statement. */
  const queryJson = async (name: string, text: string, values: unknown[]): Promise<string | null> => {
    const result = await pool.query<[string | null]>({ name: options.namedStatements ? name : undefined, text, values, rowMode: 'array' });
    return result.rows[0]?.[0] ?? null;
  };
  return {
    listAgencies(filter: { level?: TAgencyLevel; parentId?: string }) {
      return prisma.agency.findMany({
        where: { active: true, level: filter.level, parentId: filter.parentId },
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      });
    },

    findAgency(id: string) {
      return prisma.agency.findFirst({ where: { id, active: true } });
    },

    findRootAgency() {
      return prisma.agency.findFirst({ where: { parentId: null, level: 'province', active: true }, orderBy: { sortOrder: 'asc' } });
    },

    /** Fields with their number of active procedures, optionally within one agency or online only. */
    async listFields(agencyId?: string, online?: boolean) {
      const counts = await prisma.procedure.groupBy({
        by: ['fieldId'],
        where: {
          active: true,
          ...(agencyId ? { OR: [{ agencyId }, { handlingAgencies: { some: { agencyId } } }] } : {}),
          ...(online ? { serviceLevel: { not: 'info_only' } } : {}),
        },
        _count: { _all: true },
      });
      const countByField = new Map(counts.map((row) => [row.fieldId, row._count._all]));
      const fields = await prisma.field.findMany({
        where: agencyId || online ? { id: { in: [...countByField.keys()] } } : {},
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      });
      return fields.map((field) => ({ ...field, procedureCount: countByField.get(field.id) ?? 0 }));
    },

    /**
     * One page of a search in one round trip: catalogue_search() (migration
     * 20261122024059_catalogue_search) matches with the GIN index of the narrow
     * procedure_search table, ranks, cuts the page, counts, corrects spelling when nothing
     * matches, all in PostgreSQL with plans kept per connection, and answers JSON.
     */
    async searchProcedures(query: ProcedureSearchSpec): Promise<ProcedureSearchPage> {
      const json = await queryJson('catalogue_search', SEARCH_SQL, [
        query.words,
        query.codePrefix,
        query.agencyId ?? null,
        query.fieldId ?? null,
        query.level ?? null,
        query.online ?? null,
        query.sort,
        query.limit + 1,
        query.after?.key ?? null,
        query.after?.id ?? null,
        query.withTotal,
        query.approximate,
      ]);
      const page = JSON.parse(json!) as Omit<ProcedureSearchPage, 'items'> & { items: SearchRow[] };
      return {
        ...page,
        items: page.items.map(([id, code, name, serviceLevel, legacyLevel, processingDays, sortKey, agencyId, agencyName, agencyUnitCode, fieldId, fieldName, fieldCode]) => ({
          id,
          code,
          name,
          serviceLevel,
          legacyLevel,
          processingDays,
          sortKey,
          agency: { id: agencyId, name: agencyName, unitCode: agencyUnitCode },
          field: { id: fieldId, name: fieldName, code: fieldCode },
        })),
      };
    },

    /**
     * One page of the catalogue without words, in one SQL statement: filters, the order
     * and its keyset, the number of matches on the first page.
     */
    async listProcedures(query: ProcedureListSpec): Promise<ProcedureListRow[]> {
      const filters: Prisma.Sql[] = [Prisma.sql`p.active`];
      if (query.agencyId) {
        filters.push(Prisma.sql`(p.agency_id = ${query.agencyId}::uuid OR EXISTS (
          SELECT 1 FROM procedure_agency pa WHERE pa.procedure_id = p.id AND pa.agency_id = ${query.agencyId}::uuid))`);
      }
      if (query.fieldId) filters.push(Prisma.sql`p.field_id = ${query.fieldId}::uuid`);
      if (query.level) filters.push(Prisma.sql`p.service_level = ${query.level}::service_level`);
      else if (query.online) filters.push(Prisma.sql`p.service_level <> 'info_only'`);

      // The sort key is one expression, so that the keyset compares exactly what is ordered.
      const { key, descending } = browseKeyOf(query.sort);
      const keyset = query.after
        ? descending
          ? Prisma.sql`AND (${key} < ${query.after.key}::numeric OR (${key} = ${query.after.key}::numeric AND p.id > ${query.after.id}::uuid))`
          : Prisma.sql`AND (${key} > ${query.after.key} OR (${key} = ${query.after.key} AND p.id > ${query.after.id}::uuid))`
        : Prisma.empty;
      const direction = descending ? Prisma.sql`DESC` : Prisma.sql`ASC`;

      // Rank narrow rows (id, key), keep one page, then fetch what the list shows for that
      // page only. Counting reuses the ranked rows.
      return prisma.$queryRaw<ProcedureListRow[]>`
        WITH hits AS (
          SELECT p.id, ${key} AS sort_key
          FROM procedure p
          WHERE ${Prisma.join(filters, ' AND ')} ${keyset}
        ),
        page AS (
          SELECT id, sort_key FROM hits ORDER BY sort_key ${direction}, id LIMIT ${query.limit + 1}
        )
        SELECT p.id::text AS id, p.code, p.name, p.service_level::text AS "serviceLevel", p.legacy_level::int AS "legacyLevel",
               p.processing_days AS "processingDays", page.sort_key::text AS "sortKey",
               ${query.withTotal ? Prisma.sql`(SELECT count(*)::int FROM hits)` : Prisma.sql`NULL::int`} AS total,
               a.id::text AS "agencyId", a.name AS "agencyName", a.unit_code AS "agencyUnitCode",
               f.id::text AS "fieldId", f.name AS "fieldName", f.code AS "fieldCode"
        FROM page
        JOIN procedure p ON p.id = page.id
        JOIN agency a ON a.id = p.agency_id
        JOIN field f ON f.id = p.field_id
        ORDER BY page.sort_key ${direction}, page.id`;
    },

    /**
     * Everything the procedure page shows, in one round trip: catalogue_procedure()
     * (migration 20261122024059_catalogue_search), one statement of JSON aggregates whose
     * plan PostgreSQL keeps (an include tree through the ORM costs one round trip per
     * relation, and planning that statement every time costs more than running it).
     */
    async findProcedure(idOrCode: string): Promise<ProcedureDetailRow | null> {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
      const json = await queryJson('catalogue_procedure', PROCEDURE_SQL, [isUuid ? idOrCode : null, isUuid ? null : idOrCode]);
      return json ? (JSON.parse(json) as ProcedureDetailRow) : null;
    },

    /** A file of this procedure (a template, a component's template or the sample), or null. */
    findProcedureFile(procedureId: string, fileId: string) {
      return prisma.storedFile.findFirst({
        where: {
          id: fileId,
          OR: [
            { procedureTemplates: { some: { procedureId, procedure: { active: true } } } },
            { componentTemplates: { some: { procedureId, procedure: { active: true } } } },
            { procedureSamples: { some: { id: procedureId, active: true } } },
          ],
        },
        select: { id: true, storageKey: true, originalName: true, mimeType: true, size: true, sha256: true },
      });
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
