import type { DossierStatus, Prisma, ServiceLevel } from '@portal/db';
import type { TAcceptedFileKind } from '../../lib/uploads/file-kinds.ts';
import {
  ZApplicantDraft,
  ZFormDefinition,
  citizenActionsOf,
  type TApplicantDraft,
  type TDossier,
  type TDossierFile,
  type TDossierStatus,
  type TFormDefinition,
} from '@portal/domain';

/** Prisma names the `supplement-requested` value `supplement_requested`. */
export const toDomainStatus = (status: DossierStatus): TDossierStatus =>
  status === 'supplement_requested' ? 'supplement-requested' : status;
export const toDbStatus = (status: TDossierStatus): DossierStatus =>
  status === 'supplement-requested' ? 'supplement_requested' : status;

const definitions = new Map<string, TFormDefinition>();
/** Form versions never change once written: parsed once per process. */
export function formDefinitionOf(formVersion: { id: string; definition: unknown }): TFormDefinition {
  let definition = definitions.get(formVersion.id);
  if (!definition) {
    definition = ZFormDefinition.parse(formVersion.definition);
    if (definitions.size > 2000) definitions.clear();
    definitions.set(formVersion.id, definition);
  }
  return definition;
}

/** The stored applicant as the API shows it (drafts may be partial). */
export const applicantOf = (stored: unknown): TApplicantDraft => {
  const parsed = ZApplicantDraft.safeParse(stored ?? {});
  return parsed.success ? parsed.data : {};
};

export const formDataOf = (stored: unknown): Record<string, unknown> =>
  stored && typeof stored === 'object' && !Array.isArray(stored) ? (stored as Record<string, unknown>) : {};

const fileSelect = {
  id: true,
  componentId: true,
  role: true,
  createdAt: true,
  file: { select: { originalName: true, mimeType: true, size: true, sha256: true, storageKey: true } },
} as const satisfies Prisma.DossierFileSelect;

/** Everything the dossier page needs, in one query. */
export const dossierDetailSelect = {
  id: true,
  code: true,
  status: true,
  version: true,
  ownerId: true,
  guestEmail: true,
  applicant: true,
  formData: true,
  supplementRequest: true,
  returnReason: true,
  submittedAt: true,
  receivedAt: true,
  dueAt: true,
  finishedAt: true,
  createdAt: true,
  updatedAt: true,
  procedure: {
    select: {
      id: true,
      code: true,
      name: true,
      serviceLevel: true,
      processingDays: true,
      components: {
        orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
        select: {
          id: true,
          name: true,
          description: true,
          required: true,
          originals: true,
          copies: true,
          acceptedTypes: true,
          paperOriginalAllowed: true,
          templateFile: { select: { id: true, originalName: true, mimeType: true, size: true } },
        },
      },
    },
  },
  agency: { select: { id: true, name: true, unitCode: true } },
  formVersion: { select: { id: true, version: true, definition: true } },
  files: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: fileSelect },
  componentChoices: { where: { bringOriginal: true }, select: { componentId: true } },
  rating: { select: { score: true, comment: true, createdAt: true } },
} as const satisfies Prisma.DossierSelect;

export type DossierDetailRow = Prisma.DossierGetPayload<{ select: typeof dossierDetailSelect }>;
type DossierFileRow = DossierDetailRow['files'][number];

export const toDossierFile = (row: DossierFileRow): TDossierFile => ({
  id: row.id,
  componentId: row.componentId,
  role: row.role,
  name: row.file.originalName,
  size: Number(row.file.size),
  mimeType: row.file.mimeType,
  sha256: row.file.sha256,
  uploadedAt: row.createdAt.toISOString(),
});

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Components whose original the applicant brings to the one-stop desk (the stored choice). */
export const bringOriginalIdsOf = (row: { componentChoices: readonly { componentId: string }[] }): Set<string> =>
  new Set(row.componentChoices.map((choice) => choice.componentId));

/** The API's view of a dossier (ZDossier). */
export function toDossier(row: DossierDetailRow, options: { awaitingConfirmation: boolean }): TDossier {
  const status = toDomainStatus(row.status);
  const guest = row.ownerId === null;
  // Result documents are drafts of the agency until the result is out (status `result`).
  const files = row.files.map(toDossierFile).filter((file) => file.role !== 'result' || status === 'result');
  const attachments = files.filter((file) => file.role === 'attachment');
  const bringing = bringOriginalIdsOf(row);
  return {
    id: row.id,
    code: row.code,
    status,
    version: row.version,
    procedure: procedureSummaryOf(row.procedure),
    agency: row.agency,
    applicant: applicantOf(row.applicant),
    formData: formDataOf(row.formData),
    form: { version: row.formVersion.version, definition: formDefinitionOf(row.formVersion) },
    components: row.procedure.components.map((component) => ({
      id: component.id,
      name: component.name,
      description: component.description,
      required: component.required,
      originals: component.originals,
      copies: component.copies,
      acceptedTypes: component.acceptedTypes as TAcceptedFileKind[],
      paperOriginalAllowed: component.paperOriginalAllowed,
      bringOriginal: bringing.has(component.id),
      template: component.templateFile
        ? {
            id: component.templateFile.id,
            name: component.templateFile.originalName,
            mimeType: component.templateFile.mimeType,
            size: Number(component.templateFile.size),
          }
        : null,
      files: attachments.filter((file) => file.componentId === component.id),
    })),
    files,
    attachmentBytes: attachments.reduce((sum, file) => sum + file.size, 0),
    supplementRequest: row.supplementRequest,
    returnReason: row.returnReason,
    submittedAt: iso(row.submittedAt),
    receivedAt: iso(row.receivedAt),
    dueAt: iso(row.dueAt),
    finishedAt: iso(row.finishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    guest,
    awaitingConfirmation: options.awaitingConfirmation,
    allowedActions: citizenActionsOf({ status, code: row.code, rated: row.rating !== null, guest }),
    rating: row.rating ? { score: row.rating.score, comment: row.rating.comment, createdAt: row.rating.createdAt.toISOString() } : null,
  };
}

/** The procedure as a dossier shows it (citizen, staff and integrators' views alike). */
export const procedureSummaryOf = (procedure: { id: string; code: string; name: string; serviceLevel: ServiceLevel; processingDays: number }) => ({
  id: procedure.id,
  code: procedure.code,
  name: procedure.name,
  serviceLevel: procedure.serviceLevel,
  processingDays: procedure.processingDays,
});
