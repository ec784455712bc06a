import { z } from 'zod';
import { DomainError } from './errors.ts';

/**
 * The dossier lifecycle: the six categories a citizen sees on the dashboard. The table
 * below is the only place that says who may do what in which state; the API authorizes
 * dossier actions through `assertTransition` and the SPA shows buttons from
 * `allowedActions`, so the two can never disagree.
 */
export const DOSSIER_STATUSES = ['unsent', 'sent', 'supplement-requested', 'processing', 'result', 'returned'] as const;
export const ZDossierStatus = z.enum(DOSSIER_STATUSES);
export type TDossierStatus = z.infer<typeof ZDossierStatus>;

/**
 * `citizen` is the dossier's owner; `guest` submitted without an account (seed 004);
 * `system` is an API client acting (an agency's back-office software, another channel).
 */
export const ACTOR_ROLES = [
  'citizen',
  'guest',
  'system',
  'clerk',
  'leader',
  'specialist',
  'agency_admin',
  'system_admin',
] as const;
export const ZActorRole = z.enum(ACTOR_ROLES);
export type TActorRole = z.infer<typeof ZActorRole>;

/** Roles that belong to an agency; they see only their agency's dossiers. */
export const STAFF_ROLES = ['clerk', 'leader', 'specialist', 'agency_admin', 'system_admin'] as const satisfies readonly TActorRole[];
export type TStaffRole = (typeof STAFF_ROLES)[number];
export const isStaffRole = (role: TActorRole): role is TStaffRole => (STAFF_ROLES as readonly TActorRole[]).includes(role);

export const DOSSIER_ACTIONS = [
  'submit',
  'submit-supplement',
  'receive',
  'request-supplement',
  'return',
  'transfer-records',
  'register',
  'forward',
  'apologize',
  'complete',
  'hand-over',
  'rate',
] as const;
export const ZDossierAction = z.enum(DOSSIER_ACTIONS);
export type TDossierAction = z.infer<typeof ZDossierAction>;

export type TTransitionRule = { readonly roles: readonly TActorRole[]; readonly to: TDossierStatus };
export type TTransitionTable = {
  readonly [S in TDossierStatus]: { readonly [A in TDossierAction]?: TTransitionRule };
};

/**
 * state → action → roles allowed and the next state. An action missing from a state is
 * not allowed in that state. Self-transitions (e.g. `forward` in `processing`) are
 * internal steps that only append a processing-history row.
 *
 * agency_admin and system_admin appear nowhere: they administer the catalogue and
 * accounts but must not act on citizens' dossiers (separation of duties).
 * `result` and `returned` are terminal: their only actions keep the dossier where it is.
 */
export const DOSSIER_TRANSITIONS = {
  unsent: {
    submit: { roles: ['citizen', 'guest'], to: 'sent' },
  },
  'supplement-requested': {
    // A guest has no account to come back to: a supplement means a new dossier (seed 004).
    'submit-supplement': { roles: ['citizen'], to: 'sent' },
  },
  sent: {
    receive: { roles: ['clerk'], to: 'processing' },
    'request-supplement': { roles: ['clerk'], to: 'supplement-requested' },
    return: { roles: ['clerk'], to: 'returned' },
  },
  processing: {
    'request-supplement': { roles: ['clerk', 'leader', 'specialist'], to: 'supplement-requested' },
    return: { roles: ['clerk', 'leader'], to: 'returned' },
    'transfer-records': { roles: ['clerk'], to: 'processing' },
    register: { roles: ['clerk'], to: 'processing' },
    forward: { roles: ['clerk', 'leader', 'specialist'], to: 'processing' },
    apologize: { roles: ['clerk', 'leader'], to: 'processing' },
    complete: { roles: ['leader', 'specialist', 'clerk'], to: 'result' },
  },
  result: {
    // Records that the result was handed over; the dossier stays in `result`.
    'hand-over': { roles: ['clerk'], to: 'result' },
    rate: { roles: ['citizen'], to: 'result' },
  },
  returned: {},
} as const satisfies TTransitionTable;

export type TTransitionError = 'DOSSIER_ACTION_NOT_ALLOWED' | 'DOSSIER_ROLE_NOT_ALLOWED';
export type TTransitionResult = { ok: true; to: TDossierStatus } | { ok: false; error: TTransitionError };

const ruleOf = (status: TDossierStatus, action: TDossierAction): TTransitionRule | undefined =>
  (DOSSIER_TRANSITIONS as TTransitionTable)[status][action];

/**
 * The state is checked before the role so that a citizen pressing a stale button learns
 * "not in this state" (409) rather than a misleading "your role may not" (403).
 */
export const transition = (status: TDossierStatus, action: TDossierAction, role: TActorRole): TTransitionResult => {
  const rule = ruleOf(status, action);
  if (!rule) return { ok: false, error: 'DOSSIER_ACTION_NOT_ALLOWED' };
  if (!rule.roles.includes(role)) return { ok: false, error: 'DOSSIER_ROLE_NOT_ALLOWED' };
  return { ok: true, to: rule.to };
};

