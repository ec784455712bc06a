import { z } from 'zod';
import { ZCursorParam, zPathId, zText } from './common.ts';
import { zPage } from './catalogue.ts';
import { isValidLocalDate } from './vietnam-time.ts';

/**
 * Legal documents (Văn bản pháp luật): laws, decrees, circulars and local decisions that
 * the procedures of the catalogue rest on, listed publicly with their PDF; system
 * administrators manage them.
 *
 * Public (cacheable for a minute, no cookies):
 * - `GET /legal-documents?q=&docType=&issuer=&fieldId=&validity=&year=|from=&to=&limit=&cursor=`
 *   → `ZPublicLegalDocumentPage`: published documents, newest issue date first (a document
 *   whose number starts with the query comes first); `q` matches number, title, summary
 *   and issuer with or without diacritics, every word; `facets` lists the document types,
 *   issuers, years and fields that published documents have, for the search form.
 * - `GET /legal-documents/:id` → `ZPublicLegalDocumentDetail`, with the published
 *   procedures citing it (404 LEGAL_DOCUMENT_NOT_FOUND unless published).
 * - `GET /legal-documents/:id/file` → the PDF (404 LEGAL_DOCUMENT_NOT_FOUND unless
 *   published, LEGAL_DOCUMENT_FILE_NOT_FOUND without a file).
 * - `GET /legal-documents/refs?numbers=a,b` → `ZLegalDocumentRefs`: which of these numbers
 *   are published documents (the procedure page links its legal basis with it).
 *
 * Administration (system administrators only):
 * - `GET /admin/legal-documents` (`ZAdminLegalDocumentQuery`) → `ZAdminLegalDocumentPage`
 * - `GET /admin/legal-documents/:id` → `ZAdminLegalDocument`
 * - `POST /admin/legal-documents` `ZLegalDocumentCreate` → 201 (409 LEGAL_DOCUMENT_NUMBER_TAKEN)
 * - `PUT /admin/legal-documents/:id` `ZLegalDocumentUpdate` (publish/unpublish is `published`)
 *   → 409 VERSION_CONFLICT when `revision` is not the stored one
 * - `DELETE /admin/legal-documents/:id?revision=` → 204
 * - `PUT /admin/legal-documents/:id/file` (multipart `file`, a PDF checked by content) and
 *   `DELETE /admin/legal-documents/:id/file` → `ZAdminLegalDocument`
 */

export const LEGAL_DOCUMENT_VALIDITIES = ['in_force', 'partially_expired', 'expired', 'not_yet_in_force'] as const;
export const ZLegalDocumentValidity = z.enum(LEGAL_DOCUMENT_VALIDITIES);
export type TLegalDocumentValidity = z.infer<typeof ZLegalDocumentValidity>;

/** Tình trạng hiệu lực, as the national legal-document database words it. */
export const LEGAL_DOCUMENT_VALIDITY_LABELS: Record<TLegalDocumentValidity, { vi: string; en: string }> = {
  in_force: { vi: 'Còn hiệu lực', en: 'In force' },
  partially_expired: { vi: 'Hết hiệu lực một phần', en: 'Partially expired' },
  expired: { vi: 'Hết hiệu lực toàn bộ', en: 'Expired' },
  not_yet_in_force: { vi: 'Chưa có hiệu lực', en: 'Not yet in force' },
};

/**
 * Types of document in the order of the legal hierarchy (Law on Promulgation of Legal
 * Documents), then the administrative kinds. The type stays free text (provinces publish
 * plans and official letters too); this list orders the search form and suggests values.
 */
export const LEGAL_DOCUMENT_TYPES = [
  'Hiến pháp',
  'Bộ luật',
  'Luật',
  'Nghị quyết',
  'Pháp lệnh',
  'Lệnh',
  'Nghị định',
  'Quyết định',
  'Thông tư',
  'Thông tư liên tịch',
  'Chỉ thị',
  'Kế hoạch',
  'Hướng dẫn',
  'Công văn',
] as const;

/** Issuers a search form lists first: the central bodies, from the top. */
const CENTRAL_ISSUERS = ['Quốc hội', 'Ủy ban Thường vụ Quốc hội', 'Chủ tịch nước', 'Chính phủ', 'Thủ tướng Chính phủ'];
const LOCAL_ISSUER = /^(Hội đồng nhân dân|Ủy ban nhân dân)/;

const vietnameseOrder = (a: string, b: string) => a.localeCompare(b, 'vi');

