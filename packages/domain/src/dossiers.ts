// CONTRACT-READY
import { z } from 'zod';
import { GENDERS, ZCaptchaPayload, ZEmailToken } from './accounts.ts';
import { ZAcceptedFileKind, ZFileRef, ZId, ZServiceLevel } from './catalogue.ts';
import { ZCccd, ZEmail, ZVnMobile, zText, ZUuid, zPathId, ZCursorParam } from './common.ts';
import { fieldErrorsOf } from './errors.ts';
import { ZFormDefinition, type TFormDefinition } from './form-definition.ts';
import { formDataErrors, type TFormDataSchemaOptions } from './form-data-schema.ts';
import { ZActorRole, ZDossierAction, ZDossierStatus, canDelete, canEdit, type TDossierStatus } from './lifecycle.ts';
import { isValidLocalDate, localDateOf } from './vietnam-time.ts';

/**
 * Requests and responses of the citizen dossier API (`/api/v1/dossiers`, `/api/v1/guest-dossiers`).
 * The API validates with these schemas, the OpenAPI document is generated from them and the
 * SPA's forms use the same ones.
 *
 * ## Saving and sending
 * - `POST /dossiers` creates an `unsent` dossier from a procedure that accepts online
 *   submission, with the procedure's current form version (the dossier keeps that version).
 *   `applicant` defaults to the profile of the signed-in citizen.
 * - `PATCH /dossiers/:id` saves (the *Lưu lại* button and autosave) while `unsent` or
 *   `supplement-requested`: partial data is fine (draft rules); `version` must be the
 *   dossier's current version, else 409 VERSION_CONFLICT with `details.currentVersion`.
 *   `applicant` and `formData`, when given, replace the stored ones as a whole.
 *   Uploading or deleting files does not change `version` (files are their own resources).
 * - `POST /dossiers/:id/submit` (*Gửi đi*) applies the submit rules to everything at once:
 *   a refusal is ONE 422 DOSSIER_INCOMPLETE problem whose `errors` map lists every missing
 *   or invalid item, keyed `applicant.<field>`, `formData.<fieldKey>` (nested:
 *   `formData.members.0.fullName`, `formData.address.provinceCode`) and
 *   `components.<componentId>` (see `dossierSubmitErrors`, which the SPA can run first).
 *
 * ## Bringing an original to the counter (seed 003, *Chọn thông tin bạn có*)
 * A component whose `paperOriginalAllowed` is true may be marked "I will bring the original
 * to the one-stop desk" (*Mang bản gốc đến bộ phận một cửa*) instead of uploading it:
 * `bringOriginals` on POST/PATCH lists those components' ids and replaces the stored choice
 * as a whole (absent: unchanged). A component that does not allow it answers 400
 * VALIDATION_FAILED keyed `components.<componentId>`. A required component so marked is
 * complete for sending without a file; files uploaded before the choice stay attached
 * (the choice wins for completeness). Staff see the choice on each component (`bringOriginal`).
 *
 * ## Guests (submission without an account, seed 004)
 * 1. `POST /guest-dossiers` `ZGuestDossierCreate` (the same form plus `email` and the
 *    registration captcha) → 201 `ZGuestDossierCreated` `{ dossier, guestToken }`.
 *    `guestToken` is a secret shown once (only its hash is stored); the SPA keeps it in
 *    sessionStorage for this dossier.
 * 2. The guest then uses the ordinary `/dossiers/:id...` routes (GET, PATCH, DELETE, files,
 *    submit) sending the header `X-Guest-Token: <guestToken>` (or
 *    `Authorization: Guest <guestToken>`); no cookie, no CSRF token needed. A wrong token
 *    answers 404 DOSSIER_NOT_FOUND. The token works while the dossier is `unsent` and at
 *    most `GUEST_TOKEN_TTL_HOURS` after creation.
 * 3. `POST /dossiers/:id/submit` with the guest token validates like a citizen's submit
 *    but does not send: it answers `ZSubmitResult` with `awaitingConfirmation: true` and
 *    e-mails a confirmation link `${publicUrl}/ho-so/xac-nhan#token=...` (the token rides in
 *    the fragment like every e-mailed link, so it never reaches server logs; seed 003: "Hồ
 *    sơ đăng ký chỉ có hiệu lực sau khi người dùng xác thực hồ sơ từ email").
 * 4. The link's page calls `POST /guest-dossiers/confirm` `{ token }` → `ZGuestConfirmResult`
 *    (the dossier is now `sent` with its code; submit rules are checked again). Later
 *    status e-mails carry the public tracking link `${publicUrl}/tra-cuu?code=CODE`.
 *    A supplement request for a guest dossier means a new dossier: the e-mail says so.
 */

