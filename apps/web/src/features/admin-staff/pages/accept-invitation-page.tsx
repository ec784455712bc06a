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
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { tokenFromLocation } from '../../auth/next-path.ts';
import { useAcceptInvitation } from '../queries.ts';

/** Nhận lời mời: the landing page of a staff invitation (…/can-bo/nhan-loi-moi#token=…): choose a password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const formId = useId();
  const token = tokenFromLocation(useLocation());
  const accept = useAcceptInvitation();
  const form = useForm<TPasswordResetForm>({
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
    accept.error,
  );
  const onSubmit = form.handleSubmit((values) => token && accept.mutate({ token, password: values.password }));
  const linkProblem = isApiError(accept.error) && accept.error.code.startsWith('TOKEN_');

  return (
    <Page title={t('admin.invitation.title')} breadcrumbs={[]} lead={t('admin.invitation.lead')}>
      <div className="auth-panel">
        <div role="status" aria-live="polite">
          {accept.isSuccess ? (
            <div className="alert alert--success">
              <p>{t('admin.invitation.done', { username: accept.data.username })}</p>
              <p>
                <Link to={paths.staffLogin}>{t('pages.staffLogin')}</Link>
              </p>
            </div>
          ) : null}
        </div>
        {!token ? <p className="alert alert--error">{t('admin.invitation.missing')}</p> : null}
        {summary}
        {linkProblem ? <p className="auth-note">{t('admin.invitation.askAgain')}</p> : null}
        {token && !accept.isSuccess ? (
          <form noValidate onSubmit={onSubmit} className="auth-form">
            <TextField
              id={ids.password}
              label={t('auth.fields.password')}
              hint={t('auth.fields.passwordHint')}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('password')}
              {...form.register('password')}
            />
            <TextField
              id={ids.passwordConfirm}
              label={t('auth.fields.passwordConfirm')}
              type="password"
              autoComplete="new-password"
              required
              error={fieldError('passwordConfirm')}
              {...form.register('passwordConfirm')}
            />
            <div className="button-row">
              <Button type="submit" disabled={accept.isPending}>
                {accept.isPending ? t('admin.saving') : t('admin.invitation.submit')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </Page>
  );
}
