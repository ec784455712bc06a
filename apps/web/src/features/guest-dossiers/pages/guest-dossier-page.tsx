import { DOSSIER_MESSAGES, GUEST_TOKEN_TTL_HOURS, ZEmail, isOnlineServiceLevel, type TDossier } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { ErrorSummaryItem } from '../../../components/error-summary.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { CaptchaField, type CaptchaHandle } from '../../auth/components/captcha-field.tsx';
import { procedureQuery } from '../../catalogue/queries.ts';
import { ProcedureLead } from '../../dossiers/components/procedure-lead.tsx';
import type { DossierClient } from '../../dossiers/dossier-client.ts';
import { applicantInputOf, dossierMessage } from '../../dossiers/editor/applicant-values.ts';
import { DossierEditor } from '../../dossiers/editor/dossier-editor.tsx';
import { useCommuneDirectory } from '../../dossiers/editor/use-communes.ts';
import { componentsOf } from '../../dossiers/pages/dossier-create-page.tsx';
import { guestDossierClient, guestTokenStore } from '../guest-client.ts';

const EMAIL_ID = 'guest-email';
const CAPTCHA_ID = 'guest-captcha';

/**
 * Nộp hồ sơ không cần tài khoản (/nop-ho-so-khong-tai-khoan/:idOrCode, seed 004): the
 * same editor, plus the e-mail that receives every piece of news and the verification
 * step. Lưu lại creates the dossier (files can then be attached); Gửi đi e-mails a
 * confirmation link, and the dossier is sent once that link is followed.
 */
