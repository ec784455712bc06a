import type { TStatsMonth } from '@portal/domain';

/** Figures in the reader's language: 1.234 and 87,5 % in Vietnamese, 1,234 and 87.5% in English. */
const tag = (locale: string) => (locale === 'en' ? 'en-GB' : 'vi-VN');

export const formatCount = (value: number, locale: string) => new Intl.NumberFormat(tag(locale)).format(value);

/** A 0–1 rate as a percentage with at most one decimal; a dash where there is nothing to measure. */
export const formatRate = (value: number | null, locale: string, empty = '—') =>
  value === null ? empty : new Intl.NumberFormat(tag(locale), { style: 'percent', maximumFractionDigits: 1 }).format(value);

/** A 0–100 axis value as a percentage. */
export const formatPercentAxis = (value: number, locale: string) => formatRate(value / 100, locale);

export const formatRating = (value: number | null, locale: string, empty = '—') =>
  value === null ? empty : new Intl.NumberFormat(tag(locale), { minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(value);

/** '2026-12' → '12/2026' (vi) or 'Dec 2026' (en). */
export const formatMonth = (month: TStatsMonth, locale: string) => {
  const [year, number] = month.split('-');
  if (locale !== 'en') return `${number}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
};

/** The short axis label: '12/26' or 'Dec 26'. */
export const formatMonthShort = (month: TStatsMonth, locale: string) => {
  const [year, number] = month.split('-');
  if (locale !== 'en') return `${number}/${year!.slice(2)}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: '2-digit', timeZone: 'UTC' }).format(new Date(`${month}-01T00:00:00Z`));
};
