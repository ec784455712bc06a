import { z } from 'zod';
import { zText, ZCursorParam } from './common.ts';
import {
  ZAcceptedFileKind,
  ZAgencyLevel,
  ZAgencyRef,
  ZFieldRef,
  ZFileRef,
  ZId,
  ZServiceLevel,
  ACCEPTED_FILE_KINDS,
} from './catalogue.ts';
import { ZFormDefinition, type TFormDefinitionInput } from './form-definition.ts';

/**
 * Catalogue administration (`/api/v1/admin/agencies…`, `/admin/fields…`,
 * `/admin/procedures…`): requests and answers shared by the API, its OpenAPI document and
 * the SPA's admin forms.
 *
 * Who may do what:
 * - system_admin: everything;
 * - agency_admin: reads the agency tree and the fields; manages only the procedures its
 *   own agency manages (and may name only its agency and the agencies below it as
 *   receiving dossiers);
 * - anyone else: 403 FORBIDDEN (401 when signed out).
 *
 * A new procedure starts unpublished (hidden from the public catalogue) with a one-field
 * starter form (version 1); `POST …/publish` shows it to citizens. `PUT …/form` always
 * stores a NEW form version: dossiers keep the version they were created with, so a
 * change never invalidates a dossier in flight. Every change is recorded in the audit
 * trail with the record before and after, and clears the public catalogue's cache.
 */

// ─── Small values with Vietnamese messages ──────────────────────────────────────────

const text = (label: string, max: number) =>
  zText({ error: `Vui lòng nhập ${label}` })
    .trim()
    .min(1, `Vui lòng nhập ${label}`)
    .max(max, `${capitalize(label)} không được dài quá ${max} ký tự`);

const optionalText = (label: string, max: number) =>
  zText({ error: `${capitalize(label)} không hợp lệ` })
    .trim()
    .max(max, `${capitalize(label)} không được dài quá ${max} ký tự`)
    .nullish()
    .transform((value) => (value ? value : null));

function capitalize(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

const ZUuid = (label: string) => z.uuid({ error: `Vui lòng chọn ${label}` });

const count = (label: string, max: number) =>
  z
    .number({ error: `${capitalize(label)} phải là một số` })
    .int(`${capitalize(label)} phải là số nguyên`)
    .min(0, `${capitalize(label)} không được âm`)
    .max(max, `${capitalize(label)} không được lớn hơn ${max}`);

/** Unit code of an agency as used in dossier codes, e.g. 000.00.12.H29 (no dash: it separates the parts of a dossier code) */
export const ZAgencyUnitCode = zText({ error: 'Vui lòng nhập mã đơn vị' })
  .trim()
  .min(1, 'Vui lòng nhập mã đơn vị')
  .max(40, 'Mã đơn vị không được dài quá 40 ký tự')
  .regex(/^[A-Za-z0-9][A-Za-z0-9.]*$/, 'Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và dấu chấm, ví dụ 000.00.12.H29');

/** National catalogue code of a procedure, e.g. 1.000948.H38 */
export const ZProcedureCode = zText({ error: 'Vui lòng nhập mã thủ tục' })
  .trim()
  .min(3, 'Mã thủ tục phải có từ 3 đến 40 ký tự')
  .max(40, 'Mã thủ tục phải có từ 3 đến 40 ký tự')
  .regex(/^[A-Za-z0-9][A-Za-z0-9.\-]*$/, 'Mã thủ tục chỉ gồm chữ cái không dấu, chữ số, dấu chấm và gạch ngang, ví dụ 1.000948.H38');

export const ZFieldCode = zText({ error: 'Vui lòng nhập mã lĩnh vực' })
  .trim()
  .min(1, 'Vui lòng nhập mã lĩnh vực')
  .max(40, 'Mã lĩnh vực không được dài quá 40 ký tự')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-]*$/, 'Mã lĩnh vực chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới và gạch ngang');

const ZSortOrder = count('thứ tự hiển thị', 100000).default(0);

// ─── Agencies ───────────────────────────────────────────────────────────────────────

