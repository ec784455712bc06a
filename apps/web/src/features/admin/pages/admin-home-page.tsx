import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/card.tsx';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { useAdminScope } from '../admin-scope.ts';

const SECTIONS = [
  { to: paths.staff.admin.agencies, key: 'agencies', systemOnly: false },
  { to: paths.staff.admin.procedures, key: 'procedures', systemOnly: false },
  { to: paths.staff.admin.staff, key: 'staff', systemOnly: false },
  { to: paths.staff.admin.calendar, key: 'calendar', systemOnly: false },
  { to: paths.staff.admin.mailTemplates, key: 'mailTemplates', systemOnly: true },
  { to: paths.staff.admin.guides, key: 'guides', systemOnly: true },
  { to: paths.staff.admin.legalDocuments, key: 'legalDocuments', systemOnly: true },
  { to: paths.staff.admin.apiClients, key: 'apiClients', systemOnly: false },
  { to: paths.staff.admin.audit, key: 'audit', systemOnly: false },
] as const;

/** /can-bo/quan-tri: what the administrator can manage, one card per admin page. */
export function AdminHomePage() {
  const { t } = useTranslation();
  const { account, isSystemAdmin } = useAdminScope();
  return (
    <Page
      title={t('admin.title')}
      breadcrumbs={[]}
      lead={isSystemAdmin ? t('admin.home.scopeSystem') : t('admin.home.scopeAgency', { agency: account.agency?.name ?? '—' })}
    >
      <p>{t('admin.home.lead')}</p>
      <ul className="admin-cards">
        {SECTIONS.map((section) => (
          <li key={section.key}>
            <Card title={t(`admin.nav.${section.key}`)} headingLevel={2} to={section.to}>
              <p>{t(`admin.home.${section.key}`)}</p>
              {section.systemOnly && !isSystemAdmin ? <p className="form-note">{t('admin.home.systemOnly')}</p> : null}
            </Card>
          </li>
        ))}
      </ul>
    </Page>
  );
}
