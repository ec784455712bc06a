// CONTRACT READY
import { z } from 'zod';
import { zCodedId, zText, ZUuid, zPathId, ZCursorParam } from './common.ts';
import { ZId } from './catalogue.ts';
import { ZDossier, ZDossierFile, ZHistoryRow } from './dossiers.ts';
import { ZActorRole, ZDossierAction, ZDossierStatus } from './lifecycle.ts';

/**
 * The staff workspace's dossier API (`/api/v1/staff/dossiers…`, `/api/v1/staff/colleagues`):
 * the inbox views and their counts, the list, the dossier as staff see it and the
 * processing actions. The API validates with these schemas and the SPA's forms use them.
 *
 * - `GET /staff/dossiers` `ZStaffDossierListQuery` → `ZStaffDossierPage` (keyset pages).
 * - `GET /staff/dossiers/summary` → `ZStaffInboxSummary` (one count per view).
 * - `GET /staff/dossiers/:id` → `ZStaffDossier`.
 * - `GET /staff/dossiers/:id/files/:fileId`: attachments and results; PDFs and images
 *   open in the browser (inline), other kinds download.
 * - `POST /staff/dossiers/:id/result-files` (multipart, one `file`) → 201 `ZDossierFile`;
 *   `DELETE /staff/dossiers/:id/result-files/:fileId` → 204. Only while `processing`, by a
 *   role that may `complete`.
 * - `POST /staff/dossiers/:id/actions` `ZStaffActionRequest` → `ZStaffDossier` (the new
 *   state). A stale `version` answers 409 DOSSIER_VERSION_CONFLICT with
 *   `details: { status, version }` of the dossier as it now is.
 * - `GET /staff/colleagues?role=` → `ZStaffColleagueList` (the forward picker).
 *
 * Staff see only their own agency's dossiers once sent: another agency's dossier answers
 * 403 DOSSIER_OTHER_AGENCY, an unsent or unknown one 404 DOSSIER_NOT_FOUND. Which action
 * is allowed to whom in which state comes from lifecycle.ts (409 DOSSIER_ACTION_NOT_ALLOWED
 * for the state, 403 DOSSIER_ROLE_NOT_ALLOWED for the role).
 */

export const STAFF_DOSSIER_MESSAGES = {
  noteTooLong: 'Nội dung không được dài quá 2000 ký tự',
  supplementNote: 'Vui lòng nhập đầy đủ nội dung yêu cầu bổ sung',
  returnReason: 'Vui lòng nhập lý do trả lại hồ sơ',
  toUser: 'Vui lòng chọn cán bộ nhận hồ sơ',
  newDueAt: 'Vui lòng chọn ngày hẹn trả mới',
  newDueAtPast: 'Ngày hẹn trả mới phải sau thời điểm hiện tại',
  apology: 'Vui lòng nhập nội dung thư xin lỗi',
  bookNumberTooLong: 'Số vào sổ không được dài quá 50 ký tự',
} as const;

/** English for the messages above (merge into the SPA's translation of domain messages). */
export const STAFF_DOSSIER_MESSAGES_EN: Readonly<Record<string, string>> = {
  [STAFF_DOSSIER_MESSAGES.noteTooLong]: 'The text must not be longer than 2000 characters',
  [STAFF_DOSSIER_MESSAGES.supplementNote]: 'Write the complete list of what the applicant must supplement',
  [STAFF_DOSSIER_MESSAGES.returnReason]: 'Write why the dossier is returned',
  [STAFF_DOSSIER_MESSAGES.toUser]: 'Choose the person who receives the dossier',
  [STAFF_DOSSIER_MESSAGES.newDueAt]: 'Choose the new due date',
  [STAFF_DOSSIER_MESSAGES.newDueAtPast]: 'The new due date must be in the future',
  [STAFF_DOSSIER_MESSAGES.apology]: 'Write the apology letter',
  [STAFF_DOSSIER_MESSAGES.bookNumberTooLong]: 'The book number must not be longer than 50 characters',
};

// ───────────── Inbox views ─────────────

