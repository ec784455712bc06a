import { zodResolver } from '@hookform/resolvers/zod';
import { ZEmailChangeRequest, type TAccount, type TEmailChangeRequest } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { useRequestEmailChange } from '../mutations.ts';

/** A new address is used only once the link sent to it is opened (re-verification). */
export function EmailChangeForm({ account }: { account: TAccount }) {
  const { t } = useTranslation();
  const formId = useId();
  const request = useRequestEmailChange();
  const form = useForm<TEmailChangeRequest>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZEmailChangeRequest),
    defaultValues: { newEmail: '', currentPassword: '' },
  });
  const ids = { newEmail: `${formId}-newEmail`, currentPassword: `${formId}-currentPassword` };
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'newEmail', id: ids.newEmail },
      { name: 'currentPassword', id: ids.currentPassword },
    ],
    request.error,
  );
  const onSubmit = form.handleSubmit((values) => request.mutate(values, { onSuccess: () => form.reset() }));

  return (
    <form noValidate onSubmit={onSubmit} className="auth-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('auth.profile.emailHeading')}</h2>
      <dl className="account-facts">
        <dt>{t('auth.profile.currentEmail')}</dt>
        <dd>
          {account.email}
          {account.emailVerified ? <span className="account-facts__note"> ({t('auth.profile.verified')})</span> : null}
        </dd>
      </dl>
      <p className="form-note">{t('auth.profile.emailLead')}</p>
      {summary}
      <div role="status" aria-live="polite">
        {request.isSuccess ? <p className="alert alert--success">{t('auth.profile.emailSent', { email: request.variables.newEmail })}</p> : null}
        {account.pendingEmail && !request.isSuccess ? <p className="alert alert--info">{t('auth.profile.pendingEmail', { email: account.pendingEmail })}</p> : null}
      </div>
      <TextField id={ids.newEmail} label={t('auth.fields.newEmail')} type="email" autoComplete="email" required error={fieldError('newEmail')} {...form.register('newEmail')} />
      <TextField
        id={ids.currentPassword}
        label={t('auth.fields.currentPassword')}
        type="password"
        autoComplete="current-password"
        required
        error={fieldError('currentPassword')}
        {...form.register('currentPassword')}
      />
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={request.isPending}>
          {t('auth.profile.emailSubmit')}
        </Button>
      </div>
    </form>
  );
}
