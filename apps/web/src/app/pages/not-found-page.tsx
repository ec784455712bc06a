import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../components/page.tsx';
import { paths } from '../../lib/paths.ts';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <ul className="link-list">
        <li>
          <Link to={paths.home}>{t('common.backHome')}</Link>
        </li>
        <li>
          <Link to={paths.procedures}>{t('common.browseProcedures')}</Link>
        </li>
      </ul>
    </Page>
  );
}
