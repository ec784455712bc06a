import '../guides.css';
import { formatDateVn } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { GuideHtml } from '../components/guide-html.tsx';
import { GuideToc } from '../components/guide-toc.tsx';
import { guideLocaleOf, publicGuideQuery } from '../queries.ts';

/**
 * One guide (/huong-dan/:slug#muc-…): the page the API rendered, its table of contents,
 * and printing. It follows the interface language; without a page in that language the
 * API sends the Vietnamese one, and the page says so.
 */
export function GuidePage() {
  const { t, i18n } = useTranslation();
  const { slug = '' } = useParams();
  const { hash } = useLocation();
  const guide = useQuery(publicGuideQuery(slug, guideLocaleOf(i18n.language)));
  const crumbs = [{ label: t('pages.guides'), to: paths.guides }];
  const loaded = guide.data !== undefined;

  // A link to a section (…#muc-3) opened from outside: the section exists only once the page has loaded.
  useEffect(() => {
    if (!loaded || !hash) return;
    document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView?.({ block: 'start' });
    // Only on arrival; later jumps scroll by themselves.
  }, [loaded]);

  if (guide.isPending) {
    return (
      <Page title={t('pages.guides')} breadcrumbs={crumbs}>
        <Spinner label={t('common.loading')} />
      </Page>
    );
  }
  if (guide.isError) {
    const missing = isApiError(guide.error) && guide.error.code === 'GUIDE_NOT_FOUND';
    return (
      <Page title={missing ? t('guides.notFoundTitle') : t('pages.guides')} breadcrumbs={crumbs}>
        {missing ? <p>{t('guides.notFoundBody')}</p> : <ErrorMessage error={guide.error} onRetry={() => void guide.refetch()} />}
        <p>
          <Link to={paths.guides}>{t('guides.backToList')}</Link>
        </p>
      </Page>
    );
  }

  const page = guide.data;
  return (
    <Page title={page.title} titleLang={page.locale} breadcrumbs={crumbs} lead={t('guides.updatedOn', { date: formatDateVn(new Date(page.updatedAt)) })}>
      {page.fallback ? (
        <p className="alert alert--info" role="note">
          {t('guides.fallbackNotice')}
        </p>
      ) : null}
      <div className={page.toc.length > 0 ? 'guide-layout' : 'guide-layout guide-layout--single'}>
        <GuideToc toc={page.toc} lang={page.locale} />
        <article className="guide-article" aria-label={page.title} lang={page.locale}>
          <GuideHtml html={page.html} lang={page.locale} />
        </article>
      </div>
      <div className="button-row guide-actions">
        <Button variant="secondary" onClick={() => window.print()}>
          {t('guides.print')}
        </Button>
        <Link to={paths.guides}>{t('guides.backToList')}</Link>
      </div>
    </Page>
  );
}