/**
 * - new: `sent` (waiting to be received or answered within 8 working hours)
 * - processing: `processing`
 * - mine: assigned to me and not terminal (`result`, `returned`)
 * - supplement: `supplement-requested`
 * - due-soon: `processing`, due from now to the end of the DUE_SOON_WORKING_DAYS-th working
 *   day after today
 * - overdue: `processing`, due date passed
 * - done: `result` or `returned`
 */
export const STAFF_INBOX_VIEWS = ['new', 'processing', 'mine', 'supplement', 'due-soon', 'overdue', 'done'] as const;
export const ZStaffInboxView = z.enum(STAFF_INBOX_VIEWS);
export type TStaffInboxView = z.infer<typeof ZStaffInboxView>;

/** "Sắp đến hạn": due within this many working days. */
export const DUE_SOON_WORKING_DAYS = 2;

/**
 * due: due date (none last), then sending time; sent: sending time; updated: last change.
 * Default order: ascending for due and sent (the longest-waiting first), descending for updated.
 */
export const STAFF_LIST_SORTS = ['due', 'sent', 'updated'] as const;
export const ZStaffListSort = z.enum(STAFF_LIST_SORTS);
export type TStaffListSort = z.infer<typeof ZStaffListSort>;

export const SORT_ORDERS = ['asc', 'desc'] as const;
export const ZSortOrder = z.enum(SORT_ORDERS);
export type TSortOrder = z.infer<typeof ZSortOrder>;

export const defaultStaffSortOrder = (sort: TStaffListSort): TSortOrder => (sort === 'updated' ? 'desc' : 'asc');

/** A status staff can see: every one but `unsent`. */
export const ZStaffVisibleStatus = ZDossierStatus.exclude(['unsent']);

const ZQueryBoolean = z.union([z.boolean(), z.enum(['true', 'false', '1', '0'])]).transform((value) => value === true || value === 'true' || value === '1');

/**
 * `GET /staff/dossiers?view=&status=&overdue=&assignedTo=me&q=&procedureId=&fieldId=&sort=&order=&limit=&cursor=`.
 * Filters combine (AND). `q`: dossier code, applicant name (with or without diacritics) or CCCD.
 */
export const ZStaffDossierListQuery = z.object({
  view: ZStaffInboxView.optional(),
  status: ZStaffVisibleStatus.optional(),
  /** true: processing and past due; false: not overdue */
  overdue: ZQueryBoolean.optional(),
  assignedTo: z.literal('me').optional(),
  q: zText().trim().max(200).optional(),
  procedureId: ZUuid.optional(),
  fieldId: ZUuid.optional(),
  /** Only dossiers changed at or after this time (ISO 8601 with offset); with sort=updated, an incremental pull */
  updatedSince: z.iso.datetime({ offset: true }).optional(),
  sort: ZStaffListSort.default('due'),
  /** Default: defaultStaffSortOrder(sort) */
  order: ZSortOrder.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  /** Opaque: `nextCursor` of the previous page (only valid with the same sort and order) */
  cursor: ZCursorParam.optional(),
});
export type TStaffDossierListQuery = z.input<typeof ZStaffDossierListQuery>;
export type TStaffDossierListFilters = z.output<typeof ZStaffDossierListQuery>;

// ───────────── People ─────────────

/** A staff member as the forward picker and the assignee column show them. */
export const ZStaffColleague = z.object({
  id: ZId,
  name: zText(),
  /** The dossier role asked for (`?role=`), else the first of leader, specialist, clerk they hold */
  role: ZActorRole,
  roles: z.array(ZActorRole),
  /** Job title, e.g. "Chuyên viên phòng Quản lý xây dựng" */
  position: zText().nullable(),
  /** Agency name */
  unit: zText().nullable(),
});
export type TStaffColleague = z.infer<typeof ZStaffColleague>;

export const FORWARD_TARGET_ROLES = ['leader', 'specialist', 'clerk'] as const;
export const ZForwardTargetRole = z.enum(FORWARD_TARGET_ROLES);

