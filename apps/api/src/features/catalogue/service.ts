import {
  DomainError,
  isOnlineServiceLevel,
  ZFee,
  ZFormDefinition,
  ZLegalBasis,
  type TAgency,
  type TPortalInfo,
  type TProcedureDetail,
  type TProcedureListQuery,
  type TProcedureSummary,
} from '@portal/domain';
import { z } from 'zod';
import type { CatalogueRepository, ProcedureSummaryRow } from './repository.ts';

type AgencyRow = Awaited<ReturnType<CatalogueRepository['listAgencies']>>[number];
type FileRow = { id: string; originalName: string; mimeType: string; size: bigint };

const toAgency = (row: AgencyRow): TAgency => ({
  id: row.id,
  unitCode: row.unitCode,
  name: row.name,
  shortName: row.shortName,
  level: row.level,
  parentId: row.parentId,
  address: row.address,
  phone: row.phone,
  email: row.email,
});

const toFileRef = (file: FileRow) => ({
  id: file.id,
  name: file.originalName,
  mimeType: file.mimeType,
  size: Number(file.size),
});

const toSummary = (row: ProcedureSummaryRow): TProcedureSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  serviceLevel: row.serviceLevel,
  legacyLevel: row.legacyLevel,
  onlineEnabled: isOnlineServiceLevel(row.serviceLevel),
  processingDays: row.processingDays,
  agency: row.agency,
  field: row.field,
});

/** Use cases of the public catalogue. */
export function createCatalogueService(repository: CatalogueRepository) {
  return {
    async listAgencies(filter: Parameters<CatalogueRepository['listAgencies']>[0]) {
      return (await repository.listAgencies(filter)).map(toAgency);
    },

    async getAgency(id: string) {
      const agency = await repository.findAgency(id);
      if (!agency) throw new DomainError('NOT_FOUND');
      return toAgency(agency);
    },

    listFields(agencyId?: string) {
      return repository.listFields(agencyId).then((fields) =>
        fields.map(({ id, code, name, procedureCount }) => ({ id, code, name, procedureCount })),
      );
    },

    async listProcedures(query: TProcedureListQuery) {
      const ids = query.q ? await repository.searchProcedureIds(query.q) : undefined;
      const rows = await repository.listProcedures({ ...query, ids });
      const page = rows.slice(0, query.limit);
      return {
        items: page.map(toSummary),
        nextCursor: rows.length > query.limit ? page[page.length - 1]!.id : null,
      };
    },

    async getProcedure(idOrCode: string): Promise<TProcedureDetail> {
      const row = await repository.findProcedure(idOrCode);
      if (!row) throw new DomainError('PROCEDURE_NOT_FOUND');
      const form = row.formVersions[0];
      if (!form) throw new Error(`procedure ${row.code} has no form version`);
      return {
        ...toSummary(row),
        steps: z.array(z.string()).parse(row.steps),
        processingNote: row.processingNote,
        fees: z.array(ZFee).parse(row.fees),
        legalBasis: z.array(ZLegalBasis).parse(row.legalBasis),
        applicants: row.applicants,
        conditions: row.conditions,
        resultDescription: row.resultDescription,
        submissionChannels: row.submissionChannels,
        handlingAgencies: row.handlingAgencies.map((link) => link.agency),
        components: row.components.map((component) => ({
          id: component.id,
          name: component.name,
          description: component.description,
          required: component.required,
          originals: component.originals,
          copies: component.copies,
          acceptedTypes: component.acceptedTypes as TProcedureDetail['components'][number]['acceptedTypes'],
          template: component.templateFile ? toFileRef(component.templateFile) : null,
        })),
        templates: row.templates.map((template) => ({ ...toFileRef(template.file), title: template.title })),
        sample: row.sampleFile ? toFileRef(row.sampleFile) : null,
        formVersion: form.version,
        form: ZFormDefinition.parse(form.definition),
      };
    },

    async getPortalInfo(): Promise<TPortalInfo> {
      const root = await repository.findRootAgency();
      const authorityName = root?.name ?? null;
      // "Ủy ban nhân dân tỉnh Điện Biên" → "Điện Biên"
      const provinceName = (authorityName ?? '').replace(/^Ủy ban nhân dân\s+(tỉnh|thành phố)\s+/i, '').trim();
      return {
        portalName: 'Cổng Dịch vụ công trực tuyến',
        provinceName,
        authorityName,
        agencyName: authorityName,
        address: root?.address ?? null,
        hotline: root?.phone ?? null,
        email: root?.email ?? null,
      };
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
