import { STAFF_STATUSES, type TStaffMember, type TStaffStatus } from '@portal/domain';
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
import { StaffForm } from '../components/staff-form.tsx';
import { staffListQuery, useResendInvitation, useSetStaffDisabled } from '../queries.ts';

type Editing = { mode: 'invite' } | { mode: 'edit'; member: TStaffMember } | null;

/** /can-bo/quan-tri/can-bo: staff accounts of the administrator's agency (or all), invitations, roles, disabling. */
export function StaffAccountsPage() {
  const { t, i18n } = useTranslation();
  const { account, isSystemAdmin } = useAdminScope();
  const filterId = useId();
  const [draft, setDraft] = useState({ q: '', status: '', agencyId: '' });
  const [filters, setFilters] = useState(draft);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const agencies = useQuery({ ...agencyListQuery(), enabled: isSystemAdmin });
  const list = useInfiniteQuery(
    staffListQuery({
      limit: 50,
      ...(filters.q ? { q: filters.q } : {}),
      ...(filters.status ? { status: filters.status as TStaffStatus } : {}),
      ...(filters.agencyId ? { agencyId: filters.agencyId } : {}),
    }),
  );
  const resend = useResendInvitation();
  const disable = useSetStaffDisabled();
  const actionError = resend.error ?? disable.error;
  const members = list.data?.pages.flatMap((page) => page.items) ?? [];
  const dateTime = (iso: string) => new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date(iso));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setFilters(draft);
  };

  return (
    <Page
      title={t('admin.nav.staff')}
      breadcrumbs={adminCrumbs(t)}
      lead={isSystemAdmin ? t('admin.staff.leadSystem') : t('admin.staff.leadAgency', { agency: account.agency?.name ?? '—' })}
      actions={
        <Button onClick={() => setEditing({ mode: 'invite' })} disabled={editing?.mode === 'invite'}>
          {t('admin.staff.invite')}
        </Button>
      }
    >
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      {actionError ? <ErrorMessage error={actionError} /> : null}
      {editing ? (
        <StaffForm
          key={editing.mode === 'edit' ? editing.member.id : 'invite'}
          admin={account}
          {...(editing.mode === 'edit' ? { member: editing.member } : {})}
          onCancel={() => setEditing(null)}
          onDone={(member) => {
            setNotice(editing.mode === 'invite' ? t('admin.staff.invited', { email: member.email }) : t('admin.saved'));
            setEditing(null);
          }}
        />
      ) : null}

      <form className="admin-toolbar" role="search" onSubmit={search} aria-label={t('admin.staff.filters')}>
        <TextField id={`${filterId}-q`} label={t('admin.staff.search')} value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        <SelectField id={`${filterId}-status`} label={t('admin.staff.fields.status')} value={draft.status} onChange={(event) => setDraft({ ...draft, status: event.target.value })}>
          <option value="">{t('admin.staff.allStatuses')}</option>
          {STAFF_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`admin.staffStatus.${status}`)}
            </option>
          ))}
        </SelectField>
        {isSystemAdmin ? (
          <SelectField id={`${filterId}-agency`} label={t('admin.staff.fields.agency')} value={draft.agencyId} onChange={(event) => setDraft({ ...draft, agencyId: event.target.value })}>
            <option value="">{t('admin.staff.allAgencies')}</option>
            {agencies.data?.items.map((agency) => (
              <option key={agency.id} value={agency.id}>
                {agency.name}
              </option>
            ))}
          </SelectField>
        ) : null}
        <Button type="submit" variant="secondary">
          {t('common.search')}
        </Button>
      </form>

      {list.isPending ? <Spinner label={t('common.loading')} /> : null}
      {list.isError ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && members.length === 0 ? <p>{t('admin.staff.empty')}</p> : null}
      {members.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">{t('admin.nav.staff')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.staff.fields.username')}</th>
                <th scope="col">{t('admin.staff.fields.fullName')}</th>
                <th scope="col">{t('admin.staff.fields.agency')}</th>
                <th scope="col">{t('admin.staff.fields.roles')}</th>
                <th scope="col">{t('admin.staff.fields.status')}</th>
                <th scope="col">{t('admin.staff.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    {member.username}
                    <br />
                    <span className="form-note">{member.email}</span>
                  </th>
                  <td>
                    {member.fullName ?? '—'}
                    <br />
                    <span className="form-note">{member.position ?? ''}</span>
                  </td>
                  <td>{member.agency?.name ?? '—'}</td>
                  <td>
                    <ul className="role-list">
                      {member.roles.map((role) => (
                        <li key={role} className="role-chip">
                          {t(`admin.roles.${role}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <span className={`staff-status--${member.status}`}>{t(`admin.staffStatus.${member.status}`)}</span>
                    {member.invitation ? (
                      <>
                        <br />
                        <span className="form-note">
                          {member.invitation.expired
                            ? t('admin.staff.invitationExpired')
                            : t('admin.staff.invitationUntil', { when: dateTime(member.invitation.expiresAt) })}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td>
                    <div className="button-row">
                      <Button variant="secondary" onClick={() => setEditing({ mode: 'edit', member })} aria-label={t('admin.staff.editLabel', { username: member.username })}>
                        {t('admin.edit')}
                      </Button>
                      {member.status === 'pending_activation' ? (
                        <Button
                          variant="secondary"
                          disabled={resend.isPending}
                          onClick={() => resend.mutate(member.id, { onSuccess: () => setNotice(t('admin.staff.invited', { email: member.email })) })}
                        >
                          {t('admin.staff.resend')}
                        </Button>
                      ) : null}
                      {member.id === account.id ? null : (
                        <Button
                          variant="ghost"
                          disabled={disable.isPending}
                          onClick={() => {
                            const disabled = member.status !== 'disabled';
                            if (disabled && !window.confirm(t('admin.staff.disableConfirm', { username: member.username }))) return;
                            disable.mutate(
                              { id: member.id, disabled },
                              { onSuccess: () => setNotice(t(disabled ? 'admin.staff.disabledNotice' : 'admin.staff.enabledNotice', { username: member.username })) },
                            );
                          }}
                        >
                          {member.status === 'disabled' ? t('admin.staff.enable') : t('admin.staff.disable')}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.hasNextPage ? (
        <p>
          <Button variant="secondary" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('admin.loadMore')}
          </Button>
        </p>
      ) : null}
    </Page>
  );
}
