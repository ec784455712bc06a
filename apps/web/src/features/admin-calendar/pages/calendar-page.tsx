import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { CalendarEditor } from '../components/calendar-editor.tsx';
import { calendarYearQuery } from '../queries.ts';

const currentYear = () => Number(new Intl.DateTimeFormat('en-CA', { year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()));

/** /can-bo/quan-tri/lich-lam-viec?nam=2027: holidays and makeup working days of a year. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('nam'));
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : currentYear();
  const calendar = useQuery(calendarYearQuery(year));
  const go = (next: number) => setParams({ nam: String(next) });

  return (
    <Page title={t('admin.calendar.title', { year })} breadcrumbs={adminCrumbs(t)} lead={t('admin.calendar.lead')}>
      <nav className="button-row" aria-label={t('admin.calendar.yearNav')}>
        <Button variant="secondary" onClick={() => go(year - 1)}>
          {t('admin.calendar.previousYear', { year: year - 1 })}
        </Button>
        <Button variant="secondary" onClick={() => go(year + 1)}>
          {t('admin.calendar.nextYear', { year: year + 1 })}
        </Button>
      </nav>
      {calendar.isPending ? <Spinner label={t('common.loading')} /> : null}
      {calendar.isError ? <ErrorMessage error={calendar.error} onRetry={() => void calendar.refetch()} /> : null}
      {calendar.data ? <CalendarEditor key={year} year={year} days={calendar.data.days} editable={isSystemAdmin} /> : null}
    </Page>
  );
}