export function GuestDossierPage() {
  const { t, i18n } = useTranslation();
  const { idOrCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const communes = useCommuneDirectory();
  const procedure = useQuery(procedureQuery(idOrCode));

  const [email, setEmail] = useState('');
  const [captcha, setCaptcha] = useState('');
  const [checked, setChecked] = useState(false);
  const [createdWith, setCreatedWith] = useState<string | null>(null);
  const [awaiting, setAwaiting] = useState<string | null>(null);
  const captchaRef = useRef<CaptchaHandle>(null);
  const values = useRef({ email, captcha });
  values.current = { email, captcha };
  const language = i18n.language === 'en' ? 'en' : 'vi';

  const [resumeId] = useState(() => params.get('hoSo'));
  const resumeToken = resumeId ? guestTokenStore.get(resumeId) : null;

  const client = useMemo<DossierClient>(() => {
    const base = guestDossierClient({
      credentials: () => ({ email: values.current.email.trim(), captcha: values.current.captcha, locale: language }),
      tokenOf: (id) => guestTokenStore.get(id),
    });
    return {
      ...base,
      async create(body) {
        try {
          return await base.create(body);
        } finally {
          // A verification is accepted once, whatever the outcome.
          captchaRef.current?.reset();
        }
      },
    };
  }, [language]);

  const resumed = useQuery({
    queryKey: ['guest-dossier', resumeId],
    queryFn: ({ signal }) => client.get(resumeId ?? '', signal),
    enabled: resumeId !== null && resumeToken !== null,
    retry: false,
    refetchOnWindowFocus: false,
  });

  // The e-mail and the verification are asked for until the dossier exists.
  const askContact = createdWith === null && resumeId === null;
  const emailProblem = !askContact || !checked ? undefined : email.trim() === '' ? DOSSIER_MESSAGES.email : ZEmail.safeParse(email).success ? undefined : 'Địa chỉ thư điện tử không hợp lệ';
  const emailMessage = emailProblem ? dossierMessage(emailProblem, i18n.language) : undefined;
  const captchaMessage = askContact && checked && !captcha ? t('dossiers.guest.captchaMissing') : undefined;
  const extraErrors: ErrorSummaryItem[] = [
    ...(emailMessage ? [{ target: EMAIL_ID, message: `${t('dossiers.guest.email')}: ${emailMessage}` }] : []),
    ...(captchaMessage ? [{ target: CAPTCHA_ID, message: captchaMessage }] : []),
  ];

  const beforeCreate = () => {
    setChecked(true);
    return ZEmail.safeParse(values.current.email).success && values.current.captcha !== '';
  };

  const data = procedure.data;
  const title = data ? t('dossiers.guest.title', { name: data.name }) : t('dossiers.guest.entry');
  const crumbs = [
    { label: t('nav.procedures'), to: paths.procedures },
    ...(data ? [{ label: data.name, to: paths.procedure(data.code) }] : []),
  ];

  let body;
  if (awaiting !== null) {
    body = (
      <div className="auth-panel" role="status">
        <div className="alert alert--success">
          <h2 className="alert__title">{t('dossiers.guest.checkMailTitle')}</h2>
          <p>{t('dossiers.guest.checkMailBody', { email: awaiting, hours: GUEST_TOKEN_TTL_HOURS })}</p>
          <p>{t('dossiers.guest.checkMailSpam')}</p>
        </div>
      </div>
    );
  } else if (procedure.isPending || resumed.isLoading) {
    body = <Spinner />;
  } else if (procedure.isError) {
    body = <ErrorMessage error={procedure.error} onRetry={() => void procedure.refetch()} />;
  } else if (resumeId !== null && (resumeToken === null || resumed.isError || resumed.data?.allowedActions.includes('edit') === false)) {
    body = (
      <div className="alert alert--info">
        <p>{t('dossiers.guest.sessionLost')}</p>
        <p>
          <Link to={paths.guestSubmit(idOrCode)} reloadDocument>
            {t('dossiers.guest.entry')}
          </Link>
        </p>
      </div>
    );
  } else if (!data || !data.onlineEnabled || !isOnlineServiceLevel(data.serviceLevel)) {
    body = (
      <div className="alert alert--info">
        <p>{t('dossiers.editor.notOnline')}</p>
      </div>
    );
  } else {
    const existing = resumed.data ?? null;
    const contact = !askContact ? (
      createdWith ? (
        <p className="guest-contact">
          {t('dossiers.guest.email')}: <strong>{createdWith}</strong>
        </p>
      ) : null
    ) : (
        <section className="dossier-form__block" aria-labelledby="guest-contact-heading">
          <h2 id="guest-contact-heading">{t('dossiers.guest.contactHeading')}</h2>
          <TextField
            id={EMAIL_ID}
            label={t('dossiers.guest.email')}
            hint={t('dossiers.guest.emailHint')}
            type="email"
            autoComplete="email"
            required
            value={email}
            error={emailMessage}
            onChange={(event) => setEmail(event.target.value)}
          />
          <CaptchaField id={CAPTCHA_ID} ref={captchaRef} error={captchaMessage} onChange={setCaptcha} />
        </section>
      );
    body = (
      <>
        <div className="alert alert--info">
          <p>{t('dossiers.guest.lead')}</p>
          <p>
            <Link to={`${paths.login}?next=${encodeURIComponent(paths.citizen.submit(data.code))}`}>{t('dossiers.guest.loginInstead')}</Link>
          </p>
        </div>
        <DossierEditor
          key={data.id}
          client={client}
          procedure={data}
          definition={existing?.form.definition ?? data.form}
          initialDossier={existing}
          initialApplicant={applicantInputOf(existing?.applicant)}
          initialComponents={existing?.components ?? componentsOf(data)}
          sample={data.sampleFormData ? { form: data.form, values: data.sampleFormData } : null}
          communes={communes}
          idPrefix="dossier"
          header={contact}
          guest
          extraErrors={extraErrors}
          beforeCreate={beforeCreate}
          autosaveCreates={false}
          onCreated={(dossier: TDossier) => {
            setCreatedWith(values.current.email.trim());
            setParams({ hoSo: dossier.id }, { replace: true });
          }}
          onSubmitted={(result, dossier) => {
            guestTokenStore.remove(dossier.id);
            setAwaiting(result.confirmationEmail ?? createdWith ?? values.current.email.trim());
          }}
          onClose={() => void navigate(paths.procedure(data.code))}
        />
      </>
    );
  }

  return (
    <Page title={title} breadcrumbs={crumbs} lead={data ? <ProcedureLead procedure={data} agencyName={data.agency.name} /> : undefined}>
      {body}
    </Page>
  );
}
