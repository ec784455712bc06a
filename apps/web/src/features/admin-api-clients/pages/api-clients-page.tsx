import '../api-clients.css';
import { API_CLIENT_STATUSES, type TApiClientListQuery, type TApiClientStatus } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import { Button, ButtonLink } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { AgencyOptions } from '../../catalogue/components/agency-options.tsx';
import { agencyListQuery } from '../../catalogue/queries.ts';
import { ApiClientTable } from '../components/api-client-table.tsx';
import { apiClientListQuery } from '../queries.ts';

const isStatus = (value: string | null): value is TApiClientStatus => (API_CLIENT_STATUSES as readonly (string | null)[]).includes(value);

/**
 * /can-bo/quan-tri/ung-dung-tich-hop: the API clients of every agency (system administrators)
 * or of the administrator's agency, filtered by status and (system administrators) agency;
 * the filters live in the address, so the list can be bookmarked and Back restores it.
 */
export function ApiClientsPage() {
  const { t } = useTranslation();
  const { account, isSystemAdmin } = useAdminScope();
  const filterId = useId();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const status = search.get('status');
  const agencyId = search.get('agencyId');
  const query: TApiClientListQuery = {
    ...(isStatus(status) ? { status } : {}),
    ...(isSystemAdmin && agencyId ? { agencyId } : {}),
  };
  const agencies = useQuery({ ...agencyListQuery(), enabled: isSystemAdmin });
  const list = useQuery(apiClientListQuery(query));
  const revoked = (location.state as { revoked?: string } | null)?.revoked;

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const name of ['status', 'agencyId']) {
      const value = String(data.get(name) ?? '');
      if (value) next.set(name, value);
    }
    setSearch(next);
  };

  return (
    <Page
      title={t('apiClients.title')}
      breadcrumbs={adminCrumbs(t)}
      lead={isSystemAdmin ? t('apiClients.leadSystem') : t('apiClients.leadAgency', { agency: account.agency?.name ?? '—' })}
      actions={<ButtonLink to={paths.staff.admin.newApiClient}>{t('apiClients.create')}</ButtonLink>}
    >
      <div role="status" aria-live="polite">
        {revoked ? <p className="alert alert--success">{t('apiClients.revoke.done', { name: revoked })}</p> : null}
      </div>
      {/* Keyed by the address (and the agencies, once loaded): Back and a bookmarked link show the filters of the list below. */}
      <form key={`${search.toString()}|${agencies.isSuccess}`} className="admin-toolbar" role="search" aria-label={t('apiClients.filters')} onSubmit={apply}>
        <SelectField id={`${filterId}-status`} name="status" label={t('apiClients.fields.status')} defaultValue={query.status ?? ''}>
          <option value="">{t('apiClients.allStatuses')}</option>
          {API_CLIENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`apiClients.status.${value}`)}
            </option>
          ))}
        </SelectField>
        {isSystemAdmin ? (
          <SelectField id={`${filterId}-agency`} name="agencyId" label={t('apiClients.fields.agency')} defaultValue={query.agencyId ?? ''}>
            <option value="">{t('apiClients.allAgencies')}</option>
            <AgencyOptions agencies={agencies.data?.items ?? []} />
          </SelectField>
        ) : null}
        <Button type="submit" variant="secondary">
          {t('common.search')}
        </Button>
      </form>

      {list.isPending ? <Spinner label={t('common.loading')} /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.data.items.length === 0 ? (
        <p>
          {t('apiClients.empty')} <Link to={paths.staff.admin.newApiClient}>{t('apiClients.create')}</Link>
        </p>
      ) : null}
      {list.data && list.data.items.length > 0 ? <ApiClientTable items={list.data.items} /> : null}
    </Page>
  );
}
