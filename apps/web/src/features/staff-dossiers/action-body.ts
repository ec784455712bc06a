import {
  DUE_TIME_MINUTES,
  STAFF_ACTION_TYPES,
  ZStaffActionRequest,
  fieldErrorsOf,
  vnInstantOf,
  type TDossierAction,
  type TStaffActionRequest,
  type TStaffActionType,
} from '@portal/domain';

/** Staff actions have a dialog; the citizen's own actions (submit, rate…) never reach this panel. */
export const isStaffAction = (action: TDossierAction): action is TStaffActionType => (STAFF_ACTION_TYPES as readonly string[]).includes(action);

/** Everything any action dialog asks for; each action reads only its own fields. */
export interface ActionFormValues {
  note: string;
  reason: string;
  toUserId: string;
  bookNumber: string;
  /** 'YYYY-MM-DD' from the date picker, a Vietnam local date */
  newDueDate: string;
  apology: string;
  missingComponentIds: string[];
}

export const emptyActionForm: ActionFormValues = {
  note: '',
  reason: '',
  toUserId: '',
  bookNumber: '',
  newDueDate: '',
  apology: '',
  missingComponentIds: [],
};

const optional = (value: string) => (value.trim() ? value.trim() : undefined);

/**
 * The request body of an action, from the dialog's values. Unchecked on purpose: the
 * shared schema decides (see `actionErrors`), exactly as the API will.
 */
export function actionBody(type: TStaffActionType, values: ActionFormValues, version: number): Record<string, unknown> {
  switch (type) {
    case 'request-supplement':
      return { type, version, note: values.note.trim(), ...(values.missingComponentIds.length > 0 ? { missingComponentIds: values.missingComponentIds } : {}) };
    case 'return':
      return { type, version, reason: values.reason.trim() };
    case 'forward':
      return { type, version, toUserId: values.toUserId, note: optional(values.note) };
    case 'register':
      return { type, version, bookNumber: optional(values.bookNumber), note: optional(values.note) };
    case 'apologize':
      return {
        type,
        version,
        // The new due date is the end of that working day, 17:00 in Vietnam, like every due date.
        newDueAt: /^\d{4}-\d{2}-\d{2}$/.test(values.newDueDate) ? vnInstantOf(values.newDueDate, DUE_TIME_MINUTES).toISOString() : undefined,
        apology: values.apology.trim(),
      };
    default:
      return { type, version, note: optional(values.note) };
  }
}

/** Body paths that the dialog shows under another field. */
const FIELD_OF_PATH: Readonly<Record<string, keyof ActionFormValues>> = { newDueAt: 'newDueDate' };

/** Parses the body with the shared schema: the request, or the messages per dialog field. */
export function parseAction(
  type: TStaffActionType,
  values: ActionFormValues,
  version: number,
): { ok: true; request: TStaffActionRequest } | { ok: false; errors: Partial<Record<keyof ActionFormValues, string>> } {
  const parsed = ZStaffActionRequest.safeParse(actionBody(type, values, version));
  if (parsed.success) return { ok: true, request: parsed.data };
  const errors: Partial<Record<keyof ActionFormValues, string>> = {};
  for (const [path, message] of Object.entries(fieldErrorsOf(parsed.error))) {
    const head = path.split('.')[0] ?? '';
    const field = FIELD_OF_PATH[head] ?? (head in emptyActionForm ? (head as keyof ActionFormValues) : undefined);
    if (field && !errors[field]) errors[field] = message;
  }
  return { ok: false, errors };
}