export const ZAdminAgency = z.object({
  id: ZId,
  unitCode: zText(),
  name: zText(),
  shortName: zText().nullable(),
  level: ZAgencyLevel,
  parentId: ZId.nullable(),
  address: zText().nullable(),
  phone: zText().nullable(),
  email: zText().nullable(),
  sortOrder: z.number().int(),
  active: z.boolean(),
  /** Procedures this agency manages (published or not) */
  procedureCount: z.number().int().nonnegative(),
}).meta({ id: 'AdminAgency' });
export type TAdminAgency = z.infer<typeof ZAdminAgency>;

export const ZAdminAgencyList = z.object({ items: z.array(ZAdminAgency) }).meta({ id: 'AdminAgencyList' });

export const ZAgencyInput = z.object({
  unitCode: ZAgencyUnitCode,
  name: text('tên cơ quan', 300),
  shortName: optionalText('tên viết tắt', 100),
  level: ZAgencyLevel,
  /** The agency above it; null for the top of the tree */
  parentId: z.uuid({ error: 'Cơ quan cấp trên không hợp lệ' }).nullable(),
  address: optionalText('địa chỉ', 500),
  phone: optionalText('số điện thoại', 50),
  email: z
    .email({ error: 'Địa chỉ thư điện tử không hợp lệ' })
    .max(254, 'Địa chỉ thư điện tử không được dài quá 254 ký tự')
    .nullish()
    .or(z.literal('').transform(() => null))
    .transform((value) => value ?? null),
  sortOrder: ZSortOrder,
}).meta({ id: 'AgencyForm' });
export type TAgencyInput = z.input<typeof ZAgencyInput>;
export type TAgencyValues = z.output<typeof ZAgencyInput>;

/** Edit: every field of the creation, plus `active` (false = ngừng hoạt động). */
export const ZAgencyUpdate = ZAgencyInput.extend({ active: z.boolean() }).meta({ id: 'AgencyUpdate' });
export type TAgencyUpdate = z.input<typeof ZAgencyUpdate>;

// ─── Fields ─────────────────────────────────────────────────────────────────────────

export const ZAdminField = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  sortOrder: z.number().int(),
  /** Procedures in this field (published or not) */
  procedureCount: z.number().int().nonnegative(),
}).meta({ id: 'AdminField' });
export type TAdminField = z.infer<typeof ZAdminField>;

export const ZAdminFieldList = z.object({ items: z.array(ZAdminField) }).meta({ id: 'AdminFieldList' });

export const ZFieldInput = z.object({
  code: ZFieldCode,
  name: text('tên lĩnh vực', 300),
  sortOrder: ZSortOrder,
}).meta({ id: 'FieldForm' });
export type TFieldInput = z.input<typeof ZFieldInput>;

// ─── Procedures: list ───────────────────────────────────────────────────────────────

export const PROCEDURE_PUBLICATION_FILTERS = ['all', 'published', 'unpublished'] as const;

export const ZAdminProcedureListQuery = z.object({
  /** Words of the name (diacritics ignored) or the beginning of the code */
  q: zText().trim().max(200).optional(),
  agencyId: ZUuid('cơ quan').optional(),
  fieldId: ZUuid('lĩnh vực').optional(),
  publication: z.enum(PROCEDURE_PUBLICATION_FILTERS).default('all'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Opaque: `nextCursor` of the previous page */
  cursor: ZCursorParam.optional(),
});
export type TAdminProcedureListQuery = z.input<typeof ZAdminProcedureListQuery>;

export const ZAdminProcedureSummary = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  serviceLevel: ZServiceLevel,
  processingDays: z.number().int().nonnegative(),
  agency: ZAgencyRef,
  field: ZFieldRef,
  /** Shown in the public catalogue */
  published: z.boolean(),
  formVersion: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
});
export type TAdminProcedureSummary = z.infer<typeof ZAdminProcedureSummary>;

export const ZAdminProcedurePage = z.object({
  items: z.array(ZAdminProcedureSummary),
  nextCursor: zText().nullable(),
  /** Every match (first page only; null on later pages) */
  total: z.number().int().nonnegative().nullable(),
}).meta({ id: 'AdminProcedurePage' });
export type TAdminProcedurePage = z.infer<typeof ZAdminProcedurePage>;

// ─── Procedures: the catalogue facts ────────────────────────────────────────────────

