import {
  ACCEPTED_FILE_KINDS,
  ZFee,
  ZFormDefinition,
  ZLegalBasis,
  type TAdminComponent,
  type TAdminProcedure,
  type TAdminProcedureSummary,
  type TAdminTemplate,
  type TFileRef,
} from '@portal/domain';
import { z } from 'zod';
import type { AdminProcedureListRow, AdminProcedureRecord } from './repository.ts';

type FileRow = { id: string; originalName: string; mimeType: string; size: bigint | number };
type ComponentRow = AdminProcedureRecord['components'][number];
type TemplateRow = AdminProcedureRecord['templates'][number];

export const toFileRef = (file: FileRow): TFileRef => ({ id: file.id, name: file.originalName, mimeType: file.mimeType, size: Number(file.size) });

const isAcceptedKind = (kind: string): kind is (typeof ACCEPTED_FILE_KINDS)[number] => (ACCEPTED_FILE_KINDS as readonly string[]).includes(kind);

export const toAdminComponent = (row: Omit<ComponentRow, 'templateFile'> & { templateFile: FileRow | null }): TAdminComponent => ({
  id: row.id,
  name: row.name,
  description: row.description,
  required: row.required,
  originals: row.originals,
  copies: row.copies,
  acceptedTypes: row.acceptedTypes.filter(isAcceptedKind),
  paperOriginalAllowed: row.paperOriginalAllowed,
  template: row.templateFile ? toFileRef(row.templateFile) : null,
});

export const toAdminTemplate = (row: Pick<TemplateRow, 'id' | 'title'> & { file: FileRow }): TAdminTemplate => ({
  ...toFileRef(row.file),
  templateId: row.id,
  title: row.title,
});

export const toAdminProcedureSummary = (row: AdminProcedureListRow): TAdminProcedureSummary => ({
  id: row.id,
  code: row.code,
  name: row.name,
  serviceLevel: row.serviceLevel,
  processingDays: row.processingDays,
  agency: { id: row.agencyId, name: row.agencyName, unitCode: row.agencyUnitCode },
  field: { id: row.fieldId, name: row.fieldName, code: row.fieldCode },
  published: row.active,
  formVersion: row.formVersion,
  updatedAt: row.updatedAt.toISOString(),
});

/** The editor's record; `creators` names the authors of the form versions. */
export function toAdminProcedure(row: AdminProcedureRecord, extra: { creators: Map<string, string>; dossiersInFlight: number }): TAdminProcedure {
  const current = row.formVersions.find((version) => version.version === row.formVersion) ?? row.formVersions[0];
  if (!current) throw new Error(`procedure ${row.code} has no form version`);
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    agency: row.agency,
    handlingAgencies: row.handlingAgencies
      .map(({ agency }) => agency)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'))
      .map(({ id, name, unitCode }) => ({ id, name, unitCode })),
    field: row.field,
    serviceLevel: row.serviceLevel,
    legacyLevel: row.legacyLevel,
    processingDays: row.processingDays,
    processingNote: row.processingNote,
    steps: z.array(z.string()).parse(row.steps),
    fees: z.array(ZFee).parse(row.fees),
    legalBasis: z.array(ZLegalBasis).parse(row.legalBasis),
    applicants: row.applicants,
    conditions: row.conditions,
    resultDescription: row.resultDescription,
    submissionChannels: row.submissionChannels,
    published: row.active,
    revision: row.updatedAt.toISOString(),
    components: row.components.map(toAdminComponent),
    templates: row.templates.map(toAdminTemplate),
    formVersion: current.version,
    form: ZFormDefinition.parse(current.definition),
    formVersions: row.formVersions.map((version) => ({
      version: version.version,
      createdAt: version.createdAt.toISOString(),
      createdBy: version.createdById ? (extra.creators.get(version.createdById) ?? null) : null,
      dossierCount: version._count.dossiers,
    })),
    dossiersInFlight: extra.dossiersInFlight,
  };
}

/** What the audit trail keeps of a procedure's facts (components, templates and forms have their own events). */
export function auditFactsOf(procedure: TAdminProcedure) {
  const { components: _components, templates: _templates, form: _form, formVersions: _versions, dossiersInFlight: _inFlight, ...facts } = procedure;
  return facts;
}
