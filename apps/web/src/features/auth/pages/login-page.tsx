import { zodResolver } from '@hookform/resolvers/zod';
import { ZLoginRequest, type TUserKind } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { useFormFeedback } from '../form-feedback.tsx';
import { useLogin, useResendActivation } from '../mutations.ts';
import { safeNextPath } from '../next-path.ts';

type LoginInput = z.input<typeof ZLoginRequest>;
type LoginOutput = z.output<typeof ZLoginRequest>;

/** Đăng nhập (citizens) and Cán bộ đăng nhập (staff): the same form, each at its own entry. */
export function LoginPage({ entry = 'citizen' }: { entry?: TUserKind }) {
  const { t } = useTranslation();
  const formId = useId();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const login = useLogin(entry);
  const resend = useResendActivation();
  const form = useForm<LoginInput, unknown, LoginOutput>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZLoginRequest),
    defaultValues: { username: '', password: '', remember: false },
  });
  const ids = { username: `${formId}-username`, password: `${formId}-password`, remember: `${formId}-remember` };
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'username', id: ids.username },
      { name: 'password', id: ids.password },
    ],
    login.error,
  );

  const onSubmit = form.handleSubmit((values) => {
    resend.reset();
    login.mutate(values, {
      onSuccess: (account) => {
        const home = account.kind === 'staff' ? paths.staff.home : paths.home;
        void navigate(safeNextPath(searchParams.get('next')) ?? home, { replace: true });
      },
    });
  });

  const code = isApiError(login.error) ? login.error.code : null;
  const title = entry === 'staff' ? t('pages.staffLogin') : t('pages.login');

  return (
    <Page title={title} breadcrumbs={[]} lead={entry === 'staff' ? t('auth.login.staffLead') : t('auth.login.lead')}>
      <div className="auth-panel">
        {summary}
        {/* The API gives one answer for a wrong password, an unknown account and a paused one
            (too many wrong passwords from here), so the hint covers all three alike. */}
        {code === 'INVALID_CREDENTIALS' ? (
          <p className="auth-note">
            {t('auth.login.invalidHint')} <Link to={paths.forgotPassword}>{t('auth.login.forgotLink')}</Link>
          </p>
        ) : null}
        {code === 'WRONG_LOGIN_ENTRY' ? (
          <p className="auth-note">
            <Link to={entry === 'staff' ? paths.login : paths.staffLogin}>
              {entry === 'staff' ? t('auth.login.citizenEntry') : t('auth.login.staffEntry')}
            </Link>
          </p>
        ) : null}
        {code === 'ACCOUNT_NOT_ACTIVATED' ? (
          <div className="auth-note">
            <p>{t('auth.login.notActivatedHelp')}</p>
            <Button variant="secondary" disabled={resend.isPending} onClick={() => resend.mutate(form.getValues('username'))}>
              {resend.isPending ? t('auth.login.resending') : t('auth.login.resend')}
            </Button>
          </div>
        ) : null}
        <div role="status" aria-live="polite" className="auth-status">
          {resend.isSuccess ? <p className="alert alert--success">{t('auth.login.resent')}</p> : null}
        </div>

        <form noValidate onSubmit={onSubmit} className="auth-form">
          <TextField
            id={ids.username}
            label={t('auth.fields.login')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={fieldError('username')}
            {...form.register('username')}
          />
          <TextField
            id={ids.password}
            label={t('auth.fields.password')}
            type="password"
            autoComplete="current-password"
            required
            error={fieldError('password')}
            {...form.register('password')}
          />
          <CheckboxField id={ids.remember} label={t('auth.fields.remember')} hint={t('auth.fields.rememberHint')} {...form.register('remember')} />
          <div className="button-row">
            <Button type="submit" disabled={login.isPending}>
              {login.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
            </Button>
            <Link to={paths.forgotPassword}>{t('auth.login.forgot')}</Link>
          </div>
        </form>
        {entry === 'citizen' ? (
          <p className="auth-alternative">
            {t('auth.login.noAccount')} <Link to={paths.register}>{t('auth.login.register')}</Link>
          </p>
        ) : null}
      </div>
    </Page>
  );
}