/** Like `transition`, but throws the named DomainError; returns the next state. */
export const assertTransition = (status: TDossierStatus, action: TDossierAction, role: TActorRole): TDossierStatus => {
  const result = transition(status, action, role);
  if (!result.ok) throw new DomainError(result.error, { details: { status, action, role } });
  return result.to;
};

/** Actions this role may take now, in DOSSIER_ACTIONS order (for buttons and menus). */
export const allowedActions = (status: TDossierStatus, role: TActorRole): TDossierAction[] =>
  DOSSIER_ACTIONS.filter((action) => transition(status, action, role).ok);

const TERMINAL_STATUSES: ReadonlySet<TDossierStatus> = new Set(['result', 'returned']);
/** Terminal: no action moves the dossier out (actions in it only record history). */
export const isTerminal = (status: TDossierStatus): boolean => TERMINAL_STATUSES.has(status);

/** The citizen may change form data and files only before sending or when asked to supplement. */
export const canEdit = (status: TDossierStatus): boolean => status === 'unsent' || status === 'supplement-requested';

/** Once sent, a dossier is an official record and is never deleted. */
export const canDelete = (status: TDossierStatus): boolean => status === 'unsent';

export const assertEditable = (status: TDossierStatus): void => {
  if (!canEdit(status)) throw new DomainError('DOSSIER_NOT_EDITABLE', { details: { status } });
};

export const assertDeletable = (status: TDossierStatus): void => {
  if (!canDelete(status)) throw new DomainError('DOSSIER_NOT_DELETABLE', { details: { status } });
};

export type TLabel = { readonly vi: string; readonly en: string };

export const STATUS_LABELS = {
  unsent: { vi: 'Chưa gửi', en: 'Not sent' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  'supplement-requested': { vi: 'Yêu cầu bổ sung', en: 'Supplement requested' },
  processing: { vi: 'Đang xử lý', en: 'Processing' },
  result: { vi: 'Đã trả kết quả', en: 'Result returned' },
  returned: { vi: 'Bị trả lại', en: 'Returned (refused)' },
} as const satisfies Record<TDossierStatus, TLabel>;

/** The six cards on the citizen's dashboard, one per status. */
export const CITIZEN_CATEGORY_LABELS = {
  unsent: { vi: 'Hồ sơ chưa gửi', en: 'Unsent dossiers' },
  sent: { vi: 'Hồ sơ đã gửi', en: 'Sent dossiers' },
  'supplement-requested': { vi: 'Hồ sơ yêu cầu bổ sung', en: 'Dossiers needing a supplement' },
  processing: { vi: 'Hồ sơ đang xử lý', en: 'Dossiers being processed' },
  result: { vi: 'Hồ sơ đã trả kết quả', en: 'Dossiers with a result' },
  returned: { vi: 'Hồ sơ bị trả lại', en: 'Returned dossiers' },
} as const satisfies Record<TDossierStatus, TLabel>;

/** Also the action names written in the processing history. */
export const ACTION_LABELS = {
  submit: { vi: 'Nộp hồ sơ trực tuyến', en: 'Submit online' },
  'submit-supplement': { vi: 'Gửi bổ sung hồ sơ', en: 'Send supplement' },
  receive: { vi: 'Tiếp nhận hồ sơ', en: 'Receive dossier' },
  'request-supplement': { vi: 'Yêu cầu bổ sung', en: 'Request supplement' },
  return: { vi: 'Trả lại hồ sơ', en: 'Return dossier' },
  'transfer-records': { vi: 'Chuyển quản lý văn bản', en: 'Transfer to records management' },
  register: { vi: 'Vào sổ văn bản', en: 'Register in the records book' },
  forward: { vi: 'Chuyển xử lý', en: 'Forward for processing' },
  apologize: { vi: 'Gia hạn / xin lỗi', en: 'Extend with apology' },
  complete: { vi: 'Kết thúc xử lý', en: 'Complete processing' },
  'hand-over': { vi: 'Trả kết quả', en: 'Hand over result' },
  rate: { vi: 'Đánh giá', en: 'Rate the service' },
} as const satisfies Record<TDossierAction, TLabel>;

export const ACTOR_ROLE_LABELS = {
  citizen: { vi: 'Công dân / Doanh nghiệp', en: 'Citizen / business' },
  guest: { vi: 'Người nộp không có tài khoản', en: 'Applicant without an account' },
  system: { vi: 'Hệ thống tích hợp', en: 'Integrated system' },
  clerk: { vi: 'Bộ phận một cửa', en: 'One-stop clerk' },
  leader: { vi: 'Lãnh đạo', en: 'Leader' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
  agency_admin: { vi: 'Quản trị đơn vị', en: 'Agency administrator' },
  system_admin: { vi: 'Quản trị hệ thống', en: 'System administrator' },
} as const satisfies Record<TActorRole, TLabel>;
