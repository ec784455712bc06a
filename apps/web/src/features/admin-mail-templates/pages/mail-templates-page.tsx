import { MAIL_TEMPLATE_LOCALES, type TMailTemplateLocale } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { TemplateEditor } from '../components/template-editor.tsx';
import { mailTemplateListQuery, mailTemplateQuery } from '../queries.ts';

const LOCALE_LABELS: Record<TMailTemplateLocale, string> = { vi: 'Tiếng Việt', en: 'English' };

/** /can-bo/quan-tri/mau-email?mau=activation&ngon-ngu=vi: the wording of the portal's e-mails (system administrators). */
export function MailTemplatesPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const [params] = useSearchParams();
  const list = useQuery({ ...mailTemplateListQuery(), enabled: isSystemAdmin });
  const key = params.get('mau') ?? list.data?.items[0]?.key ?? null;
  const locale: TMailTemplateLocale = params.get('ngon-ngu') === 'en' ? 'en' : 'vi';
  const detail = useQuery({ ...mailTemplateQuery(key ?? '', locale), enabled: isSystemAdmin && key !== null });
  const link = (template: string, language: TMailTemplateLocale) => `${paths.staff.admin.mailTemplates}?mau=${encodeURIComponent(template)}&ngon-ngu=${language}`;

  if (!isSystemAdmin) {
    return (
      <Page title={t('admin.nav.mailTemplates')} breadcrumbs={adminCrumbs(t)}>
        <p className="alert alert--info">{t('admin.mailTemplates.systemOnly')}</p>
      </Page>
    );
  }

  return (
    <Page title={t('admin.nav.mailTemplates')} breadcrumbs={adminCrumbs(t)} lead={t('admin.mailTemplates.lead')}>
      {list.isPending ? <Spinner label={t('common.loading')} /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <nav aria-label={t('admin.mailTemplates.listLabel')}>
          <ul className="role-list">
            {list.data.items.map((item) => (
              <li key={item.key}>
                <Link to={link(item.key, locale)} aria-current={item.key === key ? 'page' : undefined} className="button button--secondary">
                  {item.label}
                  {item.overridden.length > 0 ? ` (${t('admin.mailTemplates.edited')})` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {key ? (
        <section className="admin-panel" aria-labelledby="mail-template-title">
          <h2 id="mail-template-title">{detail.data?.label ?? key}</h2>
          <nav aria-label={t('admin.mailTemplates.languageLabel')} className="button-row">
            {MAIL_TEMPLATE_LOCALES.map((language) => (
              <Link key={language} to={link(key, language)} aria-current={language === locale ? 'page' : undefined}>
                {LOCALE_LABELS[language]}
              </Link>
            ))}
          </nav>
          {detail.isPending ? <Spinner label={t('common.loading')} /> : null}
          {detail.isError ? <ErrorMessage error={detail.error} /> : null}
          {detail.data ? <TemplateEditor key={`${detail.data.key}/${detail.data.locale}`} detail={detail.data} /> : null}
        </section>
      ) : null}
    </Page>
  );
}
