import { DOSSIER_STATUSES } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
import { CountsChart } from '../../../components/counts-chart.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { dossierSummaryQuery } from '../queries.ts';

/**
 * Hồ sơ cá nhân → Phân loại hồ sơ (seed 000, I.3): six cards, one per category, with
 * the count and "Xem danh sách hồ sơ"; a small bar chart repeats the counts visually.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const summary = useQuery(dossierSummaryQuery());
  return (
    <Page
      title={t('dossiers.dashboard.title')}
      lead={t('dossiers.dashboard.lead')}
      breadcrumbs={[]}
      actions={
        <div className="button-row">
          <ButtonLink to={paths.onlineServices}>{t('dossiers.dashboard.newDossier')}</ButtonLink>
          <ButtonLink variant="secondary" to={paths.citizen.profile}>
            {t('dossiers.dashboard.profile')}
          </ButtonLink>
        </div>
      }
    >
      <section aria-labelledby="categories-heading">
        <h2 id="categories-heading">{t('dossiers.dashboard.heading')}</h2>
        {summary.isPending ? <Spinner /> : null}
        {summary.isError ? <ErrorMessage error={summary.error} onRetry={() => void summary.refetch()} /> : null}
        {summary.data ? (
          <>
            <ul className="card-grid category-cards">
              {DOSSIER_STATUSES.map((status) => {
                const count = summary.data.counts[status];
                const category = t(`dossiers.category.${status}`);
                return (
                  <li key={status} className={`category-card category-card--${status}`}>
                    <h3 className="category-card__title">{category}</h3>
                    <p className="category-card__count">{t('dossiers.dashboard.count', { count })}</p>
                    <p className="category-card__help">{t(`dossiers.categoryHelp.${status}`)}</p>
                    <Link
                      className="category-card__link"
                      to={paths.citizen.dossierList(status)}
                      aria-label={t('dossiers.dashboard.viewListOf', { category })}
                    >
                      {t('dossiers.dashboard.viewList')}
                    </Link>
                  </li>
                );
              })}
            </ul>
            <CountsChart
              caption={`${t('dossiers.dashboard.chartTitle')} · ${t('dossiers.dashboard.total', { count: summary.data.total })}`}
              rows={DOSSIER_STATUSES.map((status) => ({ key: status, label: t(`dossiers.status.${status}`), count: summary.data.counts[status] }))}
            />
          </>
        ) : null}
      </section>
    </Page>
  );
}
