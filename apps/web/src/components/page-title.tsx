import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "Page | Portal" so tabs, history and screen readers name the page. */
export function useDocumentTitle(pageTitle: string | undefined): void {
  const { t } = useTranslation();
  const portal = t('app.name');
  useEffect(() => {
    document.title = pageTitle ? t('app.documentTitle', { page: pageTitle, portal }) : portal;
  }, [pageTitle, portal, t]);
}

/**
 * The page's single `<h1>`. It takes focus after client-side navigation (see RootLayout),
 * hence `tabIndex={-1}`.
 */
export function PageTitle({
  children,
  documentTitle,
  lang,
  loading = false,
}: {
  children: string;
  documentTitle?: string;
  lang?: string | undefined;
  /** While the page's data loads: a placeholder the size of a two-line title (no layout shift). */
  loading?: boolean;
}) {
  useDocumentTitle(documentTitle ?? children);
  return (
    <h1 className="page__title" tabIndex={-1} lang={lang}>
      {loading ? (
        <>
          <span className="visually-hidden">{children}</span>
          <span className="skeleton skeleton--title" aria-hidden="true" />
        </>
      ) : (
        children
      )}
    </h1>
  );
}
