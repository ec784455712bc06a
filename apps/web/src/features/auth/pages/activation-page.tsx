import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { useActivate } from '../mutations.ts';
import { tokenFromLocation } from '../next-path.ts';

/** The landing page of the e-mailed activation link (…/kich-hoat#token=…): activates on arrival. */
export function ActivationPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = tokenFromLocation(location);
  const activate = useActivate();
  const started = useRef(false);

  useEffect(() => {
    // Once, even under StrictMode's double effects: the token is single-use.
    if (!token || started.current) return;
    started.current = true;
    activate.mutate(token);
  }, [token, activate]);

  return (
    <Page title={t('auth.activate.title')} breadcrumbs={[]}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {!token ? <p className="alert alert--error">{t('auth.activate.missing')}</p> : null}
          {activate.isPending ? <Spinner label={t('auth.activate.working')} /> : null}
          {activate.isSuccess ? (
            <div className="alert alert--success">
              <p>{t('auth.activate.done')}</p>
              <p>
                <Link to={paths.login}>{t('auth.login.submit')}</Link>
              </p>
            </div>
          ) : null}
        </div>
        {activate.isError ? (
          <>
            <ErrorMessage error={activate.error} />
            <p className="auth-note">
              {t('auth.activate.again')} <Link to={paths.login}>{t('auth.login.submit')}</Link>
            </p>
          </>
        ) : null}
      </div>
    </Page>
  );
}