export const ZFeeInput = z.object({
  label: text('nội dung phí, lệ phí', 300),
  amountVnd: z
    .number({ error: 'Mức thu phải là một số' })
    .int('Mức thu tính bằng đồng, không có phần lẻ')
    .min(0, 'Mức thu không được âm')
    .max(1_000_000_000_000, 'Mức thu quá lớn'),
  note: zText()
    .trim()
    .max(500, 'Ghi chú không được dài quá 500 ký tự')
    .optional()
    .transform((value) => value || undefined),
});

export const ZLegalBasisInput = z.object({
  number: text('số, ký hiệu văn bản', 100),
  title: text('trích yếu văn bản', 1000),
  issuer: zText()
    .trim()
    .max(300, 'Cơ quan ban hành không được dài quá 300 ký tự')
    .optional()
    .transform((value) => value || undefined),
  issuedOn: zText()
    .trim()
    .regex(/^(\d{4}-\d{2}-\d{2})?$/, 'Ngày ban hành không hợp lệ (YYYY-MM-DD)')
    .optional()
    .transform((value) => value || undefined),
});

/** Every fact of a procedure that the public catalogue shows (create and edit). */
export const ZProcedureFacts = z.object({
  code: ZProcedureCode,
  name: text('tên thủ tục', 1000).pipe(zText().min(5, 'Tên thủ tục phải có ít nhất 5 ký tự')),
  /** Managing agency: where the catalogue lists it and, by default, receives its dossiers */
  agencyId: ZUuid('cơ quan quản lý'),
  /** Other agencies that receive dossiers (e.g. every commune); the managing agency always does */
  handlingAgencyIds: z.array(z.uuid({ error: 'Cơ quan giải quyết không hợp lệ' })).max(500, 'Tối đa 500 cơ quan giải quyết').default([]),
  fieldId: ZUuid('lĩnh vực'),
  serviceLevel: ZServiceLevel,
  /** Older catalogues' level 1-4 */
  legacyLevel: z
    .number({ error: 'Mức độ cũ phải là số từ 1 đến 4' })
    .int()
    .min(1, 'Mức độ cũ phải là số từ 1 đến 4')
    .max(4, 'Mức độ cũ phải là số từ 1 đến 4')
    .nullable()
    .default(null),
  processingDays: count('thời hạn giải quyết', 365),
  processingNote: optionalText('ghi chú thời hạn', 1000),
  steps: z.array(text('bước thực hiện', 4000)).min(1, 'Vui lòng nhập ít nhất một bước thực hiện').max(50, 'Tối đa 50 bước thực hiện'),
  fees: z.array(ZFeeInput).max(50, 'Tối đa 50 khoản phí, lệ phí').default([]),
  legalBasis: z.array(ZLegalBasisInput).max(100, 'Tối đa 100 văn bản căn cứ').default([]),
  applicants: text('đối tượng thực hiện', 4000),
  conditions: optionalText('yêu cầu, điều kiện', 8000),
  resultDescription: text('kết quả thực hiện', 2000),
  submissionChannels: optionalText('cách thức thực hiện', 4000),
}).meta({ id: 'ProcedureFacts' });
export type TProcedureFactsInput = z.input<typeof ZProcedureFacts>;
export type TProcedureFacts = z.output<typeof ZProcedureFacts>;

/** Edit: the facts and the `revision` the editor started from (409 VERSION_CONFLICT when someone saved meanwhile). */
export const ZProcedureUpdate = ZProcedureFacts.extend({ revision: z.iso.datetime() }).meta({ id: 'ProcedureUpdate' });
export type TProcedureUpdateInput = z.input<typeof ZProcedureUpdate>;

// ─── Procedures: components and templates ───────────────────────────────────────────

export const ZComponentInput = z.object({
  name: text('tên thành phần hồ sơ', 1000),
  description: optionalText('mô tả', 2000),
  required: z.boolean().default(true),
  originals: count('số bản chính', 20).default(1),
  copies: count('số bản sao', 20).default(0),
  acceptedTypes: z
    .array(ZAcceptedFileKind)
    .min(1, 'Vui lòng chọn ít nhất một định dạng tệp')
    .default([...ACCEPTED_FILE_KINDS])
    .transform((kinds) => [...new Set(kinds)]),
  /**
   * The applicant may choose to bring the original on paper to the one-stop desk instead of
   * uploading it (*Nộp bản giấy tại bộ phận một cửa*); such a required component is then complete.
   */
  paperOriginalAllowed: z.boolean().default(false),
}).meta({ id: 'ComponentForm' });
export type TComponentInput = z.input<typeof ZComponentInput>;

