import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Button } from '../../components/button.tsx';
import { Page } from '../../components/page.tsx';
import { paths } from '../../lib/paths.ts';

/** Shown inside the layout when a page throws while rendering. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  useEffect(() => console.error(error), [error]);
  return (
    <Page title={t('routeError.title')}>
      <div className="alert alert--error" role="alert">
        <p>{t('routeError.body')}</p>
      </div>
      <p className="button-row">
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        <Link to={paths.home}>{t('common.backHome')}</Link>
      </p>
    </Page>
  );
}
