import { z } from 'zod';
import { ZEmailToken, ZNewPassword, issueCode } from './accounts.ts';
import { ZPageQuery, zPage } from './catalogue.ts';
import { ZEmail, ZUsername, zText, ZUuid, zPathId } from './common.ts';
import { STAFF_ROLES, type TStaffRole } from './lifecycle.ts';
import { ZLocalDate, isValidLocalDate, weekdayOf, type TLocalDate } from './vietnam-time.ts';

/**
 * Administration of staff accounts, the working-day calendar, e-mail templates and the
 * audit log: requests and responses shared by the API and the SPA's admin pages, and
 * the few rules both sides apply (who may grant which role, what a calendar year may
 * hold, which placeholders a template may use).
 */

// ───────────── Who administers ─────────────

export const ADMIN_ROLES = ['agency_admin', 'system_admin'] as const satisfies readonly TStaffRole[];
export type TAdminRole = (typeof ADMIN_ROLES)[number];

export const isAdministrator = (roles: readonly string[]): boolean => roles.some((role) => (ADMIN_ROLES as readonly string[]).includes(role));
export const isSystemAdministrator = (roles: readonly string[]): boolean => roles.includes('system_admin');

/** An agency administrator grants every staff role but system_admin; a system administrator grants all. */
export const grantableRoles = (actorRoles: readonly string[]): TStaffRole[] =>
  isSystemAdministrator(actorRoles) ? [...STAFF_ROLES] : isAdministrator(actorRoles) ? STAFF_ROLES.filter((role) => role !== 'system_admin') : [];

// ───────────── Staff accounts ─────────────

export const ADMIN_MESSAGES = {
  fullNameRequired: 'Vui lòng nhập họ và tên',
  fullNameTooLong: 'Họ và tên không được dài quá 100 ký tự',
  positionRequired: 'Vui lòng nhập chức vụ',
  positionTooLong: 'Chức vụ không được dài quá 100 ký tự',
  agencyRequired: 'Vui lòng chọn đơn vị',
  agencyUnknown: 'Đơn vị không tồn tại',
  rolesRequired: 'Chọn ít nhất một vai trò',
  nothingToChange: 'Không có thay đổi nào',
  dayNameRequired: 'Vui lòng nhập tên ngày nghỉ / ngày làm bù',
  dayNameTooLong: 'Tên ngày không được dài quá 200 ký tự',
  dateOutsideYear: 'Ngày không thuộc năm đang sửa',
  dateDuplicate: 'Ngày này đã có trong lịch',
  makeupNotWeekend: 'Ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
  subjectRequired: 'Vui lòng nhập tiêu đề thư',
  subjectTooLong: 'Tiêu đề thư không được dài quá 200 ký tự',
  textRequired: 'Vui lòng nhập nội dung thư',
  textTooLong: 'Nội dung thư quá dài',
  htmlUnsafe: 'Nội dung HTML không được chứa mã chạy (script, on…=, javascript:)',
  placeholderMalformed: 'Biến phải có dạng {{tenBien}}',
  placeholderUnknown: 'Biến không dùng được trong mẫu thư này',
} as const;

export const ADMIN_MESSAGES_EN: Readonly<Record<string, string>> = {
  [ADMIN_MESSAGES.fullNameRequired]: 'Enter the full name',
  [ADMIN_MESSAGES.fullNameTooLong]: 'The full name must not be longer than 100 characters',
  [ADMIN_MESSAGES.positionRequired]: 'Enter the position',
  [ADMIN_MESSAGES.positionTooLong]: 'The position must not be longer than 100 characters',
  [ADMIN_MESSAGES.agencyRequired]: 'Choose the agency',
  [ADMIN_MESSAGES.agencyUnknown]: 'The agency does not exist',
  [ADMIN_MESSAGES.rolesRequired]: 'Choose at least one role',
  [ADMIN_MESSAGES.nothingToChange]: 'Nothing to change',
  [ADMIN_MESSAGES.dayNameRequired]: 'Enter the name of the day',
  [ADMIN_MESSAGES.dayNameTooLong]: 'The name must not be longer than 200 characters',
  [ADMIN_MESSAGES.dateOutsideYear]: 'The date is not in the year being edited',
  [ADMIN_MESSAGES.dateDuplicate]: 'This date is already in the calendar',
  [ADMIN_MESSAGES.makeupNotWeekend]: 'A makeup working day must be a Saturday or a Sunday',
  [ADMIN_MESSAGES.subjectRequired]: 'Enter the subject',
  [ADMIN_MESSAGES.subjectTooLong]: 'The subject must not be longer than 200 characters',
  [ADMIN_MESSAGES.textRequired]: 'Enter the message text',
  [ADMIN_MESSAGES.textTooLong]: 'The message text is too long',
  [ADMIN_MESSAGES.htmlUnsafe]: 'The HTML must not contain executable code (script, on…=, javascript:)',
  [ADMIN_MESSAGES.placeholderMalformed]: 'Placeholders look like {{name}}',
  [ADMIN_MESSAGES.placeholderUnknown]: 'This placeholder cannot be used in this template',
};

