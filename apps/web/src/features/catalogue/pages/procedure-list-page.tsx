import { useTranslation } from 'react-i18next';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { ProcedureBrowser } from '../components/procedure-browser.tsx';

/** /thu-tuc: the whole catalogue. */
export function ProcedureListPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('catalogue.title')} breadcrumbs={[]} lead={t('catalogue.intro')}>
      <ProcedureBrowser basePath={paths.procedures} />
    </Page>
  );
}

/** /dich-vu-cong-truc-tuyen: the procedures that accept dossiers online. */
export function OnlineServicesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('catalogue.onlineTitle')} breadcrumbs={[]} lead={t('catalogue.onlineIntro')}>
      <ProcedureBrowser basePath={paths.onlineServices} onlineOnly />
    </Page>
  );
}