/** Hierarchy order of document types; types outside the list follow, alphabetically. */
export const compareDocTypes = (a: string, b: string): number => {
  const rank = (type: string) => {
    const index = (LEGAL_DOCUMENT_TYPES as readonly string[]).indexOf(type);
    return index < 0 ? LEGAL_DOCUMENT_TYPES.length : index;
  };
  return rank(a) - rank(b) || vietnameseOrder(a, b);
};

/** Central bodies first (Quốc hội … Thủ tướng), then ministries and others, then local councils and committees. */
export const compareIssuers = (a: string, b: string): number => {
  const rank = (issuer: string) => {
    const index = CENTRAL_ISSUERS.indexOf(issuer);
    return index >= 0 ? index : LOCAL_ISSUER.test(issuer) ? 200 : 100;
  };
  return rank(a) - rank(b) || vietnameseOrder(a, b);
};

export const LEGAL_DOCUMENT_NUMBER_MAX = 50;
export const LEGAL_DOCUMENT_TITLE_MAX = 1000;
export const LEGAL_DOCUMENT_SUMMARY_MAX = 5000;
/** Scanned documents can be long; the dossier uploads allow the same. */
export const LEGAL_DOCUMENT_FILE_MAX_BYTES = 20 * 1024 * 1024;
/** The first issue date the portal accepts: the founding of the Democratic Republic. */
const FIRST_ISSUE_DATE = '1945-09-02';

export const LEGAL_DOCUMENT_MESSAGES = {
  number: 'Vui lòng nhập số ký hiệu văn bản gồm chữ, số và các dấu / - . (tối đa 50 ký tự), ví dụ: 45/2020/NĐ-CP',
  title: 'Vui lòng nhập trích yếu văn bản (từ 5 đến 1000 ký tự)',
  docType: 'Vui lòng nhập loại văn bản, ví dụ: Nghị định (tối đa 100 ký tự)',
  issuer: 'Vui lòng nhập cơ quan ban hành (tối đa 200 ký tự)',
  issuedOn: 'Vui lòng nhập ngày ban hành hợp lệ (từ ngày 02/9/1945)',
  effectiveOn: 'Ngày có hiệu lực không hợp lệ',
  effectiveBeforeIssued: 'Ngày có hiệu lực không được trước ngày ban hành',
  validity: 'Vui lòng chọn tình trạng hiệu lực',
  summary: 'Vui lòng nhập tóm tắt nội dung văn bản (từ 10 đến 5000 ký tự)',
  fieldId: 'Lĩnh vực không hợp lệ',
  published: 'Vui lòng chọn công khai hoặc không công khai văn bản',
  revision: 'Thiếu phiên bản của văn bản đang sửa; vui lòng tải lại trang',
  date: 'Ngày phải có dạng năm-tháng-ngày (YYYY-MM-DD)',
  year: 'Năm ban hành không hợp lệ',
  yearWithRange: 'Chọn năm ban hành hoặc khoảng ngày ban hành, không dùng cả hai',
  rangeOrder: 'Ngày bắt đầu phải trước hoặc bằng ngày kết thúc',
  cursor: 'Vị trí trang không hợp lệ',
  numbers: 'Danh sách số ký hiệu không hợp lệ (tối đa 50 số, cách nhau bởi dấu phẩy)',
  fileMissing: 'Vui lòng chọn tệp PDF của văn bản',
  numberTaken: 'Số ký hiệu này đã được dùng cho một văn bản khác',
} as const;

