import '../guides.css';
import { formatDateVn } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Card } from '../../../components/card.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { guideLocaleOf, publicGuideListQuery } from '../queries.ts';

/** Hướng dẫn sử dụng (/huong-dan): every published guide in the reader's language, as cards. */
export function GuidesPage() {
  const { t, i18n } = useTranslation();
  const locale = guideLocaleOf(i18n.language);
  const list = useQuery(publicGuideListQuery(locale));

  return (
    <Page title={t('pages.guides')} breadcrumbs={[]} lead={t('guides.lead')}>
      {list.isPending ? (
        <Spinner label={t('common.loading')} />
      ) : list.isError ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p role="status">{t('guides.empty')}</p>
      ) : (
        <ul className="card-grid guide-cards" aria-label={t('guides.listHeading')}>
          {list.data.items.map((item) => (
            <li key={item.slug}>
              <Card title={<span lang={item.locale}>{item.title}</span>} headingLevel={2} to={paths.guide(item.slug)}>
                {item.summary ? (
                  <p lang={item.locale} className="guide-cards__summary">
                    {item.summary}
                  </p>
                ) : null}
                <p className="file-meta">
                  {t('guides.updatedOn', { date: formatDateVn(new Date(item.updatedAt)) })}
                  {item.fallback ? (
                    <>
                      {' · '}
                      <span className="badge guide-badge">{t('guides.inVietnamese')}</span>
                    </>
                  ) : null}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
