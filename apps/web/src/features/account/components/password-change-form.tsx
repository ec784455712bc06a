import { zodResolver } from '@hookform/resolvers/zod';
import { ZChangePasswordForm, type TChangePasswordForm } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { useChangePassword } from '../mutations.ts';

/** Đổi mật khẩu: needs the current password; the other sessions are signed out. */
export function PasswordChangeForm() {
  const { t } = useTranslation();
  const formId = useId();
  const change = useChangePassword();
  const form = useForm<TChangePasswordForm>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZChangePasswordForm),
    defaultValues: { currentPassword: '', newPassword: '', newPasswordConfirm: '' },
  });
  const names = ['currentPassword', 'newPassword', 'newPasswordConfirm'] as const;
  const id = (name: string) => `${formId}-${name}`;
  const { fieldError, summary } = useFormFeedback(
    form,
    names.map((name) => ({ name, id: id(name) })),
    change.error,
  );
  const onSubmit = form.handleSubmit(({ currentPassword, newPassword }) =>
    change.mutate({ currentPassword, newPassword }, { onSuccess: () => form.reset() }),
  );

  return (
    <form noValidate onSubmit={onSubmit} className="auth-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('auth.profile.passwordHeading')}</h2>
      <p className="form-note">{t('auth.profile.passwordLead')}</p>
      {summary}
      <div role="status" aria-live="polite">
        {change.isSuccess ? <p className="alert alert--success">{t('auth.profile.passwordChanged')}</p> : null}
      </div>
      <TextField
        id={id('currentPassword')}
        label={t('auth.fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('currentPassword')}
        {...form.register('currentPassword')}
      />
      <TextField
        id={id('newPassword')}
        label={t('auth.fields.newPassword')}
        hint={t('auth.fields.passwordHint')}
        type="password"
        autoComplete="new-password"
        required
        error={fieldError('newPassword')}
        {...form.register('newPassword')}
      />
      <TextField
        id={id('newPasswordConfirm')}
        label={t('auth.fields.newPasswordConfirm')}
        type="password"
        autoComplete="new-password"
        required
        error={fieldError('newPasswordConfirm')}
        {...form.register('newPasswordConfirm')}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={change.isPending}>
          {t('auth.profile.passwordSubmit')}
        </Button>
      </div>
    </form>
  );
}
