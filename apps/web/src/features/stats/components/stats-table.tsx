import { STATS_COLUMNS, type TStatsFigures } from '@portal/domain';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatRate, formatRating } from '../format.ts';

export interface StatsTableRow {
  key: string;
  label: string;
  figures: TStatsFigures;
}

/** One figure as the table shows it (rates as percentages, the average with decimals). */
export function formatFigure(figures: TStatsFigures, key: (typeof STATS_COLUMNS)[number]['key'], locale: string): string {
  if (key === 'onTimeRate' || key === 'onlineShare') return formatRate(figures[key], locale);
  if (key === 'averageRating') return formatRating(figures[key], locale);
  return formatCount(figures[key], locale);
}

/**
 * The figures of the charts as a real table: a caption, column and row headers with
 * scope, numbers aligned for comparison, the total in the footer. On a narrow screen the
 * table scrolls sideways inside a focusable region, so keyboard users can scroll it too.
 */
export function StatsTable({ caption, groupTitle, rows, total }: { caption: string; groupTitle: string; rows: readonly StatsTableRow[]; total: TStatsFigures }) {
  const { t, i18n } = useTranslation();
  const captionId = useId();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <div className="table-scroll stats-table" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="data-table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{groupTitle}</th>
            {STATS_COLUMNS.map((column) => (
              <th key={column.key} scope="col" className="data-table__number">
                {column[lang]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {STATS_COLUMNS.map((column) => (
                <td key={column.key} className="data-table__number">{formatFigure(row.figures, column.key, i18n.language)}</td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('stats.total')}</th>
            {STATS_COLUMNS.map((column) => (
              <td key={column.key} className="data-table__number">{formatFigure(total, column.key, i18n.language)}</td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