export const LEGAL_DOCUMENT_MESSAGES_EN: Readonly<Record<string, string>> = {
  [LEGAL_DOCUMENT_MESSAGES.number]: 'Enter the document number: letters, digits and / - . (at most 50 characters), e.g. 45/2020/NĐ-CP',
  [LEGAL_DOCUMENT_MESSAGES.title]: 'Enter the document’s title (5 to 1000 characters)',
  [LEGAL_DOCUMENT_MESSAGES.docType]: 'Enter the type of document, e.g. Nghị định (decree) (at most 100 characters)',
  [LEGAL_DOCUMENT_MESSAGES.issuer]: 'Enter the issuing body (at most 200 characters)',
  [LEGAL_DOCUMENT_MESSAGES.issuedOn]: 'Enter a valid date of issue (2 September 1945 or later)',
  [LEGAL_DOCUMENT_MESSAGES.effectiveOn]: 'Invalid date of entry into force',
  [LEGAL_DOCUMENT_MESSAGES.effectiveBeforeIssued]: 'The date of entry into force cannot be before the date of issue',
  [LEGAL_DOCUMENT_MESSAGES.validity]: 'Choose whether the document is in force',
  [LEGAL_DOCUMENT_MESSAGES.summary]: 'Enter a summary of the document (10 to 5000 characters)',
  [LEGAL_DOCUMENT_MESSAGES.fieldId]: 'Invalid field',
  [LEGAL_DOCUMENT_MESSAGES.published]: 'Choose whether the document is published',
  [LEGAL_DOCUMENT_MESSAGES.revision]: 'The revision of the document being edited is missing; reload the page',
  [LEGAL_DOCUMENT_MESSAGES.date]: 'A date is written year-month-day (YYYY-MM-DD)',
  [LEGAL_DOCUMENT_MESSAGES.year]: 'Invalid year of issue',
  [LEGAL_DOCUMENT_MESSAGES.yearWithRange]: 'Choose a year of issue or a range of dates, not both',
  [LEGAL_DOCUMENT_MESSAGES.rangeOrder]: 'The start date must be on or before the end date',
  [LEGAL_DOCUMENT_MESSAGES.cursor]: 'Invalid page position',
  [LEGAL_DOCUMENT_MESSAGES.numbers]: 'Invalid list of document numbers (at most 50, separated by commas)',
  [LEGAL_DOCUMENT_MESSAGES.fileMissing]: 'Choose the PDF file of the document',
  [LEGAL_DOCUMENT_MESSAGES.numberTaken]: 'This number is already used by another document',
};

/**
 * A document number as stored: Unicode NFC (a decomposed "Đ" typed on some keyboards is
 * the same letter), no spaces ("45 / 2020 / NĐ-CP" → "45/2020/NĐ-CP"). Case is kept:
 * "QĐ-TTg" is written with a lower-case g.
 */
export const normalizeLegalDocumentNumber = (number: string): string => number.normalize('NFC').replace(/\s+/g, '');

const NUMBER_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}/.\-_]*$/u;

/** Free text trimmed, NFC, with runs of spaces collapsed (names are compared exactly by the filters). */
const cleanText = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const text = (min: number, max: number, message: string) =>
  zText({ error: message })
    .transform(cleanText)
    .pipe(zText().min(min, message).max(max, message));

const ZIsoDate = (message: string) =>
  zText({ error: message })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && isValidLocalDate(value), message);

/** An optional query value where an empty one (`?docType=`) means none. */
const optionalQueryText = (max: number) =>
  zText()
    .max(max)
    .optional()
    .transform((value) => (value === undefined ? undefined : cleanText(value) || undefined));

const optionalQuery = <T extends z.ZodType>(schema: T, message: string) =>
  z
    .union([z.literal(''), schema], { error: message })
    .optional()
    .transform((value) => (value === '' ? undefined : (value as z.output<T> | undefined)));

// ───────────── Public ─────────────

export const ZLegalDocumentIdParams = z.object({ id: zPathId('LEGAL_DOCUMENT_NOT_FOUND') });

const ZSearchFilters = {
  /** Words of the number, title, summary or issuer; with or without diacritics; every word must match */
  q: zText().trim().max(200).optional(),
  /** Exact type, one of `facets.docTypes` */
  docType: optionalQueryText(100),
  /** Exact issuer, one of `facets.issuers` */
  issuer: optionalQueryText(200),
  fieldId: optionalQuery(z.uuid(), LEGAL_DOCUMENT_MESSAGES.fieldId),
  validity: optionalQuery(z.enum(LEGAL_DOCUMENT_VALIDITIES), LEGAL_DOCUMENT_MESSAGES.validity),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Opaque: the `nextCursor` of the previous page, with the same filters */
  cursor: ZCursorParam.optional(),
};

export const ZPublicLegalDocumentQuery = z
  .object({
    ...ZSearchFilters,
    /** Issued in this year; or use `from` / `to` */
    year: optionalQuery(z.coerce.number().int().min(1945).max(2100), LEGAL_DOCUMENT_MESSAGES.year),
    /** Issued on or after this date (YYYY-MM-DD) */
    from: optionalQuery(ZIsoDate(LEGAL_DOCUMENT_MESSAGES.date), LEGAL_DOCUMENT_MESSAGES.date),
    /** Issued on or before this date (YYYY-MM-DD) */
    to: optionalQuery(ZIsoDate(LEGAL_DOCUMENT_MESSAGES.date), LEGAL_DOCUMENT_MESSAGES.date),
  })
  .superRefine((query, ctx) => {
    if (query.year !== undefined && (query.from || query.to)) {
      ctx.addIssue({ code: 'custom', path: ['year'], message: LEGAL_DOCUMENT_MESSAGES.yearWithRange });
    }
    if (query.from && query.to && query.from > query.to) ctx.addIssue({ code: 'custom', path: ['to'], message: LEGAL_DOCUMENT_MESSAGES.rangeOrder });
  });
