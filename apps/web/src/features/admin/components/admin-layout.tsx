import { isAdministrator } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../../auth/queries.ts';
import { AdminNav } from './admin-nav.tsx';

/**
 * Layout route of /can-bo/quan-tri/…, inside RequireAccount kind="staff": agency and
 * system administrators get the admin navigation beside the page; other staff a 403
 * page (the API refuses them anyway — this only spares them dead ends).
 */
export function AdminLayout() {
  const { t } = useTranslation();
  const { account } = useSession();
  if (!account || !isAdministrator(account.roles)) {
    return (
      <Page title={t('admin.forbidden.title')} breadcrumbs={[]}>
        <div className="alert alert--error" role="alert">
          <p>{t('admin.forbidden.body')}</p>
          <p>
            <Link to={paths.staff.home}>{t('admin.forbidden.back')}</Link>
          </p>
        </div>
      </Page>
    );
  }
  return (
    <div className="admin-layout container">
      <AdminNav />
      <div className="admin-layout__main">
        <Outlet />
      </div>
    </div>
  );
}