/** `GET /staff/colleagues?role=leader|specialist|clerk`: active staff of my agency, me excluded. */
export const ZStaffColleagueQuery = z.object({ role: ZForwardTargetRole.optional() });
export const ZStaffColleagueList = z.object({ items: z.array(ZStaffColleague) }).meta({ id: 'StaffColleagueList' });
export type TStaffColleagueList = z.infer<typeof ZStaffColleagueList>;

const ZAssignee = z.object({ id: ZId, name: zText(), position: zText().nullable() });

// ───────────── List and counts ─────────────

export const ZStaffDossierListItem = z.object({
  id: ZId,
  code: zText(),
  status: ZStaffVisibleStatus,
  /** Send it back with an action */
  version: z.number().int().positive(),
  procedure: z.object({ id: ZId, code: zText(), name: zText() }),
  applicantName: zText(),
  /** CCCD */
  applicantIdNumber: zText().nullable(),
  submittedAt: z.iso.datetime(),
  /** Decree 45/2020: submittedAt + RECEIVE_DEADLINE_WORKING_HOURS working hours */
  receiveDeadlineAt: z.iso.datetime(),
  /** Still `sent` after the deadline, or received after it */
  receiveDeadlinePassed: z.boolean(),
  receivedAt: z.iso.datetime().nullable(),
  dueAt: z.iso.datetime().nullable(),
  /** processing and past due */
  overdue: z.boolean(),
  /** processing and due within DUE_SOON_WORKING_DAYS working days */
  dueSoon: z.boolean(),
  /** Waiting for the applicant's supplement (the due-date clock stands still) */
  paused: z.boolean(),
  assignee: ZAssignee.nullable(),
  updatedAt: z.iso.datetime(),
});
export type TStaffDossierListItem = z.infer<typeof ZStaffDossierListItem>;

export const ZStaffDossierPage = z.object({
  items: z.array(ZStaffDossierListItem),
  nextCursor: zText().nullable(),
  /** Dossiers matching the filters (all pages) */
  total: z.number().int().nonnegative(),
}).meta({ id: 'StaffDossierPage' });
export type TStaffDossierPage = z.infer<typeof ZStaffDossierPage>;

export const ZStaffInboxCounts = z.object(
  Object.fromEntries(STAFF_INBOX_VIEWS.map((view) => [view, z.number().int().nonnegative()])) as Record<TStaffInboxView, z.ZodNumber>,
);
export type TStaffInboxCounts = z.infer<typeof ZStaffInboxCounts>;

/** `GET /staff/dossiers/summary` */
export const ZStaffInboxSummary = z.object({ counts: ZStaffInboxCounts }).meta({ id: 'StaffInboxSummary' });
export type TStaffInboxSummary = z.infer<typeof ZStaffInboxSummary>;

// ───────────── The dossier ─────────────

export const ZDossierPause = z.object({ startedAt: z.iso.datetime(), endedAt: z.iso.datetime().nullable() });
export type TDossierPause = z.infer<typeof ZDossierPause>;

/**
 * `GET /staff/dossiers/:id`: what the citizen's API returns (applicant with CCCD, form data
 * with its form version, components with files, results) plus the processing facts.
 * `allowedActions`: the lifecycle actions this user may take now (buttons).
 */
export const ZStaffDossier = ZDossier.omit({ allowedActions: true, awaitingConfirmation: true, code: true, status: true }).extend({
  code: zText(),
  status: ZStaffVisibleStatus,
  allowedActions: z.array(ZDossierAction),
  /** Result documents (role `result`), also in `files` */
  resultFiles: z.array(ZDossierFile),
  submittedAt: z.iso.datetime(),
  receiveDeadlineAt: z.iso.datetime(),
  receiveDeadlinePassed: z.boolean(),
  /** Due date before any apology / extension */
  originalDueAt: z.iso.datetime().nullable(),
  apologyCount: z.number().int().nonnegative(),
  overdue: z.boolean(),
  paused: z.boolean(),
  pauses: z.array(ZDossierPause),
  assignee: ZAssignee.nullable(),
  /** Processing history, oldest first */
  history: z.array(ZHistoryRow),
}).meta({ id: 'StaffDossier' });
export type TStaffDossier = z.infer<typeof ZStaffDossier>;

// ───────────── Actions ─────────────

