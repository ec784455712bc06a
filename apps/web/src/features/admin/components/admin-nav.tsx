import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { paths } from '../../../lib/paths.ts';

const ADMIN_NAV = [
  { to: paths.staff.admin.home, key: 'admin.nav.home', end: true },
  { to: paths.staff.admin.agencies, key: 'admin.nav.agencies', end: false },
  { to: paths.staff.admin.procedures, key: 'admin.nav.procedures', end: false },
  { to: paths.staff.admin.staff, key: 'admin.nav.staff', end: false },
  { to: paths.staff.admin.calendar, key: 'admin.nav.calendar', end: false },
  { to: paths.staff.admin.mailTemplates, key: 'admin.nav.mailTemplates', end: false },
  { to: paths.staff.admin.guides, key: 'admin.nav.guides', end: false },
  { to: paths.staff.admin.legalDocuments, key: 'admin.nav.legalDocuments', end: false },
  { to: paths.staff.admin.apiClients, key: 'admin.nav.apiClients', end: false },
  { to: paths.staff.admin.audit, key: 'admin.nav.audit', end: false },
] as const;

/** The admin section's own navigation; the current page is marked with aria-current. */
export function AdminNav() {
  const { t } = useTranslation();
  return (
    <nav className="admin-nav" aria-label={t('admin.navLabel')}>
      <ul className="admin-nav__list">
        {ADMIN_NAV.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} className="admin-nav__link">
              {t(item.key)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