// ───────────── Limits ─────────────

/** Largest single uploaded file (bytes). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Largest total of a dossier's attachments (bytes). */
export const MAX_DOSSIER_BYTES = 100 * 1024 * 1024;
/** Files per dossier component. */
export const MAX_FILES_PER_COMPONENT = 10;
/** How long a guest's access token (and the confirmation link) stays valid. */
export const GUEST_TOKEN_TTL_HOURS = 72;
/** Header carrying a guest's access token. */
export const GUEST_TOKEN_HEADER = 'x-guest-token';

export const DOSSIER_MESSAGES = {
  fullName: 'Vui lòng nhập Họ và tên',
  fullNameTooLong: 'Họ và tên không được dài quá 100 ký tự',
  idNumber: 'Vui lòng nhập Số CCCD',
  phone: 'Vui lòng nhập Số điện thoại',
  email: 'Vui lòng nhập Thư điện tử',
  address: 'Vui lòng nhập Địa chỉ',
  addressTooLong: 'Địa chỉ không được dài quá 300 ký tự',
  dateOfBirth: 'Ngày sinh không hợp lệ',
  tooLong: 'Giá trị quá dài',
  componentRequired: 'Vui lòng đính kèm tệp cho thành phần hồ sơ bắt buộc này',
  paperOriginalNotAllowed: 'Thành phần hồ sơ này không nhận bản giấy tại bộ phận một cửa: vui lòng tải tệp lên',
  noteTooLong: 'Nội dung không được dài quá 2000 ký tự',
  score: 'Vui lòng chọn mức đánh giá từ 1 đến 5',
  commentTooLong: 'Ý kiến không được dài quá 1000 ký tự',
} as const;

/** English for the messages above (merge into the SPA's translation of domain messages). */
export const DOSSIER_MESSAGES_EN: Readonly<Record<string, string>> = {
  [DOSSIER_MESSAGES.fullName]: 'Enter the full name',
  [DOSSIER_MESSAGES.fullNameTooLong]: 'The full name must not be longer than 100 characters',
  [DOSSIER_MESSAGES.idNumber]: 'Enter the citizen ID (CCCD) number',
  [DOSSIER_MESSAGES.phone]: 'Enter the phone number',
  [DOSSIER_MESSAGES.email]: 'Enter the e-mail address',
  [DOSSIER_MESSAGES.address]: 'Enter the address',
  [DOSSIER_MESSAGES.addressTooLong]: 'The address must not be longer than 300 characters',
  [DOSSIER_MESSAGES.dateOfBirth]: 'The date of birth is not valid',
  [DOSSIER_MESSAGES.tooLong]: 'The value is too long',
  [DOSSIER_MESSAGES.componentRequired]: 'Attach a file for this required component',
  [DOSSIER_MESSAGES.paperOriginalNotAllowed]: 'This component cannot be brought on paper to the one-stop desk: upload a file',
  [DOSSIER_MESSAGES.noteTooLong]: 'The text must not be longer than 2000 characters',
  [DOSSIER_MESSAGES.score]: 'Choose a rating from 1 to 5',
  [DOSSIER_MESSAGES.commentTooLong]: 'The comment must not be longer than 1000 characters',
};

// ───────────── Applicant (người nộp hồ sơ) ─────────────

const blankToUndefined = (value: unknown): unknown =>
  value === null || (typeof value === 'string' && value.trim() === '') ? undefined : value;
