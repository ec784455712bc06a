import { zodResolver } from '@hookform/resolvers/zod';
import { ZPasswordResetRequest, type TPasswordResetRequest } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { useFormFeedback } from '../form-feedback.tsx';
import { useRequestPasswordReset } from '../mutations.ts';

/** Quên mật khẩu: the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const formId = useId();
  const request = useRequestPasswordReset();
  const form = useForm<TPasswordResetRequest>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZPasswordResetRequest),
    defaultValues: { email: '' },
  });
  const emailId = `${formId}-email`;
  const { fieldError, summary } = useFormFeedback(form, [{ name: 'email', id: emailId }], request.error);
  const onSubmit = form.handleSubmit((values) => request.mutate(values.email));

  return (
    <Page title={t('auth.forgot.title')} breadcrumbs={[{ label: t('pages.login'), to: paths.login }]} lead={t('auth.forgot.lead')}>
      <div className="auth-panel">
        {summary}
        <div role="status" aria-live="polite">
          {request.isSuccess ? <p className="alert alert--success">{t('auth.forgot.sent', { email: request.variables })}</p> : null}
        </div>
        <form noValidate onSubmit={onSubmit} className="auth-form">
          <TextField id={emailId} label={t('auth.fields.email')} type="email" autoComplete="email" required error={fieldError('email')} {...form.register('email')} />
          <div className="button-row">
            <Button type="submit" disabled={request.isPending}>
              {request.isPending ? t('auth.forgot.submitting') : t('auth.forgot.submit')}
            </Button>
            <Link to={paths.login}>{t('auth.login.submit')}</Link>
          </div>
        </form>
      </div>
    </Page>
  );
}
