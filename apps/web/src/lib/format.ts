/** Fees are always shown in Vietnamese đồng with Vietnamese grouping (1.000.000 ₫), whatever the UI language. */
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export const formatVnd = (amount: number): string => vnd.format(amount);

/**
 * Formats an ISO date (YYYY-MM-DD) as dd/MM/yyyy, the portal's one date format in both
 * languages (as formatDateVn does for instants), without passing through UTC midnight,
 * which would show the previous day west of Greenwich. `locale` is kept for callers.
 */
export function formatIsoDate(isoDate: string, _locale?: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  return `${d}/${m}/${y}`;
}

/** File sizes as citizens read them on a download link: whole kilobytes, at least 1. */
export const fileSizeKb = (bytes: number): string =>
  new Intl.NumberFormat('vi-VN').format(Math.max(1, Math.round(bytes / 1024)));