const optionalDraft = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
/** A string value that must be present: absent or blank answers `message`, then `schema`'s own rules. */
const required = <T extends z.ZodType<unknown, string>>(schema: T, message: string) =>
  z.preprocess(blankToUndefined, zText({ error: message }).pipe(schema));

const ZApplicantDateOfBirth = zText({ error: DOSSIER_MESSAGES.dateOfBirth })
  .refine((v) => isValidLocalDate(v) && v >= '1900-01-01' && v <= localDateOf(new Date()), DOSSIER_MESSAGES.dateOfBirth);
const ZApplicantGender = z.enum(GENDERS, { error: 'Giới tính không hợp lệ' });

/**
 * The applicant as sent: every rule applies (submit). `dateOfBirth` is 'YYYY-MM-DD'.
 * Prefilled from the citizen's profile; a guest types it.
 */
export const ZApplicant = z.object({
  fullName: required(zText().trim().max(100, DOSSIER_MESSAGES.fullNameTooLong), DOSSIER_MESSAGES.fullName),
  idNumber: required(ZCccd, DOSSIER_MESSAGES.idNumber),
  dateOfBirth: optionalDraft(ZApplicantDateOfBirth),
  gender: optionalDraft(ZApplicantGender),
  phone: required(ZVnMobile, DOSSIER_MESSAGES.phone),
  email: required(ZEmail, DOSSIER_MESSAGES.email),
  address: required(zText().trim().max(300, DOSSIER_MESSAGES.addressTooLong), DOSSIER_MESSAGES.address),
});
export type TApplicant = z.output<typeof ZApplicant>;

/**
 * The applicant while saving a draft: nothing required, only lengths checked, so a
 * half-typed CCCD or phone number still saves. Blank values are dropped.
 */
export const ZApplicantDraft = z.object({
  fullName: optionalDraft(zText().trim().max(100, DOSSIER_MESSAGES.fullNameTooLong)),
  idNumber: optionalDraft(zText().trim().max(20, DOSSIER_MESSAGES.tooLong)),
  dateOfBirth: optionalDraft(zText().trim().max(10, DOSSIER_MESSAGES.tooLong)),
  gender: optionalDraft(ZApplicantGender),
  phone: optionalDraft(zText().trim().max(20, DOSSIER_MESSAGES.tooLong)),
  email: optionalDraft(zText().trim().max(254, DOSSIER_MESSAGES.tooLong)),
  address: optionalDraft(zText().trim().max(300, DOSSIER_MESSAGES.addressTooLong)),
});
export type TApplicantDraft = z.output<typeof ZApplicantDraft>;

/** Field errors of the applicant for sending, keyed `applicant.<field>`. */
export const applicantErrors = (applicant: unknown): Record<string, string> => {
  const result = ZApplicant.safeParse(applicant ?? {});
  if (result.success) return {};
  return Object.fromEntries(Object.entries(fieldErrorsOf(result.error)).map(([path, message]) => [`applicant.${path}`, message]));
};

// ───────────── Files ─────────────

export const DOSSIER_FILE_ROLES = ['attachment', 'result'] as const;
export const ZDossierFileRole = z.enum(DOSSIER_FILE_ROLES);
export type TDossierFileRole = z.infer<typeof ZDossierFileRole>;

/**
 * A file of a dossier. `attachment`s belong to a component (componentId), `result`s are the
 * agency's result documents (componentId null). Download: `GET /dossiers/:id/files/:fileId`.
 */
export const ZDossierFile = z.object({
  id: ZId,
  componentId: ZId.nullable(),
  role: ZDossierFileRole,
  name: zText(),
  size: z.number().int().nonnegative(),
  mimeType: zText(),
  /** Hex SHA-256 of the content */
  sha256: zText(),
  uploadedAt: z.iso.datetime(),
}).meta({ id: 'DossierFile' });
export type TDossierFile = z.infer<typeof ZDossierFile>;

/** Multipart form fields of `POST /dossiers/:id/files`: `componentId` first, then `file`. */
export const ZDossierFileUploadFields = z.object({ componentId: ZUuid });