export const STAFF_STATUSES = ['pending_activation', 'active', 'disabled'] as const;
export const ZStaffStatus = z.enum(STAFF_STATUSES);
export type TStaffStatus = z.infer<typeof ZStaffStatus>;
export const STAFF_STATUS_LABELS = {
  pending_activation: { vi: 'Chờ nhận lời mời', en: 'Invitation pending' },
  active: { vi: 'Đang hoạt động', en: 'Active' },
  disabled: { vi: 'Đã vô hiệu hóa', en: 'Disabled' },
} as const satisfies Record<TStaffStatus, { vi: string; en: string }>;

export const ZStaffRole = z.enum(STAFF_ROLES);
/** One or more roles, each once, in the canonical order. */
export const ZStaffRoles = z
  .array(ZStaffRole, { error: ADMIN_MESSAGES.rolesRequired })
  .min(1, ADMIN_MESSAGES.rolesRequired)
  .max(STAFF_ROLES.length)
  .transform((roles) => STAFF_ROLES.filter((role) => roles.includes(role)));

const ZStaffFullName = zText({ error: ADMIN_MESSAGES.fullNameRequired })
  .trim()
  .min(1, ADMIN_MESSAGES.fullNameRequired)
  .max(100, ADMIN_MESSAGES.fullNameTooLong);
const ZStaffPosition = zText({ error: ADMIN_MESSAGES.positionRequired })
  .trim()
  .min(1, ADMIN_MESSAGES.positionRequired)
  .max(100, ADMIN_MESSAGES.positionTooLong);
const ZAgencyChoice = z.uuid({ error: ADMIN_MESSAGES.agencyRequired });

/** The administrator names the account; the invitee only chooses a password. */
export const ZStaffInvite = z.object({
  username: ZUsername,
  email: ZEmail,
  fullName: ZStaffFullName,
  position: ZStaffPosition,
  agencyId: ZAgencyChoice,
  roles: ZStaffRoles,
  /** Language of the invitation and later e-mails */
  locale: z.enum(['vi', 'en']).default('vi'),
}).meta({ id: 'StaffInvite' });
export type TStaffInvite = z.output<typeof ZStaffInvite>;
export type TStaffInviteInput = z.input<typeof ZStaffInvite>;

export const ZStaffUpdate = z
  .object({
    fullName: ZStaffFullName.optional(),
    position: ZStaffPosition.optional(),
    agencyId: ZAgencyChoice.optional(),
    roles: ZStaffRoles.optional(),
  })
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: ADMIN_MESSAGES.nothingToChange }).meta({ id: 'StaffUpdate' });
export type TStaffUpdate = z.output<typeof ZStaffUpdate>;

export const ZStaffMember = z.object({
  id: zText(),
  username: zText(),
  email: zText(),
  fullName: zText().nullable(),
  position: zText().nullable(),
  roles: z.array(ZStaffRole),
  agency: z.object({ id: zText(), name: zText() }).nullable(),
  status: ZStaffStatus,
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  /** The latest unused invitation of a pending account */
  invitation: z.object({ sentAt: z.iso.datetime(), expiresAt: z.iso.datetime(), expired: z.boolean() }).nullable(),
}).meta({ id: 'StaffMember' });
export type TStaffMember = z.infer<typeof ZStaffMember>;

export const ZStaffListQuery = ZPageQuery.extend({
  agencyId: ZUuid.optional(),
  /** Matches username, full name or e-mail, ignoring case */
  q: zText().trim().max(100).optional(),
  status: ZStaffStatus.optional(),
  role: ZStaffRole.optional(),
});
export type TStaffListQuery = z.input<typeof ZStaffListQuery>;
export const ZStaffPage = zPage(ZStaffMember).meta({ id: 'StaffPage' });
export type TStaffPage = z.infer<typeof ZStaffPage>;

