import '../admin-catalogue.css';
import { PROCEDURE_PUBLICATION_FILTERS } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/button.tsx';
import { CardTable } from '../../../components/card-table.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Pagination } from '../../../components/pagination.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import type { AdminProcedureListParams } from '../api.ts';
import { adminAgenciesQuery, adminFieldsQuery, adminProcedureListQuery } from '../queries.ts';

const FILTERS = ['q', 'agencyId', 'fieldId', 'publication', 'cursor'] as const;

/** /can-bo/quan-tri/thu-tuc: every procedure the administrator manages, published or not. */
export function ProcedureListPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const [search, setSearch] = useSearchParams();
  const params: AdminProcedureListParams = Object.fromEntries(FILTERS.flatMap((key) => (search.get(key) ? [[key, search.get(key)!]] : [])));
  const list = useQuery(adminProcedureListQuery(params));
  const agencies = useQuery({ ...adminAgenciesQuery(), enabled: isSystemAdmin });
  const fields = useQuery(adminFieldsQuery());
  const [q, setQ] = useState(params.q ?? '');

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'agencyId', 'fieldId', 'publication']) {
      const value = String(data.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setSearch(next);
  };
  const withCursor = (cursor: string | null) => {
    const next = new URLSearchParams(search);
    if (cursor) next.set('cursor', cursor);
    else next.delete('cursor');
    return `${paths.staff.admin.procedures}?${next.toString()}`;
  };

  return (
    <Page
      title={t('adminCatalogue.list.title')}
      breadcrumbs={adminCrumbs(t)}
      lead={t('adminCatalogue.list.lead')}
      actions={<ButtonLink to={paths.staff.admin.newProcedure}>{t('adminCatalogue.list.create')}</ButtonLink>}
    >
      <form role="search" aria-label={t('adminCatalogue.list.filters')} onSubmit={apply} className="admin-filters">
        <TextField id="admin-procedures-q" name="q" label={t('adminCatalogue.list.keyword')} hint={t('adminCatalogue.list.keywordHint')} value={q} onChange={(event) => setQ(event.target.value)} />
        {isSystemAdmin ? (
          <SelectField id="admin-procedures-agency" name="agencyId" label={t('adminCatalogue.list.agency')} defaultValue={params.agencyId ?? ''}>
            <option value="">{t('adminCatalogue.list.allAgencies')}</option>
            {agencies.data?.items.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <SelectField id="admin-procedures-field" name="fieldId" label={t('adminCatalogue.list.field')} defaultValue={params.fieldId ?? ''}>
          <option value="">{t('adminCatalogue.list.allFields')}</option>
          {fields.data?.items.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </SelectField>
        <SelectField id="admin-procedures-publication" name="publication" label={t('adminCatalogue.list.publication')} defaultValue={params.publication ?? 'all'}>
          {PROCEDURE_PUBLICATION_FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`adminCatalogue.publication.${value}`)}
            </option>
          ))}
        </SelectField>
        <button type="submit" className="button button--primary">
          {t('common.search')}
        </button>
      </form>

      {list.isPending ? <Spinner /> : null}
      {list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data ? (
        <>
          <p role="status">{list.data.total !== null ? t('adminCatalogue.list.total', { count: list.data.total }) : ''}</p>
          {list.data.items.length === 0 ? (
            <p>{t('adminCatalogue.list.empty')}</p>
          ) : (
            // A card per procedure on phones, like the other lists (components/card-table.tsx).
            <CardTable
              caption={t('adminCatalogue.list.title')}
              columns={[
                { key: 'code', label: t('adminCatalogue.list.code') },
                { key: 'name', label: t('adminCatalogue.list.name') },
                { key: 'agency', label: t('adminCatalogue.list.agency') },
                { key: 'field', label: t('adminCatalogue.list.field') },
                { key: 'status', label: t('adminCatalogue.list.status') },
                { key: 'formVersion', label: t('adminCatalogue.list.formVersion') },
              ]}
              rows={list.data.items.map((item) => ({
                key: item.id,
                cells: {
                  code: item.code,
                  name: (
                    <Link to={paths.staff.admin.procedure(item.id)} lang="vi">
                      {item.name}
                    </Link>
                  ),
                  agency: <span lang="vi">{item.agency.name}</span>,
                  field: <span lang="vi">{item.field.name}</span>,
                  status: (
                    <span className={item.published ? 'badge badge--success' : 'badge'}>
                      {item.published ? t('adminCatalogue.publication.published') : t('adminCatalogue.publication.unpublished')}
                    </span>
                  ),
                  formVersion: item.formVersion,
                },
              }))}
            />
          )}
          <Pagination first={params.cursor ? { to: withCursor(null) } : null} next={list.data.nextCursor ? { to: withCursor(list.data.nextCursor) } : null} />
        </>
      ) : null}
    </Page>
  );
}