/** A dossier component (thành phần hồ sơ) with the files uploaded for it. */
export const ZDossierComponent = z.object({
  id: ZId,
  name: zText(),
  description: zText().nullable(),
  required: z.boolean(),
  originals: z.number().int().nonnegative(),
  copies: z.number().int().nonnegative(),
  acceptedTypes: z.array(ZAcceptedFileKind),
  /** The procedure lets the applicant bring this component's original to the one-stop desk instead of uploading it */
  paperOriginalAllowed: z.boolean(),
  /** The applicant chose to bring the original to the one-stop desk (*Bản gốc nộp tại quầy*) */
  bringOriginal: z.boolean(),
  template: ZFileRef.nullable(),
  files: z.array(ZDossierFile),
});
export type TDossierComponent = z.infer<typeof ZDossierComponent>;

// ───────────── What the citizen may do ─────────────

/**
 * Buttons the citizen sees (*Thao tác*): view (*Xem*), edit (*Sửa*), delete (*Xóa*), submit
 * (*Gửi*), history (*Quá trình XL*), receipt (giấy tiếp nhận), supplement (*Bổ sung hồ sơ*),
 * view-result (*Xem kết quả*), rate (đánh giá).
 */
export const CITIZEN_DOSSIER_ACTIONS = [
  'view',
  'edit',
  'delete',
  'submit',
  'history',
  'receipt',
  'supplement',
  'view-result',
  'rate',
] as const;
export const ZCitizenDossierAction = z.enum(CITIZEN_DOSSIER_ACTIONS);
export type TCitizenDossierAction = z.infer<typeof ZCitizenDossierAction>;

export type TCitizenActionContext = {
  status: TDossierStatus;
  code: string | null;
  rated: boolean;
  guest: boolean;
};

/** The one rule for the citizen's buttons; the API sends it as `allowedActions`. */
export const citizenActionsOf = ({ status, code, rated, guest }: TCitizenActionContext): TCitizenDossierAction[] => {
  const allowed: Record<TCitizenDossierAction, boolean> = {
    view: true,
    edit: canEdit(status) && !(guest && status !== 'unsent'),
    delete: canDelete(status),
    submit: status === 'unsent',
    history: status !== 'unsent',
    receipt: code !== null,
    // A guest has no account to come back to: a supplement means a new dossier.
    supplement: status === 'supplement-requested' && !guest,
    'view-result': status === 'result',
    rate: status === 'result' && !rated && !guest,
  };
  return CITIZEN_DOSSIER_ACTIONS.filter((action) => allowed[action]);
};

// ───────────── Requests ─────────────

/** Form data as the client sends it; checked against the dossier's form version by the API. */
export const ZFormDataInput = z.record(zText(), z.unknown());

/**
 * Ids of the components whose original the applicant brings to the one-stop desk instead of
 * uploading (each must allow it); replaces the stored choice as a whole.
 */
export const ZBringOriginals = z.array(ZUuid).max(100).transform((ids) => [...new Set(ids)]);

/** `POST /dossiers` */
export const ZDossierCreate = z.object({
  procedureId: ZUuid,
  /** A handling agency of the procedure; else the procedure's default (its managing agency). */
  agencyId: ZUuid.optional(),
  /** Defaults to the signed-in citizen's profile. Draft rules. */
  applicant: ZApplicantDraft.optional(),
  /** Draft rules of the procedure's current form version. */
  formData: ZFormDataInput.optional(),
  /** Components brought on paper to the one-stop desk instead of uploaded */
  bringOriginals: ZBringOriginals.optional(),
}).meta({ id: 'DossierCreate' });
export type TDossierCreate = z.input<typeof ZDossierCreate>;

/** `PATCH /dossiers/:id` (Lưu lại, autosave) */
export const ZDossierUpdate = z.object({
  /** The version the client last read; a stale one answers 409 VERSION_CONFLICT. */
  version: z.number().int().positive(),
  applicant: ZApplicantDraft.optional(),
  formData: ZFormDataInput.optional(),
  /** Components brought on paper to the one-stop desk instead of uploaded; replaces the stored choice */
  bringOriginals: ZBringOriginals.optional(),
}).meta({ id: 'DossierUpdate' });
export type TDossierUpdate = z.input<typeof ZDossierUpdate>;

