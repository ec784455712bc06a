import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { EmailChangeForm } from '../components/email-change-form.tsx';
import { PasswordChangeForm } from '../components/password-change-form.tsx';
import { ProfileForm } from '../components/profile-form.tsx';
import { accountQuery } from '../queries.ts';

/** Thông tin cá nhân (/ca-nhan/thong-tin): profile, e-mail change and password change. */
export function ProfilePage() {
  const { t } = useTranslation();
  const query = useQuery(accountQuery());
  const account = query.data;

  return (
    <Page title={t('pages.citizenProfile')} breadcrumbs={[{ label: t('pages.citizenHome'), to: paths.citizen.home }]} lead={t('auth.profile.lead')}>
      {query.isPending ? <Spinner /> : null}
      {query.isError ? <ErrorMessage error={query.error} onRetry={() => void query.refetch()} /> : null}
      {account ? (
        <div className="profile-layout">
          <section className="profile-section" aria-labelledby="account-facts-heading">
            <h2 id="account-facts-heading">{t('auth.profile.accountHeading')}</h2>
            <dl className="account-facts">
              <dt>{t('auth.fields.username')}</dt>
              <dd>{account.username}</dd>
              {account.agency ? (
                <>
                  <dt>{t('auth.profile.agency')}</dt>
                  <dd>{account.agency.name}</dd>
                </>
              ) : null}
              {account.position ? (
                <>
                  <dt>{t('auth.profile.staffPosition')}</dt>
                  <dd>{account.position}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="profile-section">
            <ProfileForm key={account.id} account={account} />
          </section>
          <section className="profile-section">
            <EmailChangeForm account={account} />
          </section>
          <section className="profile-section">
            <PasswordChangeForm />
          </section>
        </div>
      ) : null}
    </Page>
  );
}