const ZVersion = z.number().int().positive();
const ZOptionalNote = zText().trim().max(2000, STAFF_DOSSIER_MESSAGES.noteTooLong).optional();
const requiredText = (message: string) =>
  zText({ error: message }).trim().min(1, message).max(2000, STAFF_DOSSIER_MESSAGES.noteTooLong);

/** Tiếp nhận hồ sơ: starts the clock (due date = procedure's processing days on the calendar). */
export const ZReceiveAction = z.object({ type: z.literal('receive'), version: ZVersion, note: ZOptionalNote });
/** Yêu cầu bổ sung: `note` is the one complete list of what is missing. */
export const ZRequestSupplementAction = z.object({
  type: z.literal('request-supplement'),
  version: ZVersion,
  note: requiredText(STAFF_DOSSIER_MESSAGES.supplementNote),
  /** Components the applicant must upload again or add */
  missingComponentIds: z.array(ZUuid).max(100).optional(),
});
/** Trả lại hồ sơ: the reason is shown to the applicant. */
export const ZReturnAction = z.object({ type: z.literal('return'), version: ZVersion, reason: requiredText(STAFF_DOSSIER_MESSAGES.returnReason) });
/** Chuyển xử lý: to an active leader, specialist or clerk of the same agency. */
export const ZForwardAction = z.object({
  type: z.literal('forward'),
  version: ZVersion,
  /** Not a UUID: FORWARD_TARGET_INVALID, like a user who cannot receive the dossier */
  toUserId: zCodedId('FORWARD_TARGET_INVALID', STAFF_DOSSIER_MESSAGES.toUser),
  note: ZOptionalNote,
});
/** Chuyển quản lý văn bản (history only). */
export const ZTransferRecordsAction = z.object({ type: z.literal('transfer-records'), version: ZVersion, note: ZOptionalNote });
/** Vào sổ văn bản (history only). */
export const ZRegisterAction = z.object({
  type: z.literal('register'),
  version: ZVersion,
  bookNumber: zText().trim().max(50, STAFF_DOSSIER_MESSAGES.bookNumberTooLong).optional(),
  note: ZOptionalNote,
});
/** Gia hạn / xin lỗi: only when overdue; a new due date and the apology sent to the applicant. */
export const ZApologizeAction = z.object({
  type: z.literal('apologize'),
  version: ZVersion,
  newDueAt: z.iso
    .datetime({ error: STAFF_DOSSIER_MESSAGES.newDueAt })
    .refine((value) => new Date(value).getTime() > Date.now(), STAFF_DOSSIER_MESSAGES.newDueAtPast),
  apology: requiredText(STAFF_DOSSIER_MESSAGES.apology),
});
/** Kết thúc xử lý: needs at least one result file. */
export const ZCompleteAction = z.object({ type: z.literal('complete'), version: ZVersion, note: ZOptionalNote });
/** Trả kết quả: records that the result was handed over. */
export const ZHandOverAction = z.object({ type: z.literal('hand-over'), version: ZVersion, note: ZOptionalNote });

/** `POST /staff/dossiers/:id/actions` */
export const ZStaffActionRequest = z.discriminatedUnion('type', [
  ZReceiveAction,
  ZRequestSupplementAction,
  ZReturnAction,
  ZForwardAction,
  ZTransferRecordsAction,
  ZRegisterAction,
  ZApologizeAction,
  ZCompleteAction,
  ZHandOverAction,
]).meta({ id: 'StaffActionRequest' });
export type TStaffActionRequest = z.input<typeof ZStaffActionRequest>;
export type TStaffAction = z.output<typeof ZStaffActionRequest>;
export type TStaffActionType = TStaffAction['type'];
export const STAFF_ACTION_TYPES = [
  'receive',
  'request-supplement',
  'return',
  'forward',
  'transfer-records',
  'register',
  'apologize',
  'complete',
  'hand-over',
] as const satisfies readonly TStaffActionType[];

export const ZStaffFileParams = z.object({ id: zPathId('DOSSIER_NOT_FOUND'), fileId: zPathId('DOSSIER_FILE_NOT_FOUND') });
