import { ZServiceLevel, type TServiceLevel } from '@portal/domain';

/** The catalogue's query lives in the URL so every result page can be shared and bookmarked. */
export interface CatalogueFilters {
  q?: string | undefined;
  agencyId?: string | undefined;
  fieldId?: string | undefined;
  level?: TServiceLevel | undefined;
}

export interface CatalogueUrlState extends CatalogueFilters {
  cursor?: string | undefined;
}

const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};

/** Tolerant: a hand-edited or outdated URL degrades to "no filter", never to an error page. */
export function readCatalogueParams(params: URLSearchParams): CatalogueUrlState {
  const level = ZServiceLevel.safeParse(params.get('level'));
  return {
    q: text(params.get('q'), 200),
    agencyId: text(params.get('agencyId'), 64),
    fieldId: text(params.get('fieldId'), 64),
    level: level.success ? level.data : undefined,
    cursor: text(params.get('cursor'), 1200),
  };
}

export function writeCatalogueParams(state: CatalogueUrlState): URLSearchParams {
  const params = new URLSearchParams();
  // Fixed order keeps URLs (and therefore caches and history entries) stable.
  for (const key of ['q', 'agencyId', 'fieldId', 'level', 'cursor'] as const) {
    const value = state[key];
    if (value) params.set(key, value);
  }
  return params;
}