/** `POST /dossiers/:id/submit`; `version` optional (given: stale → 409 VERSION_CONFLICT). */
export const ZSubmitRequest = z.object({ version: z.number().int().positive().optional() }).meta({ id: 'SubmitRequest' });

/** `POST /dossiers/:id/supplement` (*Gửi bổ sung*): an optional note to the agency. */
export const ZSupplementRequest = z.object({
  note: zText().trim().max(2000, DOSSIER_MESSAGES.noteTooLong).optional(),
  version: z.number().int().positive().optional(),
}).meta({ id: 'SupplementRequest' });
export type TSupplementRequest = z.input<typeof ZSupplementRequest>;

/** `POST /dossiers/:id/rating`: once, only in `result`. */
export const ZRatingRequest = z.object({
  score: z.number({ error: DOSSIER_MESSAGES.score }).int(DOSSIER_MESSAGES.score).min(1, DOSSIER_MESSAGES.score).max(5, DOSSIER_MESSAGES.score),
  comment: zText().trim().max(1000, DOSSIER_MESSAGES.commentTooLong).optional(),
}).meta({ id: 'RatingRequest' });
export type TRatingRequest = z.input<typeof ZRatingRequest>;

export const ZRating = z.object({
  score: z.number().int().min(1).max(5),
  comment: zText().nullable(),
  createdAt: z.iso.datetime(),
}).meta({ id: 'Rating' });
export type TRating = z.infer<typeof ZRating>;

export const ZDossierIdParams = z.object({ id: zPathId('DOSSIER_NOT_FOUND') });
export const ZDossierFileParams = z.object({ id: zPathId('DOSSIER_NOT_FOUND'), fileId: zPathId('DOSSIER_FILE_NOT_FOUND') });

// ───────────── Responses ─────────────

export const ZNamedRef = z.object({ id: ZId, name: zText() });
export const ZDossierAgencyRef = z.object({ id: ZId, name: zText(), unitCode: zText() });
export const ZDossierProcedureRef = z.object({
  id: ZId,
  code: zText(),
  name: zText(),
  serviceLevel: ZServiceLevel,
  processingDays: z.number().int().nonnegative(),
});

/** `GET /dossiers/:id`: everything the citizen's dossier page shows. */
export const ZDossier = z.object({
  id: ZId,
  /** Given when sent (`{unitCode}-{YYMMDD}-{NNNN}`), null before */
  code: zText().nullable(),
  status: ZDossierStatus,
  /** Optimistic concurrency: send it back with PATCH */
  version: z.number().int().positive(),
  procedure: ZDossierProcedureRef,
  /** Handling agency */
  agency: ZDossierAgencyRef,
  /** Draft until sent: missing fields are absent */
  applicant: ZApplicantDraft,
  formData: z.record(zText(), z.unknown()),
  /** The form version this dossier was created with (it keeps it when the procedure's form changes) */
  form: z.object({ version: z.number().int().positive(), definition: ZFormDefinition }),
  components: z.array(ZDossierComponent),
  /** Every file: attachments (also listed under their component) and results */
  files: z.array(ZDossierFile),
  /** Sum of the attachments' sizes, against MAX_DOSSIER_BYTES */
  attachmentBytes: z.number().int().nonnegative(),
  /** The agency's request text (*Nội dung yêu cầu bổ sung*) while/after supplement-requested */
  supplementRequest: zText().nullable(),
  /** Why it was returned (bị trả lại) */
  returnReason: zText().nullable(),
  submittedAt: z.iso.datetime().nullable(),
  receivedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  finishedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  /** Submitted without an account */
  guest: z.boolean(),
  /** Guest dossier submitted, waiting for the e-mailed confirmation link */
  awaitingConfirmation: z.boolean(),
  allowedActions: z.array(ZCitizenDossierAction),
  rating: ZRating.nullable(),
}).meta({ id: 'Dossier' });
export type TDossier = z.infer<typeof ZDossier>;

