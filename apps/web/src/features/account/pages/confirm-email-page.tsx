import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { tokenFromLocation } from '../../auth/next-path.ts';
import { useConfirmEmailChange } from '../mutations.ts';

/** Landing page of the link sent to a new e-mail address (…/xac-nhan-email#token=…). */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const token = tokenFromLocation(useLocation());
  const confirm = useConfirmEmailChange();
  const started = useRef(false);

  useEffect(() => {
    if (!token || started.current) return;
    started.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  return (
    <Page title={t('auth.confirmEmail.title')} breadcrumbs={[]}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {!token ? <p className="alert alert--error">{t('auth.confirmEmail.missing')}</p> : null}
          {confirm.isPending ? <Spinner label={t('auth.confirmEmail.working')} /> : null}
          {confirm.isSuccess ? (
            <div className="alert alert--success">
              <p>{t('auth.confirmEmail.done', { email: confirm.data.email })}</p>
              <p>
                <Link to={paths.citizen.profile}>{t('pages.citizenProfile')}</Link>
              </p>
            </div>
          ) : null}
        </div>
        {confirm.isError ? <ErrorMessage error={confirm.error} /> : null}
      </div>
    </Page>
  );
}