export const ZStaffIdParams = z.object({ id: zPathId('STAFF_NOT_FOUND') });

/** POST /api/v1/staff/invitations/accept: the password follows the same rules as every account's. */
export const ZInvitationAccept = z.object({ token: ZEmailToken, password: ZNewPassword }).meta({ id: 'InvitationAccept' });
export type TInvitationAccept = z.infer<typeof ZInvitationAccept>;
export const ZInvitationAccepted = z.object({ username: zText() }).meta({ id: 'InvitationAccepted' });

/** How long an invitation link works. */
export const STAFF_INVITATION_TTL_HOURS = 72;

// ───────────── Working-day calendar ─────────────

export const CALENDAR_DAY_KINDS = ['holiday', 'makeup_workday'] as const;
export const ZCalendarDayKind = z.enum(CALENDAR_DAY_KINDS);
export type TCalendarDayKind = z.infer<typeof ZCalendarDayKind>;
export const CALENDAR_DAY_KIND_LABELS = {
  holiday: { vi: 'Ngày nghỉ lễ, Tết', en: 'Public holiday' },
  makeup_workday: { vi: 'Ngày làm bù', en: 'Makeup working day' },
} as const satisfies Record<TCalendarDayKind, { vi: string; en: string }>;

export const ZCalendarDay = z.object({
  date: ZLocalDate,
  kind: ZCalendarDayKind,
  name: zText({ error: ADMIN_MESSAGES.dayNameRequired }).trim().min(1, ADMIN_MESSAGES.dayNameRequired).max(200, ADMIN_MESSAGES.dayNameTooLong),
});
export type TCalendarDay = z.infer<typeof ZCalendarDay>;

export const CALENDAR_MIN_YEAR = 2000;
export const CALENDAR_MAX_YEAR = 2100;
export const ZCalendarYearParams = z.object({ year: z.coerce.number().int().min(CALENDAR_MIN_YEAR).max(CALENDAR_MAX_YEAR) });

export const ZCalendarYear = z.object({ year: z.number().int(), days: z.array(ZCalendarDay) }).meta({ id: 'CalendarYear' });
export type TCalendarYear = z.infer<typeof ZCalendarYear>;

const isWeekend = (date: TLocalDate) => {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
};

/**
 * What is wrong with a year's list, field path → message: a date of another year, a date
 * listed twice, a makeup working day that is not a Saturday or Sunday.
 */
export function calendarYearProblems(year: number | null, days: readonly { date: string; kind: TCalendarDayKind }[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  days.forEach((day, index) => {
    const path = `days.${index}.date`;
    if (!isValidLocalDate(day.date)) return;
    if (year !== null && Number(day.date.slice(0, 4)) !== year) problems[path] = ADMIN_MESSAGES.dateOutsideYear;
    else if (seen.has(day.date)) problems[path] = ADMIN_MESSAGES.dateDuplicate;
    else if (day.kind === 'makeup_workday' && !isWeekend(day.date)) problems[path] = ADMIN_MESSAGES.makeupNotWeekend;
    seen.add(day.date);
  });
  return problems;
}

/** PUT body: the whole year's list (add, remove and rename in one save). Dates of other years are refused by the API. */
export const ZCalendarYearUpdate = z
  .object({ days: z.array(ZCalendarDay).max(366) })
  .superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(calendarYearProblems(null, value.days))) {
      const code = message === ADMIN_MESSAGES.dateDuplicate ? 'CALENDAR_DUPLICATE_DATE' : 'VALIDATION_FAILED';
      ctx.addIssue({ code: 'custom', path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message, params: issueCode(code) });
    }
  }).meta({ id: 'CalendarYearUpdate' });
export type TCalendarYearUpdate = z.infer<typeof ZCalendarYearUpdate>;

/** The SPA's year form: the year is known, so dates of other years are refused before saving. */
export const zCalendarYearForm = (year: number) =>
  z.object({ days: z.array(ZCalendarDay).max(366) }).superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(calendarYearProblems(year, value.days))) {
      ctx.addIssue({ code: 'custom', path: path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)), message });
    }
  });

/** Solar-calendar holidays (Labour Code 2019, art. 112) that fall on the same date every year, 'MM-DD'. */
export const FIXED_SOLAR_HOLIDAYS = ['01-01', '04-30', '05-01', '09-02'] as const;

