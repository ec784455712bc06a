import { DOSSIER_SORTS, DOSSIER_STATUSES, formatDateVn, type TDossierSummaryItem } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { cursorPageLinks } from '../../../lib/cursor-pages.ts';
import { paths } from '../../../lib/paths.ts';
import { useActionDialogs } from '../components/action-dialogs.tsx';
import { DossierActions } from '../components/dossier-actions.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { listHref, readListParams, type DossierListUrlState } from '../list-params.ts';
import { dossierListQuery, dossierSummaryQuery } from '../queries.ts';

const PAGE_SIZE = 20;
const base = paths.citizen.dossiers;

/**
 * Xem danh sách hồ sơ: one category (or all), searchable, sortable, paged; each row with
 * the *Thao tác* its state allows.
 */
export function DossierListPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = readListParams(params);
  const { status, q, sort, cursor } = state;
  const list = useQuery(dossierListQuery({ status, q, sort: sort ?? 'updated', limit: PAGE_SIZE, cursor }));
  const summary = useQuery(dossierSummaryQuery());
  const dialogs = useActionDialogs();

  const [query, setQuery] = useState(q ?? '');
  const [order, setOrder] = useState(sort ?? 'updated');
  useEffect(() => {
    setQuery(q ?? '');
    setOrder(sort ?? 'updated');
  }, [q, sort]);

  const title = status ? t(`dossiers.category.${status}`) : t('dossiers.list.allTitle');
  const filters: DossierListUrlState = { status, q, sort };
  const { first, previous, next } = cursorPageLinks({
    locationState: location.state,
    cursor,
    nextCursor: list.data?.nextCursor,
    hrefOf: (at) => listHref(base, { ...filters, cursor: at }),
  });

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    void navigate(listHref(base, { status, q: query.trim() || undefined, sort: order === 'updated' ? undefined : order }));
  };

  return (
    <Page title={title} breadcrumbs={[{ label: t('dossiers.dashboard.title'), to: paths.citizen.home }]}>
      <nav aria-label={t('dossiers.list.categoriesLabel')} className="category-tabs">
        <ul>
          <li>
            <Link to={listHref(base, { q, sort })} aria-current={status === undefined ? 'page' : undefined}>
              {t('dossiers.list.all')}
              {summary.data ? <span className="category-tabs__count">{` (${summary.data.total})`}</span> : null}
            </Link>
          </li>
          {DOSSIER_STATUSES.map((candidate) => (
            <li key={candidate}>
              <Link to={listHref(base, { status: candidate, q, sort })} aria-current={status === candidate ? 'page' : undefined}>
                {t(`dossiers.category.${candidate}`)}
                {summary.data ? <span className="category-tabs__count">{` (${summary.data.counts[candidate]})`}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" className="list-toolbar" onSubmit={onSearch} aria-label={t('dossiers.list.searchLabel')}>
        <div className="form-field list-toolbar__search">
          <label htmlFor="dossier-search">{t('dossiers.list.searchLabel')}</label>
          <input id="dossier-search" type="search" value={query} maxLength={200} onChange={(event) => setQuery(event.target.value)} />
        </div>
        <div className="form-field list-toolbar__sort">
          <label htmlFor="dossier-sort">{t('dossiers.list.sortLabel')}</label>
          <select id="dossier-sort" value={order} onChange={(event) => setOrder(event.target.value as typeof order)}>
            {DOSSIER_SORTS.map((value) => (
              <option key={value} value={value}>
                {t(`dossiers.list.sort.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">{t('dossiers.list.searchButton')}</Button>
      </form>

      <div role="status" aria-live="polite" className="list-notice">
        {dialogs.notice ? <p className="alert alert--success">{dialogs.notice}</p> : null}
      </div>

      <section aria-labelledby="dossier-results" className={list.isPlaceholderData ? 'is-stale' : undefined}>
        <h2 id="dossier-results" className="visually-hidden">
          {t('dossiers.list.caption')}
        </h2>
        {list.isPending ? <Spinner /> : null}
        {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data ? (
          list.data.items.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{t('dossiers.list.empty')}</p>
              <p>
                <Link to={paths.onlineServices}>{t('dossiers.list.emptyHint')}</Link>
              </p>
            </div>
          ) : (
            <>
              <p className="list-count">{t('dossiers.list.found', { count: list.data.total })}</p>
              <DossierTable items={list.data.items} dialogs={dialogs} />
              <Pagination first={first} previous={previous} next={next} />
            </>
          )
        ) : null}
      </section>
      {dialogs.dialogs}
    </Page>
  );
}

function DossierTable({ items, dialogs }: { items: readonly TDossierSummaryItem[]; dialogs: ReturnType<typeof useActionDialogs> }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll" role="group" aria-labelledby="dossier-results" tabIndex={0}>
      <table className="data-table dossier-table">
        <thead>
          <tr>
            <th scope="col">{t('dossiers.list.code')}</th>
            <th scope="col">{t('dossiers.list.procedure')}</th>
            <th scope="col">{t('dossiers.list.dates')}</th>
            <th scope="col">{t('dossiers.list.statusCol')}</th>
            <th scope="col">{t('dossiers.list.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="dossier-table__code">
                {item.code ? <Link to={paths.citizen.dossier(item.id)}>{item.code}</Link> : <span className="file-meta">{t('dossiers.list.noCode')}</span>}
              </th>
              <td>
                <span className="data-table__primary" lang="vi">
                  {item.procedure.name}
                </span>
                <span className="data-table__secondary" lang="vi">
                  {item.agency.name}
                </span>
              </td>
              <td className="dossier-table__dates">
                <span className="data-table__secondary">{t('dossiers.list.createdOn', { date: formatDateVn(new Date(item.createdAt)) })}</span>
                {item.submittedAt ? (
                  <span className="data-table__secondary">{t('dossiers.list.submittedOn', { date: formatDateVn(new Date(item.submittedAt)) })}</span>
                ) : null}
                {item.dueAt ? <span className="data-table__secondary">{t('dossiers.list.dueOn', { date: formatDateVn(new Date(item.dueAt)) })}</span> : null}
              </td>
              <td>
                <StatusBadge status={item.status} />
              </td>
              <td>
                <DossierActions dossier={item} onDelete={dialogs.openDelete} onSubmit={dialogs.openSubmit} onHistory={dialogs.openHistory} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
