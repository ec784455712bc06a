import { STAFF_INBOX_VIEWS, STAFF_LIST_SORTS, type TStaffInboxView, type TStaffListSort } from '@portal/domain';

/** The list's state lives in the URL (view, search, filters, order, page): bookmarkable and shareable. */
export interface StaffListUrlState {
  view?: TStaffInboxView | undefined;
  q?: string | undefined;
  procedureId?: string | undefined;
  fieldId?: string | undefined;
  sort?: TStaffListSort | undefined;
  cursor?: string | undefined;
}

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

const oneOf = <T extends string>(options: readonly T[], value: string | null): T | undefined =>
  (options as readonly (string | null)[]).includes(value) ? (value as T) : undefined;

/** Tolerant: an outdated or hand-edited URL degrades to "everything", never to an error page. */
export function readStaffListParams(params: URLSearchParams): StaffListUrlState {
  return {
    view: oneOf(STAFF_INBOX_VIEWS, params.get('view')),
    q: text(params.get('q'), 200),
    procedureId: text(params.get('procedureId'), 64),
    fieldId: text(params.get('fieldId'), 64),
    sort: oneOf(STAFF_LIST_SORTS, params.get('sort')),
    cursor: text(params.get('cursor'), 500),
  };
}

const KEYS = ['view', 'q', 'procedureId', 'fieldId', 'sort', 'cursor'] as const;

export function staffListHref(base: string, state: StaffListUrlState): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
