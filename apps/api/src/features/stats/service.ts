import {
  DomainError,
  EMPTY_STATS_COUNTS,
  STATS_COLUMNS,
  STATS_MESSAGES,
  monthsBetween,
  resolveStatsRange,
  statsFiguresOf,
  type TStatsCounts,
  type TStatsCsvQuery,
  type TStatsFigures,
  type TStatsQuery,
  type TStatsReport,
} from '@portal/domain';
import type { StatsGroupRow, StatsRepository } from './repository.ts';

const countsOf = (row: StatsGroupRow): TStatsCounts => ({
  submitted: row.submitted,
  received: row.received,
  receivedOnline: row.receivedOnline,
  inProgress: row.inProgress,
  resolvedEarly: row.resolvedEarly,
  resolvedOnTime: row.resolvedOnTime,
  resolvedLate: row.resolvedLate,
  returned: row.returned,
  ratingCount: row.ratingCount,
  ratingSum: row.ratingSum,
});

/** Summary rows can net out to zeros (a dossier moved on, a procedure moved to another field). */
const hasFigures = (row: StatsGroupRow): boolean => Object.values(countsOf(row)).some((value) => value !== 0);

const byReceivedThenName = <T extends TStatsFigures>(name: (row: T) => string) => (a: T, b: T) =>
  b.received - a.received || b.submitted - a.submitted || name(a).localeCompare(name(b), 'vi');

/** A CSV cell: quoted when it holds a separator, a quote or a line break (RFC 4180). */
const csvCell = (value: string | number | null): string => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** Rates as percentages with one decimal, the average with two: what a spreadsheet shows. */
const csvValue = (figures: TStatsFigures, key: (typeof STATS_COLUMNS)[number]['key']): string | number | null => {
  const value = figures[key];
  if (value === null) return null;
  if (key === 'onTimeRate' || key === 'onlineShare') return Math.round(value * 1000) / 10;
  if (key === 'averageRating') return Math.round(value * 100) / 100;
  return value;
};

const GROUP_HEADERS = {
  month: { vi: 'Tháng', en: 'Month' },
  agency: { vi: 'Cơ quan giải quyết', en: 'Handling agency' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
} as const;

/**
 * The public statistics: one summary query per report, every derived figure computed by
 * `statsFiguresOf` (@portal/domain), months without dossiers filled with zeros so charts
 * keep their time axis.
 */
export function createStatsService({ repository, now = () => new Date() }: { repository: StatsRepository; now?: () => Date }) {
  async function report(query: TStatsQuery): Promise<TStatsReport> {
    const { from, to, valid } = resolveStatsRange(query, now());
    if (!valid) throw new DomainError('VALIDATION_FAILED', { fieldErrors: { from: STATS_MESSAGES.range } });
    const [agency, field] = await Promise.all([
      query.agencyId ? repository.agencyName(query.agencyId) : null,
      query.fieldId ? repository.fieldName(query.fieldId) : null,
    ]);
    if ((query.agencyId && !agency) || (query.fieldId && !field)) {
      throw new DomainError('VALIDATION_FAILED', {
        fieldErrors: { [query.agencyId && !agency ? 'agencyId' : 'fieldId']: STATS_MESSAGES.unknown },
      });
    }
    const rows = await repository.report({ fromDay: `${from}-01`, toDay: `${to}-01`, agencyId: query.agencyId, fieldId: query.fieldId });
    const total = rows.find((row) => row.grouping === 'total');
    const months = new Map(rows.filter((row) => row.grouping === 'month').map((row) => [row.month!, countsOf(row)]));
    return {
      from,
      to,
      agency,
      field,
      totals: statsFiguresOf(total ? countsOf(total) : EMPTY_STATS_COUNTS),
      byMonth: monthsBetween(from, to).map((month) => ({ month, ...statsFiguresOf(months.get(month) ?? EMPTY_STATS_COUNTS) })),
      byAgency: rows
        .filter((row) => row.grouping === 'agency' && hasFigures(row))
        .map((row) => ({ agency: { id: row.agencyId!, name: row.agencyName! }, ...statsFiguresOf(countsOf(row)) }))
        .sort(byReceivedThenName((row) => row.agency.name)),
      byField: rows
        .filter((row) => row.grouping === 'field' && hasFigures(row))
        .map((row) => ({ field: { id: row.fieldId!, name: row.fieldName! }, ...statsFiguresOf(countsOf(row)) }))
        .sort(byReceivedThenName((row) => row.field.name)),
    };
  }

  return {
    report,

    /** The rows of one grouping and the total, as CSV with a header row in the asked language. */
    async csv(query: TStatsCsvQuery): Promise<{ csv: string; filename: string }> {
      const data = await report(query);
      const { groupBy, locale } = query;
      const rows: { label: string; figures: TStatsFigures }[] =
        groupBy === 'month'
          ? data.byMonth.map((row) => ({ label: row.month, figures: row }))
          : groupBy === 'agency'
            ? data.byAgency.map((row) => ({ label: row.agency.name, figures: row }))
            : data.byField.map((row) => ({ label: row.field.name, figures: row }));
      const percent = (key: string) => (key === 'onTimeRate' || key === 'onlineShare' ? ' (%)' : '');
      const header = [GROUP_HEADERS[groupBy][locale], ...STATS_COLUMNS.map((column) => `${column[locale]}${percent(column.key)}`)];
      const lines = [header, ...rows.map((row) => [row.label, ...STATS_COLUMNS.map((column) => csvValue(row.figures, column.key))])];
      lines.push([locale === 'vi' ? 'Tổng cộng' : 'Total', ...STATS_COLUMNS.map((column) => csvValue(data.totals, column.key))]);
      // The BOM makes spreadsheet programs read UTF-8 (Vietnamese letters) instead of a legacy code page.
      const csv = `\uFEFF${lines.map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
      return { csv, filename: `thong-ke-${groupBy}-${data.from}-${data.to}.csv` };
    },
  };
}
