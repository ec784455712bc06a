import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths.ts';
import { TokenPasswordPage } from '../../auth/components/token-password-page.tsx';
import { useAcceptInvitation } from '../queries.ts';

/** Nhận lời mời: the landing page of a staff invitation (…/can-bo/nhan-loi-moi#token=…): choose a password. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const accept = useAcceptInvitation();
  return (
    <TokenPasswordPage
      title={t('admin.invitation.title')}
      lead={t('admin.invitation.lead')}
      mutation={accept}
      labels={{
        password: t('auth.fields.password'),
        passwordConfirm: t('auth.fields.passwordConfirm'),
        submit: t('admin.invitation.submit'),
        submitting: t('admin.saving'),
        missing: t('admin.invitation.missing'),
      }}
      done={
        <>
          <p>{t('admin.invitation.done', { username: accept.data?.username ?? '' })}</p>
          <p>
            <Link to={paths.staffLogin}>{t('pages.staffLogin')}</Link>
          </p>
        </>
      }
      linkProblem={t('admin.invitation.askAgain')}
    />
  );
}
