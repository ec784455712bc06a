import { DOSSIER_STATUSES, type TDossierCounts } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
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
            <CountsChart counts={summary.data.counts} total={summary.data.total} />
          </>
        ) : null}
      </section>
    </Page>
  );
}

/**
 * Counts as bars. The cards above already say every number, so the chart is a figure
 * whose caption gives the total; each bar also carries its number as text.
 */
function CountsChart({ counts, total }: { counts: TDossierCounts; total: number }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...DOSSIER_STATUSES.map((status) => counts[status]));
  return (
    <figure className="counts-chart">
      <figcaption className="counts-chart__caption">
        {t('dossiers.dashboard.chartTitle')} · {t('dossiers.dashboard.total', { count: total })}
      </figcaption>
      <ul className="counts-chart__bars">
        {DOSSIER_STATUSES.map((status) => (
          <li key={status} className="counts-chart__row">
            <span className="counts-chart__label">{t(`dossiers.status.${status}`)}</span>
            <span className="counts-chart__track" aria-hidden="true">
              <span className={`counts-chart__bar counts-chart__bar--${status}`} style={{ width: `${(counts[status] / max) * 100}%` }} />
            </span>
            <span className="counts-chart__value">{counts[status]}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
