import { zodResolver } from '@hookform/resolvers/zod';
import { CALENDAR_DAY_KINDS, copyFixedHolidays, zCalendarYearForm, type TCalendarDay } from '@portal/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { fieldMessage } from '../../../lib/api-error-text.ts';
import { formatIsoDate } from '../../../lib/format.ts';
import { daysByMonth } from '../month-layout.ts';
import { calendarYearQuery, useSaveCalendarYear } from '../queries.ts';
import { MonthGrid } from './month-grid.tsx';

type Values = { days: TCalendarDay[] };

/**
 * A year of the working-day calendar: the month grids and the list by month always show
 * what is on screen; a system administrator edits the rows (add, remove, rename), can
 * copy last year's fixed holidays, and saves the whole year at once.
 */
export function CalendarEditor({ year, days, editable }: { year: number; days: TCalendarDay[]; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const queryClient = useQueryClient();
  const save = useSaveCalendarYear(year);
  const [notice, setNotice] = useState<string | null>(null);
  const schema = useMemo(() => zCalendarYearForm(year), [year]);
  const form = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { days }, shouldFocusError: true });
  const rows = useFieldArray({ control: form.control, name: 'days' });
  const watched = useWatch({ control: form.control, name: 'days' }) ?? [];
  const entries = useMemo(() => new Map(watched.filter((day) => day?.date).map((day) => [day.date, day])), [watched]);
  const grouped = daysByMonth(watched.filter((day) => day?.date));
  const errors = form.formState.errors.days;
  const serverErrors: Readonly<Record<string, string>> = isApiError(save.error) ? save.error.fieldErrors : {};
  const rowError = (index: number, field: keyof TCalendarDay) => {
    const message = errors?.[index]?.[field]?.message ?? serverErrors[`days.${index}.${field}`];
    return message ? fieldMessage(message, i18n.language) : undefined;
  };

  const copyPrevious = async () => {
    const previous = await queryClient.fetchQuery(calendarYearQuery(year - 1));
    const copied = copyFixedHolidays(previous.days, year, form.getValues('days'));
    rows.append(copied);
    setNotice(t('admin.calendar.copied', { count: copied.length, year: year - 1 }));
  };

  const onSubmit = form.handleSubmit((values) =>
    save.mutate(values.days, {
      onSuccess: (saved) => {
        form.reset({ days: saved.days });
        setNotice(t('admin.saved'));
      },
    }),
  );

  return (
    <>
      <ul className="calendar-legend" aria-label={t('admin.calendar.legend')}>
        <li>
          <span aria-hidden="true" className="month-grid__day--holiday" />
          {t('admin.calendar.kinds.holiday')}
        </li>
        <li>
          <span aria-hidden="true" className="month-grid__day--makeup" />
          {t('admin.calendar.kinds.makeup_workday')}
        </li>
        <li>
          <span aria-hidden="true" className="month-grid__day--weekend" />
          {t('admin.calendar.weekend')}
        </li>
      </ul>
      <div className="calendar-months">
        {Array.from({ length: 12 }, (_, index) => (
          <MonthGrid key={index} year={year} month={index + 1} entries={entries} />
        ))}
      </div>

      <section aria-labelledby={`${formId}-list`} className="admin-panel">
        <h2 id={`${formId}-list`}>{t('admin.calendar.listTitle', { year })}</h2>
        {grouped.size === 0 ? <p>{t('admin.calendar.empty')}</p> : null}
        {[...grouped].map(([month, monthDays]) => (
          <div key={month}>
            <h3>{t('admin.calendar.monthName', { month, year })}</h3>
            <ul>
              {monthDays.map((day) => (
                <li key={day.date}>
                  <strong>{formatIsoDate(day.date, i18n.language)}</strong> — {day.name} ({t(`admin.calendar.kinds.${day.kind}`)})
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      {editable ? (
        <form noValidate onSubmit={onSubmit} className="admin-panel" aria-labelledby={`${formId}-edit`}>
          <h2 id={`${formId}-edit`}>{t('admin.calendar.editTitle', { year })}</h2>
          <div role="status" aria-live="polite">
            {notice ? <p className="alert alert--success">{notice}</p> : null}
          </div>
          {save.error ? <ErrorMessage error={save.error} /> : null}
          <p className="form-note">{t('admin.calendar.editHint')}</p>
          <div className="table-scroll">
            <table className="data-table calendar-days">
              <thead>
                <tr>
                  <th scope="col">{t('admin.calendar.date')}</th>
                  <th scope="col">{t('admin.calendar.kind')}</th>
                  <th scope="col">{t('admin.calendar.name')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('admin.staff.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.fields.map((row, index) => {
                  const dateError = rowError(index, 'date');
                  const nameError = rowError(index, 'name');
                  return (
                    <tr key={row.id}>
                      <td>
                        <input
                          type="date"
                          min={`${year}-01-01`}
                          max={`${year}-12-31`}
                          aria-label={t('admin.calendar.rowDate', { row: index + 1 })}
                          aria-invalid={dateError ? true : undefined}
                          aria-describedby={dateError ? `${formId}-date-${index}` : undefined}
                          {...form.register(`days.${index}.date`)}
                        />
                        {dateError ? (
                          <p id={`${formId}-date-${index}`} className="form-field__error">
                            {dateError}
                          </p>
                        ) : null}
                      </td>
                      <td>
                        <select aria-label={t('admin.calendar.rowKind', { row: index + 1 })} {...form.register(`days.${index}.kind`)}>
                          {CALENDAR_DAY_KINDS.map((kind) => (
                            <option key={kind} value={kind}>
                              {t(`admin.calendar.kinds.${kind}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <input
                          type="text"
                          aria-label={t('admin.calendar.rowName', { row: index + 1 })}
                          aria-invalid={nameError ? true : undefined}
                          {...form.register(`days.${index}.name`)}
                        />
                        {nameError ? <p className="form-field__error">{nameError}</p> : null}
                      </td>
                      <td>
                        <Button variant="ghost" onClick={() => rows.remove(index)} aria-label={t('admin.calendar.removeRow', { row: index + 1 })}>
                          {t('admin.remove')}
                        </Button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <div className="button-row">
            <Button variant="secondary" onClick={() => rows.append({ date: `${year}-01-01`, kind: 'holiday', name: '' })}>
              {t('admin.calendar.addDay')}
            </Button>
            <Button variant="secondary" onClick={() => void copyPrevious()}>
              {t('admin.calendar.copyFixed', { year: year - 1 })}
            </Button>
            <Button type="submit" disabled={save.isPending}>
              {save.isPending ? t('admin.saving') : t('admin.calendar.save', { year })}
            </Button>
          </div>
        </form>
      ) : (
        <p className="alert alert--info">{t('admin.systemOnlyNotice')}</p>
      )}
    </>
  );
}
