import { z } from 'zod';
import { zText } from './common.ts';
import { vnPartsOf } from './vietnam-time.ts';

/**
 * Public statistics (Thống kê tình hình giải quyết hồ sơ): figures per handling agency,
 * field and month, from the summary table `dossier_stat_month` that triggers keep current
 * (prisma/migrations/*_public_pages). Months are Vietnam local months, written `YYYY-MM`.
 *
 * - `GET /stats?from=&to=&agencyId=&fieldId=` → `ZStatsReport`: totals and the same figures
 *   by month, by agency and by field (an agency includes the agencies under it).
 * - `GET /stats.csv?…&groupBy=month|agency|field` → the same rows as CSV (UTF-8 with BOM,
 *   so spreadsheet programs read the Vietnamese headers).
 *
 * What counts where: a dossier is *submitted* in the month it was sent, *received* (and,
 * while open, *in progress*) in the month the one-stop desk received it, and *resolved*
 * early / on time / late — or *returned* — in the month it was finished. Early means
 * finished on a day before the due date's day; late means after the due time (the due date
 * before any apology; a supplement pause moves it). A rating counts in the month it was given.
 */

export const STATS_MESSAGES = {
  month: 'Tháng phải có dạng YYYY-MM',
  range: 'Tháng bắt đầu phải trước hoặc trùng tháng kết thúc, trong khoảng tối đa 60 tháng',
  groupBy: 'Cách nhóm phải là month, agency hoặc field',
  id: 'Mã cơ quan hoặc lĩnh vực không hợp lệ',
  unknown: 'Cơ quan hoặc lĩnh vực không tồn tại',
} as const;

export const STATS_MESSAGES_EN: Readonly<Record<string, string>> = {
  [STATS_MESSAGES.month]: 'A month is written YYYY-MM',
  [STATS_MESSAGES.range]: 'The first month must not be after the last, and the range is at most 60 months',
  [STATS_MESSAGES.groupBy]: 'Group by month, agency or field',
  [STATS_MESSAGES.id]: 'Malformed agency or field id',
  [STATS_MESSAGES.unknown]: 'No such agency or field',
};

/** At most five years in one report: the table stays readable and the query bounded. */
export const STATS_MAX_MONTHS = 60;

export const ZStatsMonth = zText({ error: STATS_MESSAGES.month })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, STATS_MESSAGES.month);
export type TStatsMonth = z.infer<typeof ZStatsMonth>;

const monthIndex = (month: TStatsMonth): number => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
const monthOfIndex = (index: number): TStatsMonth => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The month `delta` months after (or before, when negative) `month`. */
export const shiftMonth = (month: TStatsMonth, delta: number): TStatsMonth => monthOfIndex(monthIndex(month) + delta);

/** Months from `from` to `to`, inclusive ('2026-11', '2026-12', …). */
export const monthsBetween = (from: TStatsMonth, to: TStatsMonth): TStatsMonth[] => {
  const months: TStatsMonth[] = [];
  for (let i = monthIndex(from); i <= monthIndex(to); i += 1) months.push(monthOfIndex(i));
  return months;
};

/** The Vietnam month of an instant. */
export const statsMonthOf = (instant: Date): TStatsMonth => {
  const { year, month } = vnPartsOf(instant);
  return `${year}-${String(month).padStart(2, '0')}`;
};

/**
 * The months of a report: as asked; a missing end is the current month (or the start, when
 * that is later); a missing start is eleven months before the end.
 */
export const resolveStatsRange = (query: { from?: TStatsMonth | undefined; to?: TStatsMonth | undefined }, now: Date) => {
  const current = statsMonthOf(now);
  const to = query.to ?? (query.from && query.from > current ? query.from : current);
  const from = query.from ?? shiftMonth(to, -11);
  return { from, to, valid: from <= to && monthIndex(to) - monthIndex(from) < STATS_MAX_MONTHS };
};

/** Agency and field ids are UUIDs; an empty select (`''`) means all. */
const ZOptionalId = z
  .union([z.literal(''), z.uuid({ error: STATS_MESSAGES.id })])
  .optional()
  .transform((value) => value || undefined);

const rangeIsValid = (value: { from?: string | undefined; to?: string | undefined }) =>
  !value.from || !value.to || (value.from <= value.to && monthsBetween(value.from, value.to).length <= STATS_MAX_MONTHS);

const ZStatsFilter = z.object({
  /** First month, default eleven months before `to` */
  from: ZStatsMonth.optional(),
  /** Last month, default the current month */
  to: ZStatsMonth.optional(),
  agencyId: ZOptionalId,
  fieldId: ZOptionalId,
});

export const ZStatsQuery = ZStatsFilter.refine(rangeIsValid, { message: STATS_MESSAGES.range, path: ['from'] });
export type TStatsQuery = z.infer<typeof ZStatsQuery>;
export type TStatsQueryInput = z.input<typeof ZStatsQuery>;

