import { zodResolver } from '@hookform/resolvers/zod';
import { ZRegisterForm, type TRegisterForm } from '@portal/domain';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { CaptchaField, useCaptchaStep } from '../components/captcha-field.tsx';
import { useFormFeedback } from '../form-feedback.tsx';
import { useRegister, useResendActivation } from '../mutations.ts';

/** Đăng ký: username, password twice, e-mail, mobile phone, optional full name and the verification step. */
export function RegisterPage() {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const register = useRegister();
  const resend = useResendActivation();
  const form = useForm<TRegisterForm>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZRegisterForm),
    defaultValues: { username: '', password: '', passwordConfirm: '', email: '', phone: '', fullName: '' },
  });
  const id = (name: string) => `${formId}-${name}`;
  const captcha = useCaptchaStep(id('captcha'), register.error);
  const { fieldError, summary } = useFormFeedback(
    form,
    (['username', 'password', 'passwordConfirm', 'email', 'phone', 'fullName'] as const).map((name) => ({ name, id: id(name) })),
    register.error,
    captcha.error ? [{ target: id('captcha'), message: captcha.error }] : [],
  );

  const onSubmit = form.handleSubmit(
    (values) => {
      if (!captcha.check()) return;
      const { passwordConfirm: _confirm, ...fields } = values;
      register.mutate(
        { ...fields, captcha: captcha.payload, locale: i18n.language === 'en' ? 'en' : 'vi' },
        // A solution is accepted once: whatever went wrong, verify again before the next try.
        { onError: captcha.reset },
      );
    },
    () => captcha.check(),
  );

  if (register.isSuccess) {
    return (
      <Page title={t('auth.register.doneTitle')} breadcrumbs={[{ label: t('pages.register'), to: paths.register }]}>
        <div className="auth-panel" role="status">
          <div className="alert alert--success">
            <p>{t('auth.register.doneBody', { email: register.data.email })}</p>
          </div>
          <p className="auth-note">{t('auth.login.notActivatedHelp')}</p>
          <Button variant="secondary" disabled={resend.isPending || resend.isSuccess} onClick={() => resend.mutate(register.data.username)}>
            {t('auth.login.resend')}
          </Button>
          <div aria-live="polite">{resend.isSuccess ? <p className="auth-note">{t('auth.login.resent')}</p> : null}</div>
          <p className="auth-alternative">
            <Link to={paths.login}>{t('auth.login.submit')}</Link>
          </p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t('pages.register')} breadcrumbs={[]} lead={t('auth.register.lead')}>
      <div className="auth-panel">
        {summary}
        <p className="form-note">{t('auth.requiredNote')}</p>
        <form noValidate onSubmit={onSubmit} className="auth-form">
          <TextField
            id={id('username')}
            label={t('auth.fields.username')}
            hint={t('auth.fields.usernameHint')}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            error={fieldError('username')}
            {...form.register('username')}
          />
          <TextField
            id={id('password')}
            label={t('auth.fields.password')}
            hint={t('auth.fields.passwordHint')}
            type="password"
            autoComplete="new-password"
            required
            error={fieldError('password')}
            {...form.register('password')}
          />
          <TextField
            id={id('passwordConfirm')}
            label={t('auth.fields.passwordConfirm')}
            type="password"
            autoComplete="new-password"
            required
            error={fieldError('passwordConfirm')}
            {...form.register('passwordConfirm')}
          />
          <TextField
            id={id('email')}
            label={t('auth.fields.email')}
            hint={t('auth.fields.emailHint')}
            type="email"
            autoComplete="email"
            required
            error={fieldError('email')}
            {...form.register('email')}
          />
          <TextField
            id={id('phone')}
            label={t('auth.fields.phone')}
            hint={t('auth.fields.phoneHint')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            required
            error={fieldError('phone')}
            {...form.register('phone')}
          />
          <TextField id={id('fullName')} label={t('auth.fields.fullName')} autoComplete="name" error={fieldError('fullName')} {...form.register('fullName')} />
          <CaptchaField {...captcha.field} />
          <div className="button-row">
            <Button type="submit" disabled={register.isPending}>
              {register.isPending ? t('auth.register.submitting') : t('auth.register.submit')}
            </Button>
          </div>
        </form>
        <p className="auth-alternative">
          {t('auth.register.haveAccount')} <Link to={paths.login}>{t('auth.login.submit')}</Link>
        </p>
      </div>
    </Page>
  );
}
