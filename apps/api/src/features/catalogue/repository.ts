import type { Prisma, TPrismaClient } from '@portal/db';
import type { TAgencyLevel, TProcedureListQuery } from '@portal/domain';

const procedureSummarySelect = {
  id: true,
  code: true,
  name: true,
  serviceLevel: true,
  legacyLevel: true,
  processingDays: true,
  agency: { select: { id: true, name: true, unitCode: true } },
  field: { select: { id: true, name: true, code: true } },
} satisfies Prisma.ProcedureSelect;

export type ProcedureSummaryRow = Prisma.ProcedureGetPayload<{ select: typeof procedureSummarySelect }>;

const fileSelect = { id: true, originalName: true, mimeType: true, size: true } satisfies Prisma.StoredFileSelect;

/** The only code of the catalogue feature that talks to the database. */
export function createCatalogueRepository(prisma: TPrismaClient) {
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

    /** Fields with their number of active procedures, optionally within one agency. */
    async listFields(agencyId?: string) {
      const counts = await prisma.procedure.groupBy({
        by: ['fieldId'],
        where: {
          active: true,
          ...(agencyId ? { OR: [{ agencyId }, { handlingAgencies: { some: { agencyId } } }] } : {}),
        },
        _count: { _all: true },
      });
      const countByField = new Map(counts.map((row) => [row.fieldId, row._count._all]));
      const fields = await prisma.field.findMany({
        where: agencyId ? { id: { in: [...countByField.keys()] } } : {},
        orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
      });
      return fields.map((field) => ({ ...field, procedureCount: countByField.get(field.id) ?? 0 }));
    },

    async listProcedures(query: TProcedureListQuery & { ids?: string[] }) {
      const where: Prisma.ProcedureWhereInput = {
        active: true,
        ...(query.ids ? { id: { in: query.ids } } : {}),
        ...(query.agencyId
          ? { OR: [{ agencyId: query.agencyId }, { handlingAgencies: { some: { agencyId: query.agencyId } } }] }
          : {}),
        ...(query.fieldId ? { fieldId: query.fieldId } : {}),
        ...(query.level ? { serviceLevel: query.level } : query.online ? { serviceLevel: { not: 'info_only' } } : {}),
      };
      const orderBy: Prisma.ProcedureOrderByWithRelationInput[] =
        query.sort === 'popular' ? [{ usageCount: 'desc' }, { id: 'asc' }] : [{ name: 'asc' }, { id: 'asc' }];
      const rows = await prisma.procedure.findMany({
        where,
        orderBy,
        select: procedureSummarySelect,
        take: query.limit + 1,
        ...(query.cursor ? { cursor: { id: query.cursor }, skip: 1 } : {}),
      });
      return rows;
    },

    /** Ids of procedures whose name or code contains the words, ignoring case and diacritics. */
    async searchProcedureIds(q: string): Promise<string[]> {
      const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      const rows = await prisma.$queryRaw<{ id: string }[]>`
        SELECT id::text AS id FROM procedure
        WHERE active AND (unaccent(lower(name)) LIKE unaccent(lower(${pattern})) OR lower(code) LIKE lower(${pattern}))
        LIMIT 1000`;
      return rows.map((row) => row.id);
    },

    findProcedure(idOrCode: string) {
      const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrCode);
      return prisma.procedure.findFirst({
        where: { active: true, ...(isUuid ? { id: idOrCode } : { code: idOrCode }) },
        include: {
          agency: { select: { id: true, name: true, unitCode: true } },
          field: { select: { id: true, name: true, code: true } },
          handlingAgencies: { include: { agency: { select: { id: true, name: true, unitCode: true } } } },
          components: { orderBy: { sortOrder: 'asc' }, include: { templateFile: { select: fileSelect } } },
          templates: { orderBy: { sortOrder: 'asc' }, include: { file: { select: fileSelect } } },
          sampleFile: { select: fileSelect },
          formVersions: { orderBy: { version: 'desc' }, take: 1 },
        },
      });
    },
  };
}

export type CatalogueRepository = ReturnType<typeof createCatalogueRepository>;
