import { STAFF_INBOX_VIEWS, type TStaffInboxView } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CountsChart } from '../../../components/counts-chart.tsx';
import { paths } from '../../../lib/paths.ts';

type Counts = Readonly<Record<TStaffInboxView, number>>;

/** One card per inbox view: its name, its count, what it holds and the link to its list. */
export function ViewCards({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <ul className="card-grid category-cards">
      {STAFF_INBOX_VIEWS.map((view) => {
        const name = t(`staffDossiers.views.${view}`);
        return (
          <li key={view} className={`category-card view-card--${view}`}>
            <h3 className="category-card__title">{name}</h3>
            <p className="category-card__count">{t('staffDossiers.home.count', { count: counts[view] })}</p>
            <p className="category-card__help">{t(`staffDossiers.viewHelp.${view}`)}</p>
            <Link className="category-card__link" to={paths.staff.dossierList(view)} aria-label={t('staffDossiers.home.viewListOf', { view: name })}>
              {t('staffDossiers.home.viewList')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

/** The counts as bars, one per view (the cards already give every number in words). */
export function ViewsChart({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <CountsChart
      caption={t('staffDossiers.home.chartTitle')}
      rows={STAFF_INBOX_VIEWS.map((view) => ({ key: view, label: t(`staffDossiers.views.${view}`), count: counts[view] }))}
    />
  );
}
