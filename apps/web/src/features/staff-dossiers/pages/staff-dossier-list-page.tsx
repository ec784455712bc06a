import { STAFF_INBOX_VIEWS, STAFF_LIST_SORTS, isTerminal, type TStaffDossierListItem, type TStaffListSort } from '@portal/domain';
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
import { useSession } from '../../auth/queries.ts';
import { fieldListQuery, procedureListQuery } from '../../catalogue/queries.ts';
import { StatusBadge } from '../../dossiers/components/status-badge.tsx';
import { DueBadge, ReceiveDeadline } from '../components/deadline-info.tsx';
import { formatDueVn } from '../deadlines.ts';
import { readStaffListParams, staffListHref, type StaffListUrlState } from '../list-params.ts';
import { inboxSummaryQuery, staffDossierListQuery } from '../queries.ts';
import { useNow } from '../use-now.ts';

const PAGE_SIZE = 20;
const base = paths.staff.dossiers;

/**
 * Hồ sơ cần xử lý (/can-bo/ho-so?view=…): one inbox view (or the whole agency), with its
 * count on every tab; search by code, applicant or CCCD; procedure and field filters;
 * sorted by due date by default; paged.
 */
export function StaffDossierListPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const state = readStaffListParams(params);
  const { view, q, procedureId, fieldId, sort, cursor } = state;
  const list = useQuery(staffDossierListQuery({ view, q, procedureId, fieldId, sort: sort ?? 'due', limit: PAGE_SIZE, cursor }));
  const summary = useQuery(inboxSummaryQuery());

  const title = view ? t(`staffDossiers.views.${view}`) : t('staffDossiers.list.title');
  const filters: StaffListUrlState = { view, q, procedureId, fieldId, sort };
  const pages = cursorPageLinks({
    locationState: location.state,
    cursor,
    nextCursor: list.data?.nextCursor,
    hrefOf: (at) => staffListHref(base, { ...filters, cursor: at }),
  });

  return (
    <Page title={title} breadcrumbs={[{ label: t('staffDossiers.home.title'), to: paths.staff.home }]}>
      <nav aria-label={t('staffDossiers.list.viewsLabel')} className="category-tabs">
        <ul>
          <li>
            <Link to={staffListHref(base, { ...filters, view: undefined })} aria-current={view === undefined ? 'page' : undefined}>
              {t('staffDossiers.list.title')}
            </Link>
          </li>
          {STAFF_INBOX_VIEWS.map((candidate) => (
            <li key={candidate}>
              <Link to={staffListHref(base, { ...filters, view: candidate })} aria-current={view === candidate ? 'page' : undefined}>
                {t(`staffDossiers.views.${candidate}`)}
                {summary.data ? <span className="category-tabs__count">{` (${summary.data.counts[candidate]})`}</span> : null}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <ListToolbar state={state} onApply={(next) => void navigate(staffListHref(base, next))} />

      <section aria-labelledby="staff-dossier-results" className={list.isPlaceholderData ? 'is-stale' : undefined}>
        <h2 id="staff-dossier-results" className="visually-hidden">
          {t('staffDossiers.list.caption')}
        </h2>
        {list.isPending ? <Spinner /> : null}
        {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data ? (
          list.data.items.length === 0 ? (
            <div className="empty-state">
              <p className="empty-state__title">{t('staffDossiers.list.empty')}</p>
            </div>
          ) : (
            <>
              <p className="list-count">{t('staffDossiers.list.found', { count: list.data.total })}</p>
              <StaffDossierTable items={list.data.items} />
              <Pagination {...pages} />
            </>
          )
        ) : null}
      </section>
    </Page>
  );
}

/** Search, filters and order; applied together with one button so a screen reader hears one result change. */
function ListToolbar({ state, onApply }: { state: StaffListUrlState; onApply: (next: StaffListUrlState) => void }) {
  const { t } = useTranslation();
  const { account } = useSession();
  const agencyId = account?.agency?.id;
  const [query, setQuery] = useState(state.q ?? '');
  const [fieldId, setFieldId] = useState(state.fieldId ?? '');
  const [procedureId, setProcedureId] = useState(state.procedureId ?? '');
  const [order, setOrder] = useState<TStaffListSort>(state.sort ?? 'due');
  useEffect(() => {
    setQuery(state.q ?? '');
    setFieldId(state.fieldId ?? '');
    setProcedureId(state.procedureId ?? '');
    setOrder(state.sort ?? 'due');
  }, [state.q, state.fieldId, state.procedureId, state.sort]);

  const fields = useQuery({ ...fieldListQuery({ agencyId }), enabled: agencyId !== undefined });
  const procedures = useQuery({ ...procedureListQuery({ agencyId, fieldId: fieldId || undefined, limit: 100 }), enabled: agencyId !== undefined });

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    onApply({
      view: state.view,
      q: query.trim() || undefined,
      fieldId: fieldId || undefined,
      procedureId: procedureId || undefined,
      sort: order === 'due' ? undefined : order,
    });
  };

  return (
    <form role="search" className="list-toolbar" onSubmit={onSubmit} aria-label={t('staffDossiers.list.searchLabel')}>
      <div className="form-field list-toolbar__search">
        <label htmlFor="staff-dossier-search">{t('staffDossiers.list.searchLabel')}</label>
        <input id="staff-dossier-search" type="search" value={query} maxLength={200} onChange={(event) => setQuery(event.target.value)} />
      </div>
      <div className="form-field list-toolbar__filter">
        <label htmlFor="staff-dossier-field">{t('staffDossiers.list.fieldLabel')}</label>
        <select
          id="staff-dossier-field"
          value={fieldId}
          onChange={(event) => {
            setFieldId(event.target.value);
            setProcedureId('');
          }}
        >
          <option value="">{t('staffDossiers.list.anyField')}</option>
          {fields.data?.items.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field list-toolbar__filter">
        <label htmlFor="staff-dossier-procedure">{t('staffDossiers.list.procedureLabel')}</label>
        <select id="staff-dossier-procedure" value={procedureId} onChange={(event) => setProcedureId(event.target.value)}>
          <option value="">{t('staffDossiers.list.anyProcedure')}</option>
          {procedures.data?.items.map((procedure) => (
            <option key={procedure.id} value={procedure.id}>
              {procedure.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field list-toolbar__sort">
        <label htmlFor="staff-dossier-sort">{t('staffDossiers.list.sortLabel')}</label>
        <select id="staff-dossier-sort" value={order} onChange={(event) => setOrder(event.target.value as TStaffListSort)}>
          {STAFF_LIST_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`staffDossiers.list.sort.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t('staffDossiers.list.searchButton')}</Button>
    </form>
  );
}

function StaffDossierTable({ items }: { items: readonly TStaffDossierListItem[] }) {
  const { t } = useTranslation();
  const now = useNow();
  const date = (iso: string) => formatDueVn(iso);
  return (
    <div className="table-scroll" role="group" aria-labelledby="staff-dossier-results" tabIndex={0}>
      <table className="data-table dossier-table">
        <thead>
          <tr>
            <th scope="col">{t('staffDossiers.list.code')}</th>
            <th scope="col">{t('staffDossiers.list.applicant')}</th>
            <th scope="col">{t('staffDossiers.list.procedure')}</th>
            <th scope="col">{t('staffDossiers.list.dates')}</th>
            <th scope="col">{t('staffDossiers.list.status')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <th scope="row" className="dossier-table__code">
                <Link to={paths.staff.dossier(item.id)}>{item.code}</Link>
              </th>
              <td>
                <span className="data-table__primary">{item.applicantName}</span>
                {item.applicantIdNumber ? <span className="data-table__secondary">{t('staffDossiers.list.idNumber', { number: item.applicantIdNumber })}</span> : null}
              </td>
              <td>
                <span className="data-table__primary">{item.procedure.name}</span>
                <span className="data-table__secondary">{item.procedure.code}</span>
              </td>
              <td className="dossier-table__dates">
                {item.submittedAt ? <span className="data-table__secondary">{t('staffDossiers.list.submittedOn', { date: date(item.submittedAt) })}</span> : null}
                {item.status === 'sent' ? <ReceiveDeadline deadlineAt={item.receiveDeadlineAt} now={now} /> : null}
                {item.receivedAt ? <span className="data-table__secondary">{t('staffDossiers.list.receivedOn', { date: date(item.receivedAt) })}</span> : null}
                {item.dueAt ? <span className="data-table__secondary">{t('staffDossiers.list.dueOn', { date: date(item.dueAt) })}</span> : null}
              </td>
              <td>
                <StatusBadge status={item.status} />
                <span className="staff-table__badges">
                  {item.overdue ? <DueBadge kind="overdue" /> : item.dueSoon ? <DueBadge kind="due-soon" /> : null}
                  {item.paused ? <DueBadge kind="paused" /> : null}
                </span>
                {item.assignee && !isTerminal(item.status) ? <span className="data-table__secondary">{t('staffDossiers.list.handler')}: {item.assignee.name}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
