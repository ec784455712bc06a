import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Pagination, type PageLink } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { proceduresUrl } from '../../../lib/paths.ts';
import { agencyListQuery, fieldListQuery, procedureListQuery } from '../queries.ts';
import { readCatalogueParams, writeCatalogueParams, type CatalogueUrlState } from '../search-params.ts';
import { AgencyDirectory } from './agency-directory.tsx';
import { CatalogueFilterForm } from './catalogue-filter-form.tsx';
import { CatalogueSearchBar } from './catalogue-search-bar.tsx';
import { FieldDirectory } from './field-directory.tsx';
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
  /** Restrict to procedures that accept online dossiers, each with an "Đăng ký trực tuyến" button. */
  onlineOnly?: boolean;
}

/**
 * The catalogue as seed 003/004 describe it, all driven by the URL:
 *   no query      → choose an agency (grouped tiles) or directly a field;
 *   ?agencyId     → the fields of that agency, with their number of procedures;
 *   ?fieldId, ?q… → the procedures, with filters, highlighted matches and pages.
 */
export function ProcedureBrowser({ basePath, onlineOnly = false }: ProcedureBrowserProps) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const { cursor, ...filters } = readCatalogueParams(searchParams);
  const search = searchParams.toString();
  const mode = filters.q || filters.fieldId || filters.level ? 'results' : filters.agencyId ? 'agency' : 'start';

  // After choosing an agency, a field, a search or a page, take keyboard and screen-reader
  // users to the heading of what they chose (not back to the top of the page).
  const viewHeading = useRef<HTMLHeadingElement>(null);
  const previousSearch = useRef(search);
  useEffect(() => {
    if (previousSearch.current === search) return;
    previousSearch.current = search;
    viewHeading.current?.focus();
  }, [search]);

  const agencies = useQuery({ ...agencyListQuery(), enabled: Boolean(filters.agencyId) });
  const agency = agencies.data?.items.find((item) => item.id === filters.agencyId);

  if (mode === 'start') {
    return (
      <div className="browse">
        <CatalogueSearchBar basePath={basePath} />
        <AgencyDirectory basePath={basePath} />
        <FieldDirectory
          basePath={basePath}
          onlineOnly={onlineOnly}
          headingId="choose-field-heading"
          heading={t('browse.chooseFieldHeading')}
          lead={t('browse.chooseFieldLead')}
        />
      </div>
    );
  }

  if (mode === 'agency') {
    return (
      <div className="browse">
        <CatalogueSearchBar basePath={basePath} />
        <p className="browse__back">
          <Link to={basePath}>
            <span aria-hidden="true">‹ </span>
            {t('browse.otherAgency')}
          </Link>
        </p>
        <FieldDirectory
          headingRef={viewHeading}
          basePath={basePath}
          agencyId={filters.agencyId}
          onlineOnly={onlineOnly}
          headingId="agency-fields-heading"
          heading={t('browse.fieldsOfAgency', { agency: agency?.name ?? '…' })}
          lead={t('browse.fieldsOfAgencyLead')}
        />
      </div>
    );
  }

  return <ProcedureResults basePath={basePath} onlineOnly={onlineOnly} agencyName={agency?.name} headingRef={viewHeading} />;
}

function ProcedureResults({
  basePath,
  onlineOnly,
  agencyName,
  headingRef,
}: {
  basePath: string;
  onlineOnly: boolean;
  agencyName: string | undefined;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { cursor, ...filters } = readCatalogueParams(searchParams);

  const results = useQuery(procedureListQuery({ ...filters, online: onlineOnly || undefined, cursor, limit: PAGE_SIZE }));
  const fields = useQuery({ ...fieldListQuery({ agencyId: filters.agencyId }), enabled: Boolean(filters.fieldId) });
  const fieldName = fields.data?.items.find((field) => field.id === filters.fieldId)?.name;

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
  const total = results.data?.total;

  return (
    <div className="browse-layout">
      <aside className="browse-layout__filters">
        <CatalogueFilterForm
          key={JSON.stringify(filters)}
          initial={filters}
          resetTo={basePath}
          onlineOnly={onlineOnly}
          onSubmit={(next) => void navigate(hrefFor(next))}
        />
      </aside>

      <section className="browse-layout__results" aria-labelledby="results-heading" aria-busy={results.isFetching}>
        {(filters.agencyId && agencyName) || fieldName ? (
          <nav className="browse-trail" aria-label={t('browse.trailLabel')}>
            <ul>
              <li>
                <Link to={basePath}>{t('browse.otherAgency')}</Link>
              </li>
              {filters.agencyId && agencyName ? (
                <li>
                  <Link to={proceduresUrl({ agencyId: filters.agencyId }, basePath)}>{t('browse.trailAgency', { name: agencyName })}</Link>
                </li>
              ) : null}
              {fieldName ? <li aria-current="page">{t('browse.trailField', { name: fieldName })}</li> : null}
            </ul>
          </nav>
        ) : null}
        <div className="results-header">
          <h2 id="results-heading" ref={headingRef} tabIndex={-1} className="results-header__title">
            {filters.q ? t('catalogue.resultsFor', { q: filters.q }) : (fieldName ?? t('catalogue.resultsHeading'))}
          </h2>
          {results.isSuccess ? (
            <p className="results-header__count" role="status">
              {typeof total === 'number' ? t('browse.found', { count: total }) : t('catalogue.showing', { count: items.length })}
            </p>
          ) : null}
        </div>

        {results.isSuccess && results.data.approximate && filters.q ? (
          <p className="alert alert--info">{t('browse.approximate', { q: filters.q })}</p>
        ) : null}
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
            <ProcedureList items={items} registerButtons={onlineOnly} />
          </div>
        ) : null}
        {results.isPlaceholderData ? <Spinner inline /> : null}

        {results.isSuccess ? <Pagination first={first} previous={previous} next={next} /> : null}
      </section>
    </div>
  );
}
