import '../guides.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { GuideEditor } from '../components/guide-editor.tsx';
import { adminGuideQuery } from '../queries.ts';

/** /can-bo/quan-tri/huong-dan/moi: a new guide page. */
export function AdminGuideNewPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const crumbs = [...adminCrumbs(t), { label: t('guides.admin.nav'), to: paths.staff.admin.guides }];
  return (
    <Page title={t('guides.admin.newTitle')} breadcrumbs={crumbs}>
      {isSystemAdmin ? <GuideEditor guide={null} /> : <p className="alert alert--info">{t('guides.admin.systemOnly')}</p>}
    </Page>
  );
}

/** /can-bo/quan-tri/huong-dan/:id: one guide page, edited with a live preview. */
export function AdminGuideEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const { isSystemAdmin } = useAdminScope();
  const guide = useQuery({ ...adminGuideQuery(id), enabled: isSystemAdmin });
  const crumbs = [...adminCrumbs(t), { label: t('guides.admin.nav'), to: paths.staff.admin.guides }];
  const created = (location.state as { created?: boolean } | null)?.created;

  if (!isSystemAdmin) {
    return (
      <Page title={t('guides.admin.nav')} breadcrumbs={crumbs}>
        <p className="alert alert--info">{t('guides.admin.systemOnly')}</p>
      </Page>
    );
  }
  if (guide.isError) {
    return (
      <Page title={t('guides.admin.nav')} breadcrumbs={crumbs}>
        <p>{t('guides.admin.notFound')}</p>
        <ErrorMessage error={guide.error} />
      </Page>
    );
  }
  if (!guide.data) {
    return (
      <Page title={t('guides.admin.nav')} breadcrumbs={crumbs}>
        <Spinner label={t('common.loading')} />
      </Page>
    );
  }
  return (
    <Page title={t('guides.admin.editTitle', { title: guide.data.title })} breadcrumbs={crumbs}>
      {created ? (
        <p className="alert alert--success" role="status">
          {t('guides.admin.created')}
        </p>
      ) : null}
      <GuideEditor key={guide.data.id} guide={guide.data} />
    </Page>
  );
}
