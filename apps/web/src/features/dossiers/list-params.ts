import { ZDossierSort, ZDossierStatus, type TDossierSort, type TDossierStatus } from '@portal/domain';

/** The list's state lives in the URL (category, search, order, page) so it can be bookmarked and shared. */
export interface DossierListUrlState {
  status?: TDossierStatus | undefined;
  q?: string | undefined;
  sort?: TDossierSort | undefined;
  cursor?: string | undefined;
}

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** Tolerant: an outdated or hand-edited URL degrades to "everything", never to an error page. */
export function readListParams(params: URLSearchParams): DossierListUrlState {
  const status = ZDossierStatus.safeParse(params.get('status'));
  const sort = ZDossierSort.safeParse(params.get('sort'));
  return {
    status: status.success ? status.data : undefined,
    q: text(params.get('q'), 200),
    sort: sort.success ? sort.data : undefined,
    cursor: text(params.get('cursor'), 500),
  };
}

export function listHref(base: string, state: DossierListUrlState): string {
  const params = new URLSearchParams();
  for (const key of ['status', 'q', 'sort', 'cursor'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${base}?${qs}` : base;
}
