import '../guides.css';
import { GUIDE_LOCALE_LABELS, formatDateTimeVn } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { adminGuideListQuery } from '../queries.ts';

/** /can-bo/quan-tri/huong-dan: every guide page, both languages, with its state and order (system administrators). */
export function AdminGuidesPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const location = useLocation();
  const list = useQuery({ ...adminGuideListQuery(), enabled: isSystemAdmin });
  const deleted = (location.state as { deleted?: string } | null)?.deleted;

  if (!isSystemAdmin) {
    return (
      <Page title={t('guides.admin.nav')} breadcrumbs={adminCrumbs(t)}>
        <p className="alert alert--info">{t('guides.admin.systemOnly')}</p>
      </Page>
    );
  }

  return (
    <Page
      title={t('guides.admin.nav')}
      breadcrumbs={adminCrumbs(t)}
      lead={t('guides.admin.lead')}
      actions={<ButtonLink to={paths.staff.admin.newGuide}>{t('guides.admin.add')}</ButtonLink>}
    >
      <div role="status" aria-live="polite">
        {deleted ? <p className="alert alert--success">{t('guides.admin.deleted', { title: deleted })}</p> : null}
      </div>
      {list.isPending ? <Spinner label={t('common.loading')} /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('guides.admin.empty')}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('guides.admin.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('guides.admin.title')}</th>
                <th scope="col">{t('guides.admin.language')}</th>
                <th scope="col" className="data-table__number">
                  {t('guides.admin.order')}
                </th>
                <th scope="col">{t('guides.admin.state')}</th>
                <th scope="col">{t('guides.admin.updated')}</th>
                <th scope="col">{t('guides.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((item) => {
                const language = GUIDE_LOCALE_LABELS[item.locale];
                return (
                  <tr key={item.id}>
                    <td>
                      <span className="data-table__primary" lang={item.locale}>
                        {item.title}
                      </span>
                      <span className="data-table__secondary">{paths.guide(item.slug)}</span>
                    </td>
                    <td>{language}</td>
                    <td className="data-table__number">{item.sortOrder}</td>
                    <td>
                      <span className={item.published ? 'badge guide-badge guide-badge--published' : 'badge guide-badge'}>
                        {item.published ? t('guides.admin.published') : t('guides.admin.unpublished')}
                      </span>
                    </td>
                    <td className="nowrap">{formatDateTimeVn(new Date(item.updatedAt))}</td>
                    <td>
                      <div className="guide-row-actions">
                        <Link to={paths.staff.admin.guide(item.id)} aria-label={t('guides.admin.editLabel', { title: item.title, language })}>
                          {t('guides.admin.edit')}
                        </Link>
                        {item.published ? (
                          <Link to={paths.guide(item.slug)} aria-label={t('guides.admin.viewPublicLabel', { title: item.title })}>
                            {t('guides.admin.viewPublic')}
                          </Link>
                        ) : null}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
    </Page>
  );
}
