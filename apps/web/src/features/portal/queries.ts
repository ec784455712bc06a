import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPortalInfo } from './api.ts';
import { PORTAL_DEFAULTS } from './defaults.ts';

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

/**
 * Names and contacts for the header and footer: the API's answer, else (before it
 * arrives, or when the API is down) the ones bundled at build time.
 */
export function usePortalIdentity() {
  const { t } = useTranslation();
  const { data: answered } = useQuery(portalInfoQuery());
  const data = answered ?? PORTAL_DEFAULTS;
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
