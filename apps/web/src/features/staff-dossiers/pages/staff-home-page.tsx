import { isAdministrator } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../../auth/queries.ts';
import { ViewCards, ViewsChart } from '../components/inbox-overview.tsx';
import { inboxSummaryQuery } from '../queries.ts';
import { handlesDossiers, rolesText } from '../roles.ts';

/**
 * Trang làm việc của cán bộ (/can-bo): who is signed in and for which unit, then the
 * inbox views with their counts. Administrators do not act on dossiers: they are sent on
 * to the administration instead.
 */
export function StaffHomePage() {
  const { t, i18n } = useTranslation();
  const { account } = useSession();
  const handler = account ? handlesDossiers(account.roles) : false;

  return (
    <Page title={t('staffDossiers.home.title')} breadcrumbs={[]}>
      {account ? (
        <section className="staff-greeting" aria-label={t('staffDossiers.home.greeting', { name: account.fullName })}>
          <p className="staff-greeting__name">{t('staffDossiers.home.greeting', { name: account.fullName })}</p>
          <p className="staff-greeting__role">
            {t('staffDossiers.home.roleAt', { roles: rolesText(account.roles, i18n.language), unit: account.agency?.name ?? '—' })}
            {account.position ? ` · ${account.position}` : null}
          </p>
        </section>
      ) : null}
      {handler ? <Inbox /> : null}
      {account && !handler && isAdministrator(account.roles) ? (
        <div className="alert alert--info">
          <p>{t('staffDossiers.home.adminOnly')}</p>
          <p>
            <ButtonLink to={paths.staff.admin.home}>{t('staffDossiers.home.adminLink')}</ButtonLink>
          </p>
        </div>
      ) : null}
    </Page>
  );
}

function Inbox() {
  const { t } = useTranslation();
  const summary = useQuery(inboxSummaryQuery());
  return (
    <section aria-labelledby="views-heading">
      <h2 id="views-heading">{t('staffDossiers.home.viewsHeading')}</h2>
      {summary.isPending ? <Spinner /> : null}
      {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? (
        <>
          <ViewCards counts={summary.data.counts} />
          <ViewsChart counts={summary.data.counts} />
          <p className="staff-home__all">
            <ButtonLink variant="secondary" to={paths.staff.dossiers}>
              {t('staffDossiers.home.allDossiers')}
            </ButtonLink>
          </p>
        </>
      ) : null}
    </section>
  );
}
