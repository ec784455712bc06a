import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { TokenPasswordPage } from '../components/token-password-page.tsx';
import { useConfirmPasswordReset } from '../mutations.ts';

/** Đặt lại mật khẩu: the landing page of the e-mailed reset link (…/dat-lai-mat-khau#token=…). */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const confirm = useConfirmPasswordReset();
  return (
    <TokenPasswordPage
      title={t('auth.reset.title')}
      lead={t('auth.reset.lead')}
      mutation={confirm}
      labels={{
        password: t('auth.fields.newPassword'),
        passwordConfirm: t('auth.fields.newPasswordConfirm'),
        submit: t('auth.reset.submit'),
        submitting: t('auth.reset.submitting'),
        missing: t('auth.reset.missing'),
      }}
      done={
        <>
          <p>{t('auth.reset.done')}</p>
          <p>
            <Link to={paths.login}>{t('auth.login.submit')}</Link>
          </p>
        </>
      }
      linkProblem={<Link to={paths.forgotPassword}>{t('auth.reset.again')}</Link>}
    />
  );
}