export type TPublicLegalDocumentQuery = z.infer<typeof ZPublicLegalDocumentQuery>;
export type TPublicLegalDocumentQueryInput = z.input<typeof ZPublicLegalDocumentQuery>;

const ZDocumentFacts = {
  id: zText(),
  /** Số ký hiệu, e.g. 45/2020/NĐ-CP */
  number: zText(),
  /** Trích yếu */
  title: zText(),
  docType: zText(),
  issuer: zText(),
  /** Ngày ban hành, YYYY-MM-DD */
  issuedOn: zText(),
  /** Ngày có hiệu lực, YYYY-MM-DD */
  effectiveOn: zText().nullable(),
  validity: ZLegalDocumentValidity,
  summary: zText(),
  field: z.object({ id: zText(), name: zText() }).nullable(),
};

export const ZPublicLegalDocument = z.object({
  ...ZDocumentFacts,
  /** The PDF to download from `/legal-documents/:id/file`, under this name */
  file: z.object({ name: zText(), size: z.number().int().nonnegative() }).nullable(),
});
export type TPublicLegalDocument = z.infer<typeof ZPublicLegalDocument>;

export const ZPublicLegalDocumentDetail = ZPublicLegalDocument.extend({
  /** Published procedures whose legal basis cites this number */
  procedures: z.array(z.object({ id: zText(), code: zText(), name: zText() })),
  updatedAt: z.iso.datetime({ offset: true }),
}).meta({ id: 'PublicLegalDocumentDetail' });
export type TPublicLegalDocumentDetail = z.infer<typeof ZPublicLegalDocumentDetail>;

const ZFacet = z.object({ value: zText(), count: z.number().int().nonnegative() });

/** What published documents have, for the search form's choices (not narrowed by the query). */
export const ZLegalDocumentFacets = z.object({
  /** In the order of the legal hierarchy */
  docTypes: z.array(ZFacet),
  /** Central bodies first, then ministries, then local authorities */
  issuers: z.array(ZFacet),
  /** Newest first */
  years: z.array(z.object({ value: z.number().int(), count: z.number().int().nonnegative() })),
  fields: z.array(z.object({ id: zText(), name: zText(), count: z.number().int().nonnegative() })),
});
export type TLegalDocumentFacets = z.infer<typeof ZLegalDocumentFacets>;

export const ZPublicLegalDocumentPage = zPage(ZPublicLegalDocument).extend({
  /** Number of documents matching the query and filters */
  total: z.number().int().nonnegative(),
  facets: ZLegalDocumentFacets,
}).meta({ id: 'PublicLegalDocumentPage' });
export type TPublicLegalDocumentPage = z.infer<typeof ZPublicLegalDocumentPage>;

export const ZLegalDocumentRefsQuery = z.object({
  /** Document numbers separated by commas */
  numbers: zText({ error: LEGAL_DOCUMENT_MESSAGES.numbers })
    .max(3000, LEGAL_DOCUMENT_MESSAGES.numbers)
    .transform((value) => [...new Set(value.split(',').map(normalizeLegalDocumentNumber).filter(Boolean))])
    .pipe(z.array(zText().max(LEGAL_DOCUMENT_NUMBER_MAX)).min(1, LEGAL_DOCUMENT_MESSAGES.numbers).max(50, LEGAL_DOCUMENT_MESSAGES.numbers)),
});

export const ZLegalDocumentRefs = z.object({ items: z.array(z.object({ id: zText(), number: zText() })) }).meta({ id: 'LegalDocumentRefs' });
export type TLegalDocumentRefs = z.infer<typeof ZLegalDocumentRefs>;

/** The name a downloaded PDF gets: "Nghị định 45-2020-NĐ-CP.pdf" (a slash cannot be in a file name). */
export const legalDocumentFileName = (document: { docType: string; number: string }): string =>
  `${document.docType} ${document.number.replace(/\//g, '-')}.pdf`;

// ───────────── Administration ─────────────

export const LEGAL_DOCUMENT_PUBLICATION_FILTERS = ['all', 'published', 'unpublished'] as const;

export const ZAdminLegalDocumentQuery = z.object({
  ...ZSearchFilters,
  publication: z.enum(LEGAL_DOCUMENT_PUBLICATION_FILTERS).default('all'),
});
export type TAdminLegalDocumentQuery = z.infer<typeof ZAdminLegalDocumentQuery>;

