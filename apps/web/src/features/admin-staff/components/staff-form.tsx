import { zodResolver } from '@hookform/resolvers/zod';
import { ZStaffInvite, grantableRoles, type TAccount, type TStaffInviteInput, type TStaffMember, type TStaffRole } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { agencyListQuery } from '../../catalogue/queries.ts';
import { useInviteStaff, useUpdateStaff } from '../queries.ts';

type Values = TStaffInviteInput;

/**
 * Invite a staff member, or edit one (name, position, agency, roles). The role boxes are
 * the roles this administrator may grant; an agency administrator's agency is fixed.
 */
export function StaffForm({
  admin,
  member,
  onDone,
  onCancel,
}: {
  admin: TAccount;
  /** Absent: invite a new staff member */
  member?: TStaffMember;
  onDone: (member: TStaffMember) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const invite = useInviteStaff();
  const update = useUpdateStaff();
  const mutation = member ? update : invite;
  const isSystemAdmin = admin.roles.includes('system_admin');
  const agencies = useQuery({ ...agencyListQuery(), enabled: isSystemAdmin });
  const grantable = grantableRoles(admin.roles);
  // Roles the account already holds stay visible even when this administrator could not grant them.
  const shownRoles: TStaffRole[] = [...grantable, ...(member?.roles.filter((role) => !grantable.includes(role)) ?? [])];

  const form = useForm<Values>({
    shouldFocusError: false,
    // Editing: the username and e-mail are not changed here, the invite schema checks the rest.
    resolver: zodResolver(ZStaffInvite),
    defaultValues: member
      ? { username: member.username, email: member.email, fullName: member.fullName ?? '', position: member.position ?? '', agencyId: member.agency?.id ?? '', roles: member.roles, locale: 'vi' }
      : { username: '', email: '', fullName: '', position: '', agencyId: isSystemAdmin ? '' : (admin.agency?.id ?? ''), roles: [], locale: 'vi' },
  });
  const ids = {
    username: `${formId}-username`,
    email: `${formId}-email`,
    fullName: `${formId}-fullName`,
    position: `${formId}-position`,
    agencyId: `${formId}-agencyId`,
    roles: `${formId}-roles`,
    locale: `${formId}-locale`,
  };
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'username', id: ids.username },
      { name: 'email', id: ids.email },
      { name: 'fullName', id: ids.fullName },
      { name: 'position', id: ids.position },
      { name: 'agencyId', id: ids.agencyId },
      { name: 'roles', id: ids.roles },
    ],
    mutation.error,
  );

  const onSubmit = form.handleSubmit((values) => {
    if (member) {
      const roles = ZStaffInvite.shape.roles.parse(values.roles);
      update.mutate({ id: member.id, body: { fullName: values.fullName, position: values.position, agencyId: values.agencyId, roles } }, { onSuccess: onDone });
    } else {
      invite.mutate(ZStaffInvite.parse(values), { onSuccess: onDone });
    }
  });

  return (
    <form noValidate onSubmit={onSubmit} className="admin-panel" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{member ? t('admin.staff.editTitle', { username: member.username }) : t('admin.staff.inviteTitle')}</h2>
      {summary}
      {member ? null : (
        <>
          <TextField id={ids.username} label={t('admin.staff.fields.username')} hint={t('auth.fields.usernameHint')} required autoComplete="off" error={fieldError('username')} {...form.register('username')} />
          <TextField id={ids.email} label={t('admin.staff.fields.email')} hint={t('admin.staff.fields.emailHint')} type="email" required autoComplete="off" error={fieldError('email')} {...form.register('email')} />
        </>
      )}
      <TextField id={ids.fullName} label={t('admin.staff.fields.fullName')} required error={fieldError('fullName')} {...form.register('fullName')} />
      <TextField id={ids.position} label={t('admin.staff.fields.position')} hint={t('admin.staff.fields.positionHint')} required error={fieldError('position')} {...form.register('position')} />
      {isSystemAdmin ? (
        <SelectField id={ids.agencyId} label={t('admin.staff.fields.agency')} required error={fieldError('agencyId')} {...form.register('agencyId')}>
          <option value="">{t('admin.staff.fields.agencyChoose')}</option>
          {agencies.data?.items.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </SelectField>
      ) : (
        <p>
          <strong>{t('admin.staff.fields.agency')}:</strong> {admin.agency?.name}
        </p>
      )}
      <fieldset className="checkbox-group" id={ids.roles} aria-describedby={fieldError('roles') ? `${ids.roles}-error` : undefined}>
        <legend>{t('admin.staff.fields.roles')} *</legend>
        {fieldError('roles') ? (
          <p id={`${ids.roles}-error`} className="form-field__error">
            {fieldError('roles')}
          </p>
        ) : null}
        {shownRoles.map((role) => (
          <label key={role}>
            <input type="checkbox" value={role} disabled={!grantable.includes(role)} {...form.register('roles')} />
            {t(`admin.roles.${role}`)}
          </label>
        ))}
      </fieldset>
      {member ? null : (
        <SelectField id={ids.locale} label={t('admin.staff.fields.locale')} {...form.register('locale')}>
          <option value="vi">Tiếng Việt</option>
          <option value="en">English</option>
        </SelectField>
      )}
      <div className="button-row">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('admin.saving') : member ? t('admin.save') : t('admin.staff.sendInvitation')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('admin.cancel')}
        </Button>
      </div>
    </form>
  );
}
