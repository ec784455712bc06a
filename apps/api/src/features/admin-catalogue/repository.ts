import { Prisma, type TPrismaClient } from '@portal/db';
import type { TServiceLevel } from '@portal/domain';

export type Db = TPrismaClient | Prisma.TransactionClient;

/** Dossiers not finished yet: they keep the form version they were created with. */
const IN_FLIGHT = ['unsent', 'sent', 'supplement_requested', 'processing'] as const;

export interface AdminProcedureListSpec {
  /** searchNormalize()d words of the query, or '' */
  normalizedQuery: string;
  /** lower-cased query when it may be the beginning of a code, else null */
  codePrefix: string | null;
  /** agency_admin: only this agency's procedures */
  scopeAgencyId: string | null;
  agencyId?: string;
  fieldId?: string;
  published: boolean | null;
  limit: number;
  after?: { name: string; id: string };
  withTotal: boolean;
}

export interface AdminProcedureListRow {
  id: string;
  code: string;
  name: string;
  serviceLevel: TServiceLevel;
  processingDays: number;
  active: boolean;
  formVersion: number;
  updatedAt: Date;
  total: number | null;
  agencyId: string;
  agencyName: string;
  agencyUnitCode: string;
  fieldId: string;
  fieldName: string;
  fieldCode: string;
}

const fileSelect = { id: true, originalName: true, mimeType: true, size: true } as const;

/** The record the procedure editor shows. */
const procedureInclude = {
  agency: { select: { id: true, name: true, unitCode: true } },
  field: { select: { id: true, name: true, code: true } },
  handlingAgencies: { select: { agency: { select: { id: true, name: true, unitCode: true, sortOrder: true } } } },
  components: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: { templateFile: { select: fileSelect } } },
  templates: { orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], include: { file: { select: fileSelect } } },
  formVersions: {
    orderBy: { version: 'desc' },
    select: { id: true, version: true, definition: true, createdAt: true, createdById: true, _count: { select: { dossiers: true } } },
  },
} satisfies Prisma.ProcedureInclude;

export type AdminProcedureRecord = Prisma.ProcedureGetPayload<{ include: typeof procedureInclude }>;

export type ProcedureWrite = Omit<Prisma.ProcedureUncheckedCreateInput, 'id' | 'createdAt' | 'updatedAt' | 'usageCount' | 'formVersion'>;

