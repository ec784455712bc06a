import { zodResolver } from '@hookform/resolvers/zod';
import { ZPasswordResetForm, type TPasswordResetForm } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { useFormFeedback } from '../form-feedback.tsx';
import { useConfirmPasswordReset } from '../mutations.ts';
import { tokenFromLocation } from '../next-path.ts';

/** Đặt lại mật khẩu: the landing page of the e-mailed reset link (…/dat-lai-mat-khau#token=…). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const formId = useId();
  const token = tokenFromLocation(useLocation());
  const confirm = useConfirmPasswordReset();
  const form = useForm<TPasswordResetForm>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZPasswordResetForm),
    defaultValues: { password: '', passwordConfirm: '' },
  });
  const ids = { password: `${formId}-password`, passwordConfirm: `${formId}-passwordConfirm` };
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'password', id: ids.password },
      { name: 'passwordConfirm', id: ids.passwordConfirm },
    ],
    confirm.error,
  );
  const onSubmit = form.handleSubmit((values) => token && confirm.mutate({ token, password: values.password }));
  const linkProblem = isApiError(confirm.error) && confirm.error.code.startsWith('TOKEN_');

  return (
    <Page title={t('auth.reset.title')} breadcrumbs={[]} lead={t('auth.reset.lead')}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {confirm.isSuccess ? (
            <div className="alert alert--success">
              <p>{t('auth.reset.done')}</p>
              <p>
                <Link to={paths.login}>{t('auth.login.submit')}</Link>
              </p>
            </div>
          ) : null}
        </div>
        {!token ? <p className="alert alert--error">{t('auth.reset.missing')}</p> : null}
        {summary}
        {linkProblem ? (
          <p className="auth-note">
            <Link to={paths.forgotPassword}>{t('auth.reset.again')}</Link>
          </p>
        ) : null}
        {token && !confirm.isSuccess ? (
          <form noValidate onSubmit={onSubmit} className="auth-form">
            <TextField
              id={ids.password}
              label={t('auth.fields.newPassword')}
              hint={t('auth.fields.passwordHint')}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('password')}
              {...form.register('password')}
            />
            <TextField
              id={ids.passwordConfirm}
              label={t('auth.fields.newPasswordConfirm')}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('passwordConfirm')}
              {...form.register('passwordConfirm')}
            />
            <div className="button-row">
              <Button type="submit" disabled={confirm.isPending}>
                {confirm.isPending ? t('auth.reset.submitting') : t('auth.reset.submit')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </Page>
  );
}
