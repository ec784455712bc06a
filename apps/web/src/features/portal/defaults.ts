import type { TPortalInfo } from '@portal/domain';

const env = import.meta.env;
/** An unset variable takes the default; an empty one means "none". */
const pick = (value: string | undefined, fallback: string | null): string | null => (value === undefined ? fallback : value.trim() || null);

/**
 * Who runs this installation, bundled into the SPA when it is built (VITE_PORTAL_*, see
 * apps/web/.env.example; the defaults are the demo province's). The header and footer
 * render from these at once and keep them when `GET /api/v1/portal` fails: the
 * province's name and the hotline must show precisely when the service is down. The API's
 * answer, read from the database, replaces them once it arrives.
 */
export const PORTAL_DEFAULTS: TPortalInfo = {
  portalName: pick(env.VITE_PORTAL_NAME, null) ?? 'Cổng Dịch vụ công trực tuyến',
  provinceName: pick(env.VITE_PORTAL_PROVINCE_NAME, 'Điện Biên') ?? '',
  authorityName: pick(env.VITE_PORTAL_AUTHORITY_NAME, 'Ủy ban nhân dân tỉnh Điện Biên'),
  agencyName: pick(env.VITE_PORTAL_AUTHORITY_NAME, 'Ủy ban nhân dân tỉnh Điện Biên'),
  address: pick(env.VITE_PORTAL_ADDRESS, 'Số 853, đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên'),
  hotline: pick(env.VITE_PORTAL_HOTLINE, '0215 3825 123'),
  email: pick(env.VITE_PORTAL_EMAIL, 'ubnd@dienbien.gov.vn'),
};
