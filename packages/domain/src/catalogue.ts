import { z } from 'zod';
import { zText, ZUuid, ZCursorParam } from './common.ts';
import { ZHighlightSegment } from './catalogue-search.ts';
import { ZFormDefinition } from './form-definition.ts';

/** Agency levels (cấp): Sở, Huyện (historic), Xã/Phường, Trung tâm PVHCC, UBND tỉnh */
export const AGENCY_LEVELS = ['province', 'department', 'district', 'commune', 'service_center'] as const;
export const ZAgencyLevel = z.enum(AGENCY_LEVELS);
export type TAgencyLevel = z.infer<typeof ZAgencyLevel>;

/** Decree 42/2022 service levels */
export const SERVICE_LEVELS = ['full_online', 'partial_online', 'info_only'] as const;
export const ZServiceLevel = z.enum(SERVICE_LEVELS);
export type TServiceLevel = z.infer<typeof ZServiceLevel>;

export const isOnlineServiceLevel = (level: TServiceLevel): boolean => level !== 'info_only';

/** File kinds a dossier component can accept; checked by content, not by name */
export const ACCEPTED_FILE_KINDS = ['pdf', 'jpeg', 'png', 'doc', 'docx', 'xls', 'xlsx'] as const;
export const ZAcceptedFileKind = z.enum(ACCEPTED_FILE_KINDS);

export const ZId = zText().min(1).max(64);

export const ZAgency = z.object({
  id: ZId,
  unitCode: zText(),
  name: zText(),
  shortName: zText().nullable(),
  level: ZAgencyLevel,
  parentId: ZId.nullable(),
  address: zText().nullable(),
  phone: zText().nullable(),
  email: zText().nullable(),
}).meta({ id: 'Agency' });
export type TAgency = z.infer<typeof ZAgency>;

export const ZField = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  /** Number of active procedures in this field (within the agency filter, when given) */
  procedureCount: z.number().int().nonnegative(),
});
export type TField = z.infer<typeof ZField>;

export const ZFee = z.object({
  label: zText(),
  amountVnd: z.number().int().nonnegative(),
  note: zText().optional(),
});
export type TFee = z.infer<typeof ZFee>;

export const ZLegalBasis = z.object({
  number: zText(),
  title: zText(),
  issuer: zText().optional(),
  /** ISO date YYYY-MM-DD */
  issuedOn: zText().optional(),
});
export type TLegalBasis = z.infer<typeof ZLegalBasis>;

export const ZAgencyRef = z.object({ id: ZId, name: zText(), unitCode: zText() });
export const ZFieldRef = z.object({ id: ZId, name: zText(), code: zText() });

export const ZProcedureSummary = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  serviceLevel: ZServiceLevel,
  legacyLevel: z.number().int().min(1).max(4).nullable(),
  onlineEnabled: z.boolean(),
  processingDays: z.number().int().nonnegative(),
  agency: ZAgencyRef,
  field: ZFieldRef,
  /** Search results only: the name cut into segments, `match` on the words that matched the query (for <mark>) */
  highlight: z.array(ZHighlightSegment).optional(),
});
export type TProcedureSummary = z.infer<typeof ZProcedureSummary>;

export const ZFileRef = z.object({
  id: ZId,
  name: zText(),
  mimeType: zText(),
  size: z.number().int().nonnegative(),
});
export type TFileRef = z.infer<typeof ZFileRef>;

export const ZProcedureComponent = z.object({
  id: ZId,
  name: zText(),
  description: zText().nullable(),
  required: z.boolean(),
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  acceptedTypes: z.array(ZAcceptedFileKind),
  /** The applicant may bring the original on paper to the one-stop desk instead of uploading it */
  paperOriginalAllowed: z.boolean(),
  template: ZFileRef.nullable(),
});
export type TProcedureComponent = z.infer<typeof ZProcedureComponent>;

export const ZProcedureDetail = ZProcedureSummary.extend({
  steps: z.array(zText()),
  processingNote: zText().nullable(),
  fees: z.array(ZFee),
  legalBasis: z.array(ZLegalBasis),
  applicants: zText(),
  conditions: zText().nullable(),
  resultDescription: zText(),
  submissionChannels: zText().nullable(),
  handlingAgencies: z.array(ZAgencyRef),
  components: z.array(ZProcedureComponent),
  templates: z.array(ZFileRef.extend({ title: zText() })),
  sample: ZFileRef.nullable(),
  formVersion: z.number().int().positive(),
  form: ZFormDefinition,
  /** A filled example of `form` ("Xem hồ sơ mẫu"), or null when the procedure has none */
  sampleFormData: z.record(zText(), z.unknown()).nullable(),
}).meta({ id: 'ProcedureDetail' });
export type TProcedureDetail = z.infer<typeof ZProcedureDetail>;

/** Cursor pagination: `{ items, nextCursor }` (api-contract.md) */
export const ZPageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: ZCursorParam.optional(),
});
export const zPage = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: zText().nullable() });

export const ZAgencyListQuery = z.object({
  level: ZAgencyLevel.optional(),
  parentId: ZUuid.optional(),
});

export const ZFieldListQuery = z.object({
  agencyId: ZUuid.optional(),
  /** Count (and list) only procedures accepting online submission (Dịch vụ công trực tuyến tab) */
  online: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});

export const PROCEDURE_SORTS = ['relevance', 'name', 'popular'] as const;
export const ZProcedureSort = z.enum(PROCEDURE_SORTS);
export type TProcedureSort = z.infer<typeof ZProcedureSort>;

export const ZProcedureListQuery = ZPageQuery.extend({
  /** Opaque: the `nextCursor` of the previous page (it holds that page's last sort key) */
  cursor: ZCursorParam.optional(),
  /** Words of the name or the code; with or without diacritics, small typos allowed */
  q: zText().trim().max(200).optional(),
  agencyId: ZUuid.optional(),
  fieldId: ZUuid.optional(),
  level: ZServiceLevel.optional(),
  /**
   * relevance (the default with `q`): best match first; name (the default without `q`):
   * alphabetical; popular: most used first
   */
  sort: ZProcedureSort.optional(),
  /** Only procedures accepting online submission (Dịch vụ công trực tuyến tab) */
  online: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type TProcedureListQuery = z.infer<typeof ZProcedureListQuery>;

export const ZProcedurePage = zPage(ZProcedureSummary).extend({
  /** Number of matching procedures, on the first page only (null on later pages) */
  total: z.number().int().nonnegative().nullable(),
  /** True when no procedure had every word and the results allow for typos ("kết quả gần đúng") */
  approximate: z.boolean(),
}).meta({ id: 'ProcedurePage' });
export type TProcedurePage = z.infer<typeof ZProcedurePage>;

export const ZPortalInfo = z.object({
  portalName: zText(),
  /** Bare name of the province or city, e.g. "Điện Biên" */
  provinceName: zText(),
  /** The authority running the portal, verbatim, e.g. "Ủy ban nhân dân tỉnh Điện Biên" */
  authorityName: zText().nullish(),
  /** Governing body shown in the footer */
  agencyName: zText().nullish(),
  address: zText().nullish(),
  hotline: zText().nullish(),
  email: zText().nullish(),
}).meta({ id: 'PortalInfo' });
export type TPortalInfo = z.infer<typeof ZPortalInfo>;
