import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../lib/paths.ts';
import type { Crumb } from './breadcrumbs.tsx';
import { Page } from './page.tsx';

/**
 * The honest placeholder for a page that is planned but not built: its real title in the
 * real frame, and a notice. Never sample data.
 */
export function ComingSoonPage({ title, breadcrumbs = [] }: { title: string; breadcrumbs?: readonly Crumb[] }) {
  const { t } = useTranslation();
  return (
    <Page title={title} breadcrumbs={breadcrumbs}>
      <div className="alert alert--info">
        <p className="alert__title">{t('comingSoon.notice')}</p>
        <p>{t('comingSoon.body')}</p>
        <p className="alert__links">
          <Link to={paths.procedures}>{t('comingSoon.browseProcedures')}</Link>
          <Link to={paths.home}>{t('common.backHome')}</Link>
        </p>
      </div>
    </Page>
  );
}
