import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { tokenFromLocation } from '../../auth/next-path.ts';
import { confirmGuestDossier } from '../guest-client.ts';

/**
 * The e-mailed confirmation link of a dossier sent without an account
 * (/ho-so/xac-nhan#token=…, or ?token=…): "Hồ sơ đăng ký chỉ có hiệu lực sau khi người dùng xác thực
 * hồ sơ từ email" (seed 003). Confirms on arrival and shows the dossier code.
 */
export function GuestConfirmPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const token = tokenFromLocation(location);
  const confirm = useMutation({ mutationFn: confirmGuestDossier });
  const started = useRef(false);

  useEffect(() => {
    // Once, even under StrictMode's double effects: the link is single-use.
    if (!token || started.current) return;
    started.current = true;
    confirm.mutate(token);
  }, [token, confirm]);

  const result = confirm.data;
  return (
    <Page title={result ? t('dossiers.guest.confirmedTitle') : t('dossiers.guest.confirmTitle')} breadcrumbs={[]}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {!token ? <p className="alert alert--error">{t('dossiers.guest.noToken')}</p> : null}
          {confirm.isPending && token ? <Spinner label={t('dossiers.guest.confirming')} /> : null}
          {result ? (
            <div className="alert alert--success guest-confirmed">
              <p>{t('dossiers.guest.confirmedBody', { name: result.procedureName })}</p>
              <p className="guest-confirmed__code">
                {t('dossiers.guest.confirmedCode')}: <strong>{result.code}</strong>
              </p>
              <p>{t('dossiers.guest.confirmedKeep')}</p>
              <p>
                <Link to={`${paths.lookup}?code=${encodeURIComponent(result.code)}`}>{t('dossiers.guest.lookup')}</Link>
              </p>
            </div>
          ) : null}
        </div>
        {confirm.isError ? <ErrorMessage error={confirm.error} /> : null}
      </div>
    </Page>
  );
}
