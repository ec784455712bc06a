import type { TCalendarDay } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { monthWeeks } from '../month-layout.ts';

/** One month, Monday first: weekends shaded, holidays and makeup working days marked and named. */
export function MonthGrid({ year, month, entries }: { year: number; month: number; entries: ReadonlyMap<string, TCalendarDay> }) {
  const { t } = useTranslation();
  const weekdays = t('admin.calendar.weekdaysShort').split(',');
  return (
    <table className="month-grid">
      <caption>{t('admin.calendar.monthName', { month, year })}</caption>
      <thead>
        <tr>
          {weekdays.map((weekday) => (
            <th key={weekday} scope="col">
              {weekday}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(year, month, entries).map((week, index) => (
          <tr key={index}>
            {week.map((cell, column) => {
              if (!cell) return <td key={`empty-${column}`} />;
              const kind = cell.entry?.kind;
              const className = kind === 'holiday' ? 'month-grid__day--holiday' : kind === 'makeup_workday' ? 'month-grid__day--makeup' : cell.weekend ? 'month-grid__day--weekend' : undefined;
              return (
                <td key={cell.date} className={className} title={cell.entry?.name}>
                  {cell.day}
                  {cell.entry ? <span className="visually-hidden"> ({t(`admin.calendar.kinds.${cell.entry.kind}`)}: {cell.entry.name})</span> : null}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