/** The only code of catalogue administration that talks to the database. */
export function createAdminCatalogueRepository(prisma: TPrismaClient) {
  return {
    transaction: <T>(work: (tx: Prisma.TransactionClient) => Promise<T>) => prisma.$transaction(work),

    // ─── Agencies ───────────────────────────────────────────────────────────────

    async listAgencies() {
      const [agencies, counts] = await Promise.all([
        prisma.agency.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
        prisma.procedure.groupBy({ by: ['agencyId'], _count: { _all: true } }),
      ]);
      const byAgency = new Map(counts.map((row) => [row.agencyId, row._count._all]));
      return agencies.map((agency) => ({ ...agency, procedureCount: byAgency.get(agency.id) ?? 0 }));
    },

    findAgency: (id: string, db: Db = prisma) => db.agency.findUnique({ where: { id } }),

    findAgencyByUnitCode: (unitCode: string, db: Db = prisma) =>
      db.agency.findFirst({ where: { unitCode: { equals: unitCode, mode: 'insensitive' } }, select: { id: true } }),

    createAgency: (data: Prisma.AgencyUncheckedCreateInput, db: Db) => db.agency.create({ data }),

    updateAgency: (id: string, data: Prisma.AgencyUncheckedUpdateInput, db: Db) => db.agency.update({ where: { id }, data }),

    procedureCountOf: (agencyId: string, db: Db = prisma) => db.procedure.count({ where: { agencyId } }),

    /** The agency and every agency below it. */
    async subtreeIds(rootId: string, db: Db = prisma): Promise<string[]> {
      const rows = await db.$queryRaw<{ id: string }[]>`
        WITH RECURSIVE tree AS (
          SELECT id FROM agency WHERE id = ${rootId}::uuid
          UNION
          SELECT a.id FROM agency a JOIN tree t ON a.parent_id = t.id
        )
        SELECT id::text AS id FROM tree`;
      return rows.map((row) => row.id);
    },

    /** What keeps an agency from closing: active sub-units and published procedures. */
    async activeDependentsOf(agencyId: string, db: Db = prisma) {
      // One after the other: inside a transaction they share one connection.
      const children = await db.agency.count({ where: { parentId: agencyId, active: true } });
      const procedures = await db.procedure.count({ where: { agencyId, active: true } });
      return { children, procedures };
    },

    // ─── Fields ─────────────────────────────────────────────────────────────────

    async listFields() {
      const [fields, counts] = await Promise.all([
        prisma.field.findMany({ orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }] }),
        prisma.procedure.groupBy({ by: ['fieldId'], _count: { _all: true } }),
      ]);
      const byField = new Map(counts.map((row) => [row.fieldId, row._count._all]));
      return fields.map((field) => ({ ...field, procedureCount: byField.get(field.id) ?? 0 }));
    },

    findField: (id: string, db: Db = prisma) => db.field.findUnique({ where: { id } }),

    procedureCountOfField: (fieldId: string, db: Db = prisma) => db.procedure.count({ where: { fieldId } }),

    findFieldByCode: (code: string, db: Db = prisma) =>
      db.field.findFirst({ where: { code: { equals: code, mode: 'insensitive' } }, select: { id: true } }),

    createField: (data: Prisma.FieldCreateInput, db: Db) => db.field.create({ data }),

    updateField: (id: string, data: Prisma.FieldUpdateInput, db: Db) => db.field.update({ where: { id }, data }),

    // ─── Procedures ─────────────────────────────────────────────────────────────

    /**
     * One page of the administration list: every procedure (published or not), name
     * words without diacritics (procedure.search_text) or the beginning of the code,
     * ordered by name with a keyset on (name, id).
     */
    listProcedures(spec: AdminProcedureListSpec): Promise<AdminProcedureListRow[]> {
      const filters: Prisma.Sql[] = [Prisma.sql`TRUE`];
      if (spec.normalizedQuery || spec.codePrefix) {
        const byName = spec.normalizedQuery ? Prisma.sql`p.search_text LIKE ${`%${escapeLike(spec.normalizedQuery)}%`}` : Prisma.sql`FALSE`;
        const byCode = spec.codePrefix ? Prisma.sql`lower(p.code) LIKE ${`${escapeLike(spec.codePrefix)}%`}` : Prisma.sql`FALSE`;
        filters.push(Prisma.sql`(${byName} OR ${byCode})`);
      }
      if (spec.scopeAgencyId) filters.push(Prisma.sql`p.agency_id = ${spec.scopeAgencyId}::uuid`);
      if (spec.agencyId) filters.push(Prisma.sql`p.agency_id = ${spec.agencyId}::uuid`);
      if (spec.fieldId) filters.push(Prisma.sql`p.field_id = ${spec.fieldId}::uuid`);
      if (spec.published !== null) filters.push(Prisma.sql`p.active = ${spec.published}`);
      const keyset = spec.after ? Prisma.sql`AND (p.name, p.id) > (${spec.after.name}, ${spec.after.id}::uuid)` : Prisma.empty;
      return prisma.$queryRaw<AdminProcedureListRow[]>`
        WITH hits AS (
          SELECT p.id, p.name FROM procedure p WHERE ${Prisma.join(filters, ' AND ')}
        ),
        page AS (
          SELECT h.id FROM hits h JOIN procedure p ON p.id = h.id WHERE TRUE ${keyset}
          ORDER BY p.name, p.id LIMIT ${spec.limit + 1}
        )
        SELECT p.id::text AS id, p.code, p.name, p.service_level::text AS "serviceLevel", p.processing_days AS "processingDays",
               p.active, p.form_version AS "formVersion", p.updated_at AS "updatedAt",
               ${spec.withTotal ? Prisma.sql`(SELECT count(*)::int FROM hits)` : Prisma.sql`NULL::int`} AS total,
               a.id::text AS "agencyId", a.name AS "agencyName", a.unit_code AS "agencyUnitCode",
               f.id::text AS "fieldId", f.name AS "fieldName", f.code AS "fieldCode"
        FROM page
        JOIN procedure p ON p.id = page.id
        JOIN agency a ON a.id = p.agency_id
        JOIN field f ON f.id = p.field_id
        ORDER BY p.name, p.id`;
    },

    findProcedure: (id: string, db: Db = prisma): Promise<AdminProcedureRecord | null> =>
      db.procedure.findUnique({ where: { id }, include: procedureInclude }),

    /** The managing agency and the publication flag: what access checks and most writes need. */
    findProcedureHead: (id: string, db: Db = prisma) =>
      db.procedure.findUnique({ where: { id }, select: { id: true, code: true, agencyId: true, active: true, formVersion: true, updatedAt: true } }),

    findProcedureByCode: (code: string, db: Db = prisma) =>
      db.procedure.findFirst({ where: { code: { equals: code, mode: 'insensitive' } }, select: { id: true } }),

    dossiersInFlight: (procedureId: string, db: Db = prisma) =>
      db.dossier.count({ where: { procedureId, status: { in: [...IN_FLIGHT] } } }),

    usernamesOf: async (ids: string[], db: Db = prisma) => {
      if (ids.length === 0) return new Map<string, string>();
      const users = await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, username: true, fullName: true } });
      return new Map(users.map((user) => [user.id, user.fullName ?? user.username]));
    },

    createProcedure: (data: ProcedureWrite, db: Db) => db.procedure.create({ data: { ...data, formVersion: 1 }, select: { id: true } }),

    /** Writes when the row still has `revision` as its updatedAt; false when someone saved meanwhile. */
    async updateProcedureAt(id: string, revision: Date, data: Prisma.ProcedureUncheckedUpdateManyInput, db: Db): Promise<boolean> {
      const { count } = await db.procedure.updateMany({ where: { id, updatedAt: revision }, data });
      return count === 1;
    },

    setHandlingAgencies: async (procedureId: string, agencyIds: string[], db: Db) => {
      await db.procedureAgency.deleteMany({ where: { procedureId } });
      if (agencyIds.length > 0) await db.procedureAgency.createMany({ data: agencyIds.map((agencyId) => ({ procedureId, agencyId })) });
    },

    setPublished: (id: string, published: boolean, db: Db) => db.procedure.update({ where: { id }, data: { active: published }, select: { id: true } }),

    countAgencies: (ids: string[], db: Db = prisma) => db.agency.count({ where: { id: { in: ids } } }),

    // ─── Components and templates ───────────────────────────────────────────────

    findComponent: (procedureId: string, componentId: string, db: Db = prisma) =>
      db.procedureComponent.findFirst({ where: { id: componentId, procedureId }, include: { templateFile: { select: { ...fileSelect, storageKey: true } } } }),

    async createComponent(procedureId: string, data: Omit<Prisma.ProcedureComponentUncheckedCreateInput, 'procedureId' | 'sortOrder'>, db: Db) {
      const last = await db.procedureComponent.aggregate({ where: { procedureId }, _max: { sortOrder: true } });
      return db.procedureComponent.create({
        data: { ...data, procedureId, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        include: { templateFile: { select: fileSelect } },
      });
    },

    updateComponent: (componentId: string, data: Prisma.ProcedureComponentUncheckedUpdateInput, db: Db) =>
      db.procedureComponent.update({ where: { id: componentId }, data, include: { templateFile: { select: fileSelect } } }),

    deleteComponent: (componentId: string, db: Db) => db.procedureComponent.delete({ where: { id: componentId } }),

    dossierFilesOfComponent: (componentId: string, db: Db = prisma) => db.dossierFile.count({ where: { componentId } }),

    /** Dossiers whose applicant chose to bring this component's original to the one-stop desk. */
    dossierChoicesOfComponent: (componentId: string, db: Db = prisma) => db.dossierComponentChoice.count({ where: { componentId } }),

    componentIdsOf: async (procedureId: string, db: Db = prisma) =>
      (await db.procedureComponent.findMany({ where: { procedureId }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { id: true } })).map((row) => row.id),

    async reorderComponents(ids: string[], db: Db) {
      for (const [index, id] of ids.entries()) await db.procedureComponent.update({ where: { id }, data: { sortOrder: index } });
    },

    createStoredFile: (data: Prisma.StoredFileUncheckedCreateInput, db: Db) => db.storedFile.create({ data, select: { ...fileSelect } }),

    /** Deletes a stored file row when nothing refers to it any more; returns its storage key when deleted. */
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

    async createTemplate(procedureId: string, title: string, fileId: string, db: Db) {
      const last = await db.procedureTemplate.aggregate({ where: { procedureId }, _max: { sortOrder: true } });
      return db.procedureTemplate.create({
        data: { procedureId, title, fileId, sortOrder: (last._max.sortOrder ?? -1) + 1 },
        include: { file: { select: fileSelect } },
      });
    },

    findTemplate: (procedureId: string, templateId: string, db: Db = prisma) =>
      db.procedureTemplate.findFirst({ where: { id: templateId, procedureId }, include: { file: { select: fileSelect } } }),

    deleteTemplate: (templateId: string, db: Db) => db.procedureTemplate.delete({ where: { id: templateId } }),

    // ─── Form versions ──────────────────────────────────────────────────────────

    /** Appends a version and makes it the procedure's current one (older versions are never changed). */
    async appendFormVersion(procedureId: string, version: number, definition: Prisma.InputJsonValue, createdById: string | null, db: Db) {
      const row = await db.procedureFormVersion.create({ data: { procedureId, version, definition, createdById }, select: { version: true } });
      await db.procedure.update({ where: { id: procedureId }, data: { formVersion: version } });
      return row;
    },

    /** Locks the procedure row: concurrent form saves queue up behind it. */
    lockProcedure: async (id: string, db: Prisma.TransactionClient) => {
      await db.$queryRaw`SELECT 1 FROM procedure WHERE id = ${id}::uuid FOR UPDATE`;
    },
  };
}

export type AdminCatalogueRepository = ReturnType<typeof createAdminCatalogueRepository>;

/** `%` and `_` typed by a person are literal characters, not LIKE wildcards. */
const escapeLike = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);
