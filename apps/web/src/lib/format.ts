/** Fees are always shown in Vietnamese đồng with Vietnamese grouping (1.000.000 ₫), whatever the UI language. */
const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 });

export const formatVnd = (amount: number): string => vnd.format(amount);

/**
 * Formats an ISO date (YYYY-MM-DD) without passing through UTC midnight,
 * which would show the previous day west of Greenwich.
 */
export function formatIsoDate(isoDate: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!match) return isoDate;
  const [, y, m, d] = match;
  const date = new Date(Number(y), Number(m) - 1, Number(d));
  // Vietnamese official style is numeric (18/6/2014); English reads better with the month name.
  return locale === 'en'
    ? new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
    : new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric' }).format(date);
}

/** File sizes as citizens read them on a download link: whole kilobytes, at least 1. */
export const fileSizeKb = (bytes: number): string =>
  new Intl.NumberFormat('vi-VN').format(Math.max(1, Math.round(bytes / 1024)));
