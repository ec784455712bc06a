import type { TUserKind } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../queries.ts';

/**
 * Layout route of the signed-in areas (/ca-nhan/…, /can-bo/…): signed out, it sends the
 * visitor to the right login page with the way back (`?next=`); signed in with the
 * other kind of account, it says so instead of showing the page.
 */
export function RequireAccount({ kind }: { kind: TUserKind }) {
  const { t } = useTranslation();
  // Asks GET /me even without the session hint cookie: an older session is still found.
  const { account, isPending } = useSession({ verify: true });
  const location = useLocation();

  if (isPending) return <Spinner label={t('auth.guard.checking')} />;
  if (!account) {
    const login = kind === 'staff' ? paths.staffLogin : paths.login;
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`${login}?next=${encodeURIComponent(next)}`} replace />;
  }
  if (account.kind !== kind) {
    return (
      <Page title={kind === 'staff' ? t('pages.staffHome') : t('pages.citizenHome')}>
        <div className="alert alert--info">
          <p>{kind === 'staff' ? t('auth.guard.staffOnly') : t('auth.guard.citizenOnly')}</p>
          <p>
            <Link to={paths.home}>{t('common.backHome')}</Link>
          </p>
        </div>
      </Page>
    );
  }
  return <Outlet />;
}