/** A row of the citizen's list (*Xem danh sách hồ sơ*). */
export const ZDossierSummaryItem = z.object({
  id: ZId,
  code: zText().nullable(),
  status: ZDossierStatus,
  version: z.number().int().positive(),
  procedure: z.object({ id: ZId, code: zText(), name: zText() }),
  agency: ZNamedRef,
  applicantName: zText(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  allowedActions: z.array(ZCitizenDossierAction),
});
export type TDossierSummaryItem = z.infer<typeof ZDossierSummaryItem>;

/**
 * List orders: updated (last change first, the default), created (newest first), code
 * (A→Z, unsent ones last), due (soonest first, none last).
 */
export const DOSSIER_SORTS = ['updated', 'created', 'code', 'due'] as const;
export const ZDossierSort = z.enum(DOSSIER_SORTS);
export type TDossierSort = z.infer<typeof ZDossierSort>;

/** `GET /dossiers?status=&q=&sort=&limit=&cursor=` */
export const ZDossierListQuery = z.object({
  status: ZDossierStatus.optional(),
  /** Code or procedure name, with or without diacritics */
  q: zText().trim().max(200).optional(),
  sort: ZDossierSort.default('updated'),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Opaque: `nextCursor` of the previous page */
  cursor: ZCursorParam.optional(),
});
export type TDossierListQuery = z.input<typeof ZDossierListQuery>;

export const ZDossierPage = z.object({
  items: z.array(ZDossierSummaryItem),
  nextCursor: zText().nullable(),
  /** Dossiers matching status and q (all pages) */
  total: z.number().int().nonnegative(),
}).meta({ id: 'DossierPage' });
export type TDossierPage = z.infer<typeof ZDossierPage>;

/** One count per status: the six cards of *Hồ sơ cá nhân*. */
export const ZDossierCounts = z.object(
  Object.fromEntries(ZDossierStatus.options.map((s) => [s, z.number().int().nonnegative()])) as Record<
    TDossierStatus,
    z.ZodNumber
  >,
);
export type TDossierCounts = z.infer<typeof ZDossierCounts>;

/** `GET /dossiers/summary` */
export const ZDossierSummary = z.object({ counts: ZDossierCounts, total: z.number().int().nonnegative() }).meta({ id: 'DossierSummary' });
export type TDossierSummary = z.infer<typeof ZDossierSummary>;

const ZHistoryParty = z.object({
  name: zText().nullable(),
  role: ZActorRole.nullable(),
  /** Unit (agency / department) at the time */
  unit: zText().nullable(),
});

/** A processing-history row (*Quá trình xử lý*): time, sender, action, receiver, note. */
export const ZHistoryRow = z.object({
  id: zText(),
  at: z.iso.datetime(),
  actor: ZHistoryParty,
  action: z.object({ code: ZDossierAction, label: z.object({ vi: zText(), en: zText() }) }),
  fromStatus: ZDossierStatus.nullable(),
  toStatus: ZDossierStatus.nullable(),
  receiver: ZHistoryParty.nullable(),
  note: zText().nullable(),
  attachments: z.array(ZFileRef),
});
export type THistoryRow = z.infer<typeof ZHistoryRow>;

/** `GET /dossiers/:id/history`, oldest first */
export const ZHistoryList = z.object({ items: z.array(ZHistoryRow) }).meta({ id: 'HistoryList' });

/** `POST /dossiers/:id/submit` and `/supplement` */
export const ZSubmitResult = z.object({
  id: ZId,
  status: ZDossierStatus,
  code: zText().nullable(),
  version: z.number().int().positive(),
  submittedAt: z.iso.datetime().nullable(),
  /** Guest: the confirmation e-mail went out; the dossier is sent once the link is followed */
  awaitingConfirmation: z.boolean(),
  /** Guest: the address the confirmation went to */
  confirmationEmail: zText().nullable(),
}).meta({ id: 'SubmitResult' });
export type TSubmitResult = z.infer<typeof ZSubmitResult>;

// ───────────── Guests ─────────────

/** `POST /guest-dossiers`: the dossier form plus the guest's e-mail and the captcha. */
export const ZGuestDossierCreate = ZDossierCreate.extend({
  /** Where every piece of news about the dossier goes */
  email: ZEmail,
  /** ALTCHA payload, as for registration (GET /auth/captcha) */
  captcha: ZCaptchaPayload,
  /** Language of the e-mails */
  locale: z.enum(['vi', 'en']).optional(),
}).meta({ id: 'GuestDossierCreate' });
export type TGuestDossierCreate = z.input<typeof ZGuestDossierCreate>;

export const ZGuestDossierCreated = z.object({
  dossier: ZDossier,
  /** Secret shown once; send it as `X-Guest-Token` on /dossiers/:id routes */
  guestToken: zText(),
}).meta({ id: 'GuestDossierCreated' });
export type TGuestDossierCreated = z.infer<typeof ZGuestDossierCreated>;

/** `POST /guest-dossiers/confirm` `{ token }` from the e-mailed link */
export const ZGuestConfirmRequest = z.object({ token: ZEmailToken }).meta({ id: 'GuestConfirmRequest' });
export const ZGuestConfirmResult = z.object({
  id: ZId,
  code: zText(),
  status: ZDossierStatus,
  procedureName: zText(),
  /** `/tra-cuu?code=...` on the portal */
  trackingUrl: zText(),
}).meta({ id: 'GuestConfirmResult' });
export type TGuestConfirmResult = z.infer<typeof ZGuestConfirmResult>;

// ───────────── Submit validation (shared by SPA and API) ─────────────

export type TSubmitCheckInput = {
  applicant: unknown;
  formData: unknown;
  definition: TFormDefinition;
  components: ReadonlyArray<{ id: string; required: boolean; paperOriginalAllowed?: boolean }>;
  /** componentId of every attachment */
  attachedComponentIds: Iterable<string | null>;
  /** Components the applicant brings on paper to the one-stop desk (counted only where allowed) */
  bringOriginalComponentIds?: Iterable<string>;
};

/**
 * The components of `bringOriginals` that may not be brought on paper (unknown to the
 * procedure, or not allowing it), keyed `components.<componentId>`. Empty when the choice is valid.
 */
export const bringOriginalErrors = (
  components: ReadonlyArray<{ id: string; paperOriginalAllowed: boolean }>,
  bringOriginals: Iterable<string>,
): Record<string, string> => {
  const allowed = new Set(components.filter((component) => component.paperOriginalAllowed).map((component) => component.id));
  const errors: Record<string, string> = {};
  for (const id of bringOriginals) if (!allowed.has(id)) errors[`components.${id}`] = DOSSIER_MESSAGES.paperOriginalNotAllowed;
  return errors;
};

/** A required component is complete with a file, or with the original brought to the desk where the procedure allows it. */
export const componentSatisfied = (
  component: { id: string; paperOriginalAllowed?: boolean },
  attached: ReadonlySet<string | null>,
  bringing: ReadonlySet<string>,
): boolean => attached.has(component.id) || (component.paperOriginalAllowed === true && bringing.has(component.id));

/**
 * Everything missing or invalid for sending, at once: `applicant.<field>`,
 * `formData.<path>`, `components.<componentId>`. Empty when the dossier can be sent.
 */
export const dossierSubmitErrors = (input: TSubmitCheckInput, options: TFormDataSchemaOptions = {}): Record<string, string> => {
  const errors: Record<string, string> = { ...applicantErrors(input.applicant) };
  for (const [path, message] of Object.entries(formDataErrors(input.definition, input.formData ?? {}, 'submit', options))) {
    errors[path === '' ? 'formData' : `formData.${path}`] = message;
  }
  const attached = new Set(input.attachedComponentIds);
  const bringing = new Set(input.bringOriginalComponentIds ?? []);
  for (const component of input.components) {
    if (component.required && !componentSatisfied(component, attached, bringing)) errors[`components.${component.id}`] = DOSSIER_MESSAGES.componentRequired;
  }
  return errors;
};