/**
 * "Copy last year's fixed holidays": the previous year's holidays on a fixed solar date,
 * moved to `year`, that the target list does not hold yet. Lunar holidays (Tết, Giỗ Tổ)
 * and makeup days change every year and are entered by hand.
 */
export function copyFixedHolidays(previous: readonly TCalendarDay[], year: number, current: readonly TCalendarDay[] = []): TCalendarDay[] {
  const taken = new Set(current.map((day) => day.date));
  return previous
    .filter((day) => day.kind === 'holiday' && (FIXED_SOLAR_HOLIDAYS as readonly string[]).includes(day.date.slice(5)))
    .map((day) => ({ ...day, date: `${year}-${day.date.slice(5)}` }))
    .filter((day) => !taken.has(day.date));
}

// ───────────── E-mail templates ─────────────

export const MAIL_TEMPLATE_LOCALES = ['vi', 'en'] as const;
export const ZMailTemplateLocale = z.enum(MAIL_TEMPLATE_LOCALES);
export type TMailTemplateLocale = z.infer<typeof ZMailTemplateLocale>;

/** {{name}} with optional spaces inside the braces. */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/** The placeholder names a text uses, each once, in order of appearance. */
export const placeholdersIn = (text: string): string[] => [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))];

/** True when braces remain once every well-formed placeholder is removed (e.g. "{{ten bien}}", "{{code"). */
export const hasMalformedPlaceholder = (text: string): boolean => /\{\{|\}\}/.test(text.replace(PLACEHOLDER, ''));

/** Replaces each {{name}} with its value (escaped by `escape`, e.g. for HTML); unknown names stay as typed. */
export const fillPlaceholders = (text: string, values: Readonly<Record<string, string>>, escape: (value: string) => string = (value) => value): string =>
  text.replace(PLACEHOLDER, (whole, name: string) => (Object.hasOwn(values, name) ? escape(values[name]!) : whole));

const UNSAFE_HTML = /<\s*(script|iframe|object|embed|style|link|meta|base|form)\b|\son[a-z]+\s*=|javascript:/i;

const mailOverrideShape = {
  subject: zText({ error: ADMIN_MESSAGES.subjectRequired }).trim().min(1, ADMIN_MESSAGES.subjectRequired).max(200, ADMIN_MESSAGES.subjectTooLong),
  /** Plain text; a blank line starts a new paragraph */
  text: zText({ error: ADMIN_MESSAGES.textRequired }).trim().min(1, ADMIN_MESSAGES.textRequired).max(20_000, ADMIN_MESSAGES.textTooLong),
  /** Optional HTML body (inside the portal's frame); without it the HTML is made from the text */
  html: zText()
    .trim()
    .max(50_000, ADMIN_MESSAGES.textTooLong)
    .refine((html) => !UNSAFE_HTML.test(html), ADMIN_MESSAGES.htmlUnsafe)
    .nullish()
    .transform((html) => (html ? html : null)),
};

/** An override as typed (the API checks placeholders against the template's list). */
export const ZMailTemplateOverrideInput = z.object(mailOverrideShape).meta({ id: 'MailTemplateOverride' });
export type TMailTemplateOverrideInput = z.input<typeof ZMailTemplateOverrideInput>;
export type TMailTemplateOverride = z.output<typeof ZMailTemplateOverrideInput>;

/** Field → message for malformed placeholders and names outside `allowed`. */
export function mailPlaceholderProblems(input: { subject: string; text: string; html?: string | null | undefined }, allowed: readonly string[]): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of ['subject', 'text', 'html'] as const) {
    const value = input[field];
    if (!value) continue;
    if (hasMalformedPlaceholder(value)) {
      problems[field] = ADMIN_MESSAGES.placeholderMalformed;
      continue;
    }
    const unknown = placeholdersIn(value).filter((name) => !allowed.includes(name));
    if (unknown.length > 0) problems[field] = `${ADMIN_MESSAGES.placeholderUnknown}: ${unknown.map((name) => `{{${name}}}`).join(', ')}`;
  }
  return problems;
}

/** The editor's schema for one template: the same checks the API makes, live. */
export const zMailTemplateOverrideForm = (allowed: readonly string[]) =>
  ZMailTemplateOverrideInput.superRefine((value, ctx) => {
    for (const [path, message] of Object.entries(mailPlaceholderProblems(value, allowed))) ctx.addIssue({ code: 'custom', path: [path], message });
  });

