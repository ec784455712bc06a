import { formatDateTimeVn } from '@portal/domain';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { agencyListQuery } from '../../catalogue/queries.ts';
import { AUDIT_ACTION_GROUPS, AUDIT_ACTION_LABELS } from '../action-labels.ts';
import type { AuditFilters } from '../api.ts';
import { AuditDiff } from '../components/audit-diff.tsx';
import { auditEventsQuery } from '../queries.ts';

const EMPTY = { actor: '', action: '', entityType: '', entityId: '', from: '', to: '', agencyId: '' };

/** /can-bo/quan-tri/nhat-ky: who changed what and when, with before/after; an agency administrator sees their agency's events. */
export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  const { isSystemAdmin, account } = useAdminScope();
  const id = useId();
  const [draft, setDraft] = useState(EMPTY);
  const [filters, setFilters] = useState<AuditFilters>({});
  const agencies = useQuery({ ...agencyListQuery(), enabled: isSystemAdmin });
  const events = useInfiniteQuery(auditEventsQuery(filters));
  const items = events.data?.pages.flatMap((page) => page.items) ?? [];
  const language = i18n.language === 'en' ? 'en' : 'vi';
  const when = (iso: string) =>
    language === 'en'
      ? new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso))
      : formatDateTimeVn(new Date(iso));
  const field = (name: keyof typeof EMPTY) => ({
    id: `${id}-${name}`,
    value: draft[name],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [name]: event.target.value }),
  });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(Object.fromEntries(Object.entries(draft).filter(([, value]) => value.trim() !== '')) as AuditFilters);
  };

  return (
    <Page
      title={t('admin.nav.audit')}
      breadcrumbs={adminCrumbs(t)}
      lead={isSystemAdmin ? t('admin.audit.leadSystem') : t('admin.audit.leadAgency', { agency: account.agency?.name ?? '—' })}
    >
      <form className="admin-toolbar" role="search" aria-label={t('admin.audit.filters')} onSubmit={apply}>
        <TextField label={t('admin.audit.actor')} hint={t('admin.audit.actorHint')} {...field('actor')} />
        <SelectField label={t('admin.audit.action')} {...field('action')}>
          <option value="">{t('admin.audit.allActions')}</option>
          {AUDIT_ACTION_GROUPS.map((group) => (
            <option key={group.prefix} value={group.prefix}>
              {t(`admin.audit.groups.${group.key}`)}
            </option>
          ))}
          {Object.entries(AUDIT_ACTION_LABELS).map(([action, label]) => (
            <option key={action} value={action}>
              — {label[language]}
            </option>
          ))}
        </SelectField>
        <TextField label={t('admin.audit.entityType')} hint={t('admin.audit.entityTypeHint')} {...field('entityType')} />
        <TextField label={t('admin.audit.entityId')} {...field('entityId')} />
        <TextField label={t('admin.audit.from')} type="date" {...field('from')} />
        <TextField label={t('admin.audit.to')} type="date" {...field('to')} />
        {isSystemAdmin ? (
          <SelectField label={t('admin.staff.fields.agency')} {...field('agencyId')}>
            <option value="">{t('admin.staff.allAgencies')}</option>
            {agencies.data?.items.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Button type="submit" variant="secondary">
          {t('admin.audit.apply')}
        </Button>
        <Button
          variant="ghost"
          onClick={() => {
            setDraft(EMPTY);
            setFilters({});
          }}
        >
          {t('admin.audit.clear')}
        </Button>
      </form>

      {events.isPending ? <Spinner label={t('common.loading')} /> : null}
      {events.isError ? <ErrorMessage error={events.error} onRetry={() => void events.refetch()} /> : null}
      {events.isSuccess && items.length === 0 ? <p>{t('admin.audit.empty')}</p> : null}
      {items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('admin.nav.audit')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.at')}</th>
                <th scope="col">{t('admin.audit.actor')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.entity')}</th>
                <th scope="col">{t('admin.audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((event) => (
                <tr key={event.id}>
                  <td>{when(event.at)}</td>
                  <td>{event.actorName ?? '—'}</td>
                  <td>
                    {AUDIT_ACTION_LABELS[event.action]?.[language] ?? event.action}
                    <br />
                    <code className="form-note">{event.action}</code>
                  </td>
                  <td>{event.entityType ? `${event.entityType}${event.entityId ? ` · ${event.entityId}` : ''}` : '—'}</td>
                  <td>
                    {event.before !== null || event.after !== null || event.metadata !== null ? (
                      <details>
                        <summary>{t('admin.audit.details')}</summary>
                        {event.before !== null || event.after !== null ? <AuditDiff before={event.before} after={event.after} /> : null}
                        {event.metadata !== null ? <pre>{JSON.stringify(event.metadata, null, 2)}</pre> : null}
                        {event.ip ? <p className="form-note">IP: {event.ip}</p> : null}
                      </details>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {events.hasNextPage ? (
        <p>
          <Button variant="secondary" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
            {t('admin.loadMore')}
          </Button>
        </p>
      ) : null}
    </Page>
  );
}