export const STATS_GROUPINGS = ['month', 'agency', 'field'] as const;
export type TStatsGrouping = (typeof STATS_GROUPINGS)[number];

export const ZStatsCsvQuery = ZStatsFilter.extend({
  groupBy: z.enum(STATS_GROUPINGS, { error: STATS_MESSAGES.groupBy }).default('month'),
  /** Language of the header row */
  locale: z.enum(['vi', 'en']).default('vi'),
}).refine(rangeIsValid, { message: STATS_MESSAGES.range, path: ['from'] });
export type TStatsCsvQuery = z.infer<typeof ZStatsCsvQuery>;

/** The counters of the summary table, summed over a group. */
export interface TStatsCounts {
  submitted: number;
  received: number;
  receivedOnline: number;
  inProgress: number;
  resolvedEarly: number;
  resolvedOnTime: number;
  resolvedLate: number;
  returned: number;
  ratingCount: number;
  ratingSum: number;
}

export const ZStatsFigures = z.object({
  submitted: z.number().int(),
  received: z.number().int(),
  receivedOnline: z.number().int(),
  inProgress: z.number().int(),
  resolvedEarly: z.number().int(),
  resolvedOnTime: z.number().int(),
  resolvedLate: z.number().int(),
  /** early + on time + late */
  resolved: z.number().int(),
  returned: z.number().int(),
  /** (early + on time) / resolved, 0–1; null when nothing was resolved */
  onTimeRate: z.number().min(0).max(1).nullable(),
  /** received online / received, 0–1; null when nothing was received */
  onlineShare: z.number().min(0).max(1).nullable(),
  ratingCount: z.number().int(),
  /** Average satisfaction 1–5, null without ratings */
  averageRating: z.number().min(1).max(5).nullable(),
});
export type TStatsFigures = z.infer<typeof ZStatsFigures>;

export const EMPTY_STATS_COUNTS: TStatsCounts = {
  submitted: 0,
  received: 0,
  receivedOnline: 0,
  inProgress: 0,
  resolvedEarly: 0,
  resolvedOnTime: 0,
  resolvedLate: 0,
  returned: 0,
  ratingCount: 0,
  ratingSum: 0,
};

/** The published figures of a group of counters: derived rates are computed here only. */
export const statsFiguresOf = (counts: TStatsCounts): TStatsFigures => {
  const resolved = counts.resolvedEarly + counts.resolvedOnTime + counts.resolvedLate;
  const { ratingSum, ...rest } = counts;
  return {
    ...rest,
    resolved,
    onTimeRate: resolved > 0 ? (counts.resolvedEarly + counts.resolvedOnTime) / resolved : null,
    onlineShare: counts.received > 0 ? counts.receivedOnline / counts.received : null,
    averageRating: counts.ratingCount > 0 ? ratingSum / counts.ratingCount : null,
  };
};

export const ZStatsReport = z.object({
  from: ZStatsMonth,
  to: ZStatsMonth,
  agency: z.object({ id: zText(), name: zText() }).nullable(),
  field: z.object({ id: zText(), name: zText() }).nullable(),
  totals: ZStatsFigures,
  /** Every month of the range, in order, zeros included */
  byMonth: z.array(ZStatsFigures.extend({ month: ZStatsMonth })),
  /** Handling agencies with any figure, most received first */
  byAgency: z.array(ZStatsFigures.extend({ agency: z.object({ id: zText(), name: zText() }) })),
  /** Fields with any figure, most received first */
  byField: z.array(ZStatsFigures.extend({ field: z.object({ id: zText(), name: zText() }) })),
}).meta({ id: 'StatsReport' });
export type TStatsReport = z.infer<typeof ZStatsReport>;

/** The figures in table order, with their column titles (the SPA table and the CSV agree). */
export const STATS_COLUMNS = [
  { key: 'submitted', vi: 'Đã nộp', en: 'Submitted' },
  { key: 'received', vi: 'Đã tiếp nhận', en: 'Received' },
  { key: 'inProgress', vi: 'Đang giải quyết', en: 'In progress' },
  { key: 'resolvedEarly', vi: 'Giải quyết trước hạn', en: 'Resolved early' },
  { key: 'resolvedOnTime', vi: 'Giải quyết đúng hạn', en: 'Resolved on time' },
  { key: 'resolvedLate', vi: 'Giải quyết quá hạn', en: 'Resolved late' },
  { key: 'returned', vi: 'Trả lại', en: 'Returned' },
  { key: 'onTimeRate', vi: 'Tỷ lệ đúng hạn', en: 'On-time rate' },
  { key: 'onlineShare', vi: 'Tỷ lệ trực tuyến', en: 'Online share' },
  { key: 'averageRating', vi: 'Mức độ hài lòng (1–5)', en: 'Satisfaction (1–5)' },
  { key: 'ratingCount', vi: 'Số lượt đánh giá', en: 'Ratings' },
] as const satisfies readonly { key: keyof TStatsFigures; vi: string; en: string }[];