export const ZMailPlaceholder = z.object({ name: zText(), description: zText(), sample: zText() });
export type TMailPlaceholder = z.infer<typeof ZMailPlaceholder>;

export const ZMailTemplateKeyParams = z.object({ key: zText().min(1).max(60), locale: ZMailTemplateLocale });

export const ZMailTemplateSummary = z.object({
  key: zText(),
  label: zText(),
  description: zText(),
  /** Locales with an administrator's version */
  overridden: z.array(ZMailTemplateLocale),
});
export const ZMailTemplateList = z.object({ items: z.array(ZMailTemplateSummary) }).meta({ id: 'MailTemplateList' });
export type TMailTemplateSummary = z.infer<typeof ZMailTemplateSummary>;

export const ZMailContent = z.object({ subject: zText(), text: zText(), html: zText().nullable() });

export const ZMailTemplateDetail = z.object({
  key: zText(),
  locale: ZMailTemplateLocale,
  label: zText(),
  description: zText(),
  placeholders: z.array(ZMailPlaceholder),
  /** The built-in wording, with placeholders: the starting point of a new version */
  default: ZMailContent,
  override: ZMailContent.extend({ updatedAt: z.iso.datetime() }).nullable(),
}).meta({ id: 'MailTemplateDetail' });
export type TMailTemplateDetail = z.infer<typeof ZMailTemplateDetail>;

/** A rendered message (with the templates' sample data). */
export const ZMailPreview = z.object({ subject: zText(), text: zText(), html: zText() }).meta({ id: 'MailPreview' });
export type TMailPreview = z.infer<typeof ZMailPreview>;

// ───────────── Audit log ─────────────

export const ZAuditEventQuery = ZPageQuery.extend({
  /** Username (actor name) of who acted, exact, ignoring case */
  actor: zText().trim().max(100).optional(),
  /** An action or an action prefix: `staff.` lists every staff-account change */
  action: zText().trim().max(100).optional(),
  entityType: zText().trim().max(60).optional(),
  entityId: zText().trim().max(100).optional(),
  /** Vietnam local dates, inclusive */
  from: ZLocalDate.optional(),
  to: ZLocalDate.optional(),
  agencyId: ZUuid.optional(),
});
export type TAuditEventQuery = z.input<typeof ZAuditEventQuery>;

export const ZAuditEvent = z.object({
  id: zText(),
  at: z.iso.datetime(),
  actorId: zText().nullable(),
  actorName: zText().nullable(),
  action: zText(),
  entityType: zText().nullable(),
  entityId: zText().nullable(),
  agencyId: zText().nullable(),
  ip: zText().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  metadata: z.unknown().nullable(),
});
export type TAuditEvent = z.infer<typeof ZAuditEvent>;
export const ZAuditEventPage = zPage(ZAuditEvent).meta({ id: 'AuditEventPage' });
export type TAuditEventPage = z.infer<typeof ZAuditEventPage>;

export type TAuditChange = { path: string; kind: 'added' | 'removed' | 'changed'; before?: unknown; after?: unknown };

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Before/after as a list of changed paths ("roles", "days.3.name"): objects are compared
 * key by key, anything else (arrays included, unless both hold objects) as a whole.
 */
export function auditDiff(before: unknown, after: unknown, path = ''): TAuditChange[] {
  const at = (key: string | number) => (path ? `${path}.${key}` : String(key));
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    return keys.flatMap((key) => {
      if (!Object.hasOwn(after, key)) return [{ path: at(key), kind: 'removed' as const, before: before[key] }];
      if (!Object.hasOwn(before, key)) return [{ path: at(key), kind: 'added' as const, after: after[key] }];
      return auditDiff(before[key], after[key], at(key));
    });
  }
  if (Array.isArray(before) && Array.isArray(after) && [...before, ...after].every(isPlainObject)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, index) => {
      if (index >= after.length) return [{ path: at(index), kind: 'removed' as const, before: before[index] }];
      if (index >= before.length) return [{ path: at(index), kind: 'added' as const, after: after[index] }];
      return auditDiff(before[index], after[index], at(index));
    }).flat();
  }
  if (JSON.stringify(before) === JSON.stringify(after)) return [];
  if (before === undefined || before === null) return [{ path: path || '*', kind: 'added', after }];
  if (after === undefined || after === null) return [{ path: path || '*', kind: 'removed', before }];
  return [{ path: path || '*', kind: 'changed', before, after }];
}
