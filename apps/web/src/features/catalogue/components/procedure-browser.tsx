import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Pagination, type PageLink } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { procedureListQuery } from '../queries.ts';
import { readCatalogueParams, writeCatalogueParams, type CatalogueUrlState } from '../search-params.ts';
import { CatalogueFilterForm } from './catalogue-filter-form.tsx';
import { ProcedureList } from './procedure-list.tsx';

export const PAGE_SIZE = 20;

/** Router state of a result page: the cursors of the pages before it, for "Trang trước". */
function previousCursors(state: unknown): string[] {
  if (state && typeof state === 'object' && 'cursors' in state && Array.isArray(state.cursors)) {
    return state.cursors.filter((cursor): cursor is string => typeof cursor === 'string');
  }
  return [];
}

export interface ProcedureBrowserProps {
  /** Path of the page itself, e.g. /thu-tuc. */
  basePath: string;
  /** Restrict to procedures that accept online dossiers. */
  onlineOnly?: boolean;
}

/** Filters + results + cursor pagination, all driven by the URL. */
export function ProcedureBrowser({ basePath, onlineOnly = false }: ProcedureBrowserProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { cursor, ...filters } = readCatalogueParams(searchParams);
  const search = searchParams.toString();

  const results = useQuery(
    procedureListQuery({ ...filters, online: onlineOnly || undefined, cursor, limit: PAGE_SIZE }),
  );

  // After a new search or page, take keyboard and screen-reader users to the results.
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const previousSearch = useRef(search);
  useEffect(() => {
    if (previousSearch.current === search) return;
    previousSearch.current = search;
    resultsHeading.current?.focus();
  }, [search]);

  const hrefFor = (state: CatalogueUrlState) => {
    const qs = writeCatalogueParams(state).toString();
    return qs ? `${basePath}?${qs}` : basePath;
  };

  const stack = previousCursors(location.state);
  const nextCursor = results.data?.nextCursor;
  const next: PageLink | null = nextCursor
    ? { to: hrefFor({ ...filters, cursor: nextCursor }), state: { cursors: [...stack, cursor ?? ''] } }
    : null;
  const previousCursor = stack.at(-1);
  const previous: PageLink | null =
    cursor && previousCursor !== undefined
      ? { to: hrefFor({ ...filters, cursor: previousCursor || undefined }), state: { cursors: stack.slice(0, -1) } }
      : null;
  // "Trang đầu" only when it differs from "Trang trước".
  const first: PageLink | null = cursor && (stack.length !== 1 || previousCursor) ? { to: hrefFor(filters) } : null;

  const items = results.data?.items ?? [];

  return (
    <div className="browse-layout">
      <aside className="browse-layout__filters">
        <CatalogueFilterForm
          key={JSON.stringify(filters)}
          initial={filters}
          resetTo={basePath}
          onSubmit={(next) => void navigate(hrefFor(next))}
        />
      </aside>

      <section className="browse-layout__results" aria-labelledby="results-heading" aria-busy={results.isFetching}>
        <div className="results-header">
          <h2 id="results-heading" ref={resultsHeading} tabIndex={-1} className="results-header__title">
            {filters.q ? t('catalogue.resultsFor', { q: filters.q }) : t('catalogue.resultsHeading')}
          </h2>
          {results.isSuccess ? (
            <p className="results-header__count" role="status">
              {t('catalogue.showing', { count: items.length })}
            </p>
          ) : null}
        </div>

        {results.isPending ? <Spinner /> : null}
        {results.isError ? <ErrorMessage error={results.error} onRetry={() => void results.refetch()} /> : null}
        {results.isSuccess && items.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('catalogue.empty')}</p>
            <p>{t('catalogue.emptyHint')}</p>
          </div>
        ) : null}
        {results.isSuccess && items.length > 0 ? (
          <div className={results.isPlaceholderData ? 'is-stale' : undefined}>
            <ProcedureList items={items} />
          </div>
        ) : null}
        {results.isPlaceholderData ? <Spinner inline /> : null}

        {results.isSuccess ? <Pagination first={first} previous={previous} next={next} /> : null}
      </section>
    </div>
  );
}