export const ZComponentOrder = z.object({
  /** Every component id of the procedure, in the new order */
  ids: z.array(z.uuid()).max(200),
}).meta({ id: 'ComponentOrder' });
export type TComponentOrder = z.infer<typeof ZComponentOrder>;

export const ZAdminComponent = z.object({
  id: ZId,
  name: zText(),
  description: zText().nullable(),
  required: z.boolean(),
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  acceptedTypes: z.array(ZAcceptedFileKind),
  paperOriginalAllowed: z.boolean(),
  template: ZFileRef.nullable(),
}).meta({ id: 'AdminComponent' });
export type TAdminComponent = z.infer<typeof ZAdminComponent>;

export const ZAdminTemplate = ZFileRef.extend({
  /** The template row (delete it with this id) */
  templateId: ZId,
  title: zText(),
}).meta({ id: 'AdminTemplate' });
export type TAdminTemplate = z.infer<typeof ZAdminTemplate>;

/** Multipart field `title` of a template upload */
export const ZTemplateTitle = text('tên mẫu đơn, tờ khai', 500);

// ─── Procedures: the whole record for the editor ────────────────────────────────────

export const ZFormVersionInfo = z.object({
  version: z.number().int().positive(),
  createdAt: z.iso.datetime(),
  createdBy: zText().nullable(),
  /** Dossiers created with this version */
  dossierCount: z.number().int().nonnegative(),
});
export type TFormVersionInfo = z.infer<typeof ZFormVersionInfo>;

export const ZAdminProcedure = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  agency: ZAgencyRef,
  handlingAgencies: z.array(ZAgencyRef),
  field: ZFieldRef,
  serviceLevel: ZServiceLevel,
  legacyLevel: z.number().int().min(1).max(4).nullable(),
  processingDays: z.number().int().nonnegative(),
  processingNote: zText().nullable(),
  steps: z.array(zText()),
  fees: z.array(z.object({ label: zText(), amountVnd: z.number().int().nonnegative(), note: zText().optional() })),
  legalBasis: z.array(z.object({ number: zText(), title: zText(), issuer: zText().optional(), issuedOn: zText().optional() })),
  applicants: zText(),
  conditions: zText().nullable(),
  resultDescription: zText(),
  submissionChannels: zText().nullable(),
  published: z.boolean(),
  /** Send it back with an edit (optimistic concurrency) */
  revision: z.iso.datetime(),
  components: z.array(ZAdminComponent),
  templates: z.array(ZAdminTemplate),
  formVersion: z.number().int().positive(),
  form: ZFormDefinition,
  formVersions: z.array(ZFormVersionInfo),
  /** Dossiers of this procedure not yet finished (they keep their own form version) */
  dossiersInFlight: z.number().int().nonnegative(),
}).meta({ id: 'AdminProcedure' });
export type TAdminProcedure = z.infer<typeof ZAdminProcedure>;

// ─── Procedures: the online form ────────────────────────────────────────────────────

export const ZFormSave = z.object({
  /** The version the editor started from; 409 VERSION_CONFLICT when another was saved since */
  baseVersion: z.number().int().positive(),
  definition: ZFormDefinition,
}).meta({ id: 'FormSave' });
export type TFormSaveInput = z.input<typeof ZFormSave>;

export const ZFormSaved = z.object({
  version: z.number().int().positive(),
  form: ZFormDefinition,
}).meta({ id: 'FormSaved' });
export type TFormSaved = z.infer<typeof ZFormSaved>;

/**
 * The form a new procedure starts with (version 1): one section, one free-text request.
 * The administrator replaces it in the form builder before publishing.
 */
export const STARTER_FORM: TFormDefinitionInput = {
  sections: [
    {
      title: { vi: 'Thông tin đề nghị', en: 'Request' },
      fields: [
        {
          key: 'noiDungDeNghi',
          kind: 'textarea',
          label: { vi: 'Nội dung đề nghị', en: 'What you request' },
          required: true,
          maxLength: 4000,
        },
      ],
    },
  ],
};
