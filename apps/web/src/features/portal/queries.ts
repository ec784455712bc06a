import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { fetchPortalInfo, ZPortalInfo, type TPortalInfo } from './api.ts';
import { PORTAL_DEFAULTS } from './defaults.ts';

/** The `<script type="application/json">` the API puts into index.html (apps/api/src/plugins/app/spa.ts). */
export const PORTAL_CONFIG_ELEMENT_ID = 'portal-config';

let embedded: { info: TPortalInfo | undefined; readAt: number } | undefined;

/**
 * GET /api/v1/portal's answer as it came with the page, read once: the header and footer
 * show the province, hotline and address at first paint, with no request, and keep them
 * when the API fails. Undefined when the page has none (development server, tests).
 */
export function embeddedPortalInfo(): { info: TPortalInfo | undefined; readAt: number } {
  if (embedded) return embedded;
  let info: TPortalInfo | undefined;
  try {
    const text = typeof document === 'undefined' ? null : document.getElementById(PORTAL_CONFIG_ELEMENT_ID)?.textContent;
    const parsed = text ? ZPortalInfo.safeParse(JSON.parse(text)) : undefined;
    info = parsed?.success ? parsed.data : undefined;
  } catch {
    info = undefined; // not JSON: ask the API as before
  }
  embedded = { info, readAt: Date.now() };
  return embedded;
}

export const portalKeys = {
  all: ['portal'] as const,
  info: () => [...portalKeys.all, 'info'] as const,
};

export const portalInfoQuery = () =>
  queryOptions({
    queryKey: portalKeys.info(),
    queryFn: ({ signal }) => fetchPortalInfo(signal),
    // Came with the HTML: fresh for staleTime, as if it had just been fetched.
    initialData: () => embeddedPortalInfo().info,
    initialDataUpdatedAt: () => embeddedPortalInfo().readAt,
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