const ZLegalDocumentFields = z.object({
  number: zText({ error: LEGAL_DOCUMENT_MESSAGES.number })
    .transform(normalizeLegalDocumentNumber)
    .pipe(zText().min(1, LEGAL_DOCUMENT_MESSAGES.number).max(LEGAL_DOCUMENT_NUMBER_MAX, LEGAL_DOCUMENT_MESSAGES.number).regex(NUMBER_PATTERN, LEGAL_DOCUMENT_MESSAGES.number)),
  title: text(5, LEGAL_DOCUMENT_TITLE_MAX, LEGAL_DOCUMENT_MESSAGES.title),
  docType: text(2, 100, LEGAL_DOCUMENT_MESSAGES.docType),
  issuer: text(2, 200, LEGAL_DOCUMENT_MESSAGES.issuer),
  issuedOn: ZIsoDate(LEGAL_DOCUMENT_MESSAGES.issuedOn).refine((value) => value >= FIRST_ISSUE_DATE, LEGAL_DOCUMENT_MESSAGES.issuedOn),
  /** Empty: not known */
  effectiveOn: z
    .union([z.literal(''), z.null(), ZIsoDate(LEGAL_DOCUMENT_MESSAGES.effectiveOn)])
    .optional()
    .transform((value) => value || null),
  validity: z.enum(LEGAL_DOCUMENT_VALIDITIES, { error: LEGAL_DOCUMENT_MESSAGES.validity }),
  summary: zText({ error: LEGAL_DOCUMENT_MESSAGES.summary })
    .trim()
    .min(10, LEGAL_DOCUMENT_MESSAGES.summary)
    .max(LEGAL_DOCUMENT_SUMMARY_MAX, LEGAL_DOCUMENT_MESSAGES.summary),
  /** Empty: no field */
  fieldId: z
    .union([z.literal(''), z.null(), z.uuid({ error: LEGAL_DOCUMENT_MESSAGES.fieldId })])
    .optional()
    .transform((value) => value || null),
  /** False hides it (and its PDF) from the public list */
  published: z.boolean({ error: LEGAL_DOCUMENT_MESSAGES.published }),
});

const effectiveAfterIssue = (value: { issuedOn: string; effectiveOn: string | null }, ctx: z.RefinementCtx) => {
  if (value.effectiveOn && value.effectiveOn < value.issuedOn) {
    ctx.addIssue({ code: 'custom', path: ['effectiveOn'], message: LEGAL_DOCUMENT_MESSAGES.effectiveBeforeIssued });
  }
};

export const ZLegalDocumentCreate = ZLegalDocumentFields.superRefine(effectiveAfterIssue).meta({ id: 'LegalDocumentCreate' });
export type TLegalDocumentCreate = z.output<typeof ZLegalDocumentCreate>;
export type TLegalDocumentCreateInput = z.input<typeof ZLegalDocumentCreate>;

const ZRevision = z.number({ error: LEGAL_DOCUMENT_MESSAGES.revision }).int(LEGAL_DOCUMENT_MESSAGES.revision).min(1, LEGAL_DOCUMENT_MESSAGES.revision);

/** `revision` is the one the editor loaded: a save over someone else's answers 409 VERSION_CONFLICT. */
export const ZLegalDocumentUpdate = ZLegalDocumentFields.extend({ revision: ZRevision }).superRefine(effectiveAfterIssue).meta({ id: 'LegalDocumentUpdate' });
export type TLegalDocumentUpdate = z.output<typeof ZLegalDocumentUpdate>;
export type TLegalDocumentUpdateInput = z.input<typeof ZLegalDocumentUpdate>;

export const ZLegalDocumentDeleteQuery = z.object({ revision: z.coerce.number({ error: LEGAL_DOCUMENT_MESSAGES.revision }).int().min(1, LEGAL_DOCUMENT_MESSAGES.revision) });

export const ZAdminLegalDocument = z.object({
  ...ZDocumentFacts,
  /** The stored PDF, under the name it was uploaded with */
  file: z
    .object({ id: zText(), name: zText(), mimeType: zText(), size: z.number().int().nonnegative(), uploadedAt: z.iso.datetime({ offset: true }) })
    .nullable(),
  published: z.boolean(),
  revision: z.number().int(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
}).meta({ id: 'AdminLegalDocument' });
export type TAdminLegalDocument = z.infer<typeof ZAdminLegalDocument>;

export const ZAdminLegalDocumentPage = zPage(ZAdminLegalDocument).extend({ total: z.number().int().nonnegative() }).meta({ id: 'AdminLegalDocumentPage' });
export type TAdminLegalDocumentPage = z.infer<typeof ZAdminLegalDocumentPage>;
