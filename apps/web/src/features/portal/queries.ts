import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPortalInfo } from './api.ts';

export const portalKeys = {
  all: ['portal'] as const,
  info: () => [...portalKeys.all, 'info'] as const,
};

export const portalInfoQuery = () =>
  queryOptions({
    queryKey: portalKeys.info(),
    queryFn: ({ signal }) => fetchPortalInfo(signal),
    // Changes only when an administrator edits it.
    staleTime: 60 * 60 * 1000,
    // The shell must render without it; no point hammering a missing endpoint.
    retry: false,
  });

/** Names for the header and footer; generic wording until (or unless) the API answers. */
export function usePortalIdentity() {
  const { t } = useTranslation();
  const { data } = useQuery(portalInfoQuery());
  const authorityLine =
    data?.authorityName || (data?.provinceName ? t('app.authority', { province: data.provinceName }) : null);
  return {
    portalName: data?.portalName || t('app.name'),
    authorityLine,
    agencyName: data?.agencyName ?? null,
    address: data?.address ?? null,
    hotline: data?.hotline ?? null,
    email: data?.email ?? null,
  };
}
