import { isOnlineServiceLevel, type TDossier, type TDossierComponent, type TProcedureDetail } from '@portal/domain';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { useSession } from '../../auth/queries.ts';
import { procedureQuery } from '../../catalogue/queries.ts';
import { citizenDossierClient } from '../api.ts';
import { DossierEditor } from '../editor/dossier-editor.tsx';
import { applicantFromAccount, applicantInputOf } from '../editor/applicant-values.ts';
import { useCommuneDirectory } from '../editor/use-communes.ts';
import { dossierKeys, dossierQuery } from '../queries.ts';
import { ProcedureLead } from '../components/procedure-lead.tsx';

/** The components of a procedure as a dossier that has no files yet. */
export const componentsOf = (procedure: TProcedureDetail): TDossierComponent[] =>
  procedure.components.map((component) => ({ ...component, bringOriginal: false, files: [] }));

/**
 * Đăng ký trực tuyến (/ca-nhan/nop-ho-so/:idOrCode): a new dossier of the procedure.
 * It exists on the server from the first save (autosave, Lưu lại or a file dropped);
 * from then on its id is in the URL (`?hoSo=`), so a reload continues the same dossier.
 */
export function DossierCreatePage() {
  const { t } = useTranslation();
  const { idOrCode = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { account } = useSession();
  const communes = useCommuneDirectory();
  // Only the id the page was opened with matters: the editor keeps its own dossier afterwards.
  const [resumeId] = useState(() => params.get('hoSo'));
  const procedure = useQuery(procedureQuery(idOrCode));
  const resumed = useQuery({ ...dossierQuery(resumeId ?? ''), enabled: resumeId !== null });

  const data = procedure.data;
  const title = data ? t('dossiers.editor.createTitle', { name: data.name }) : t('pages.citizenSubmit');
  const crumbs = [
    { label: t('nav.procedures'), to: paths.procedures },
    ...(data ? [{ label: data.name, to: paths.procedure(data.code) }] : []),
  ];

  const onCreated = (dossier: TDossier) => {
    setParams({ hoSo: dossier.id }, { replace: true });
    void queryClient.invalidateQueries({ queryKey: dossierKeys.all });
  };

  let body;
  if (procedure.isPending || (resumeId !== null && resumed.isPending) || !account) body = <Spinner />;
  else if (procedure.isError) body = <ErrorMessage error={procedure.error} onRetry={() => void procedure.refetch()} />;
  else if (resumed.isError) body = <ErrorMessage error={resumed.error} />;
  else if (resumed.data && !resumed.data.allowedActions.includes('edit')) {
    body = (
      <div className="alert alert--info">
        <p>{t('dossiers.editor.notEditable')}</p>
        <p>
          <Link to={paths.citizen.dossier(resumed.data.id)}>{t('dossiers.editor.viewDossier')}</Link>
        </p>
      </div>
    );
  }
  else if (!data || !data.onlineEnabled || !isOnlineServiceLevel(data.serviceLevel)) {
    body = (
      <div className="alert alert--info">
        <p>{t('dossiers.editor.notOnline')}</p>
        {data ? (
          <p>
            <Link to={paths.procedure(data.code)}>{data.name}</Link>
          </p>
        ) : null}
      </div>
    );
  } else {
    const existing = resumed.data ?? null;
    body = (
      <DossierEditor
        key={data.id}
        client={citizenDossierClient}
        procedure={data}
        definition={existing?.form.definition ?? data.form}
        initialDossier={existing}
        initialApplicant={existing ? applicantInputOf(existing.applicant) : applicantFromAccount(account)}
        initialComponents={componentsOf(data)}
        sample={data.sampleFormData ? { form: data.form, values: data.sampleFormData } : null}
        communes={communes}
        idPrefix="dossier"
        autosaveCreates
        onCreated={onCreated}
        onSubmitted={(result, dossier) => {
          void queryClient.invalidateQueries({ queryKey: dossierKeys.all });
          void navigate(paths.citizen.dossier(dossier.id), { state: { submitted: result.code } });
        }}
        onClose={(dossier) => void navigate(dossier ? paths.citizen.dossierList('unsent') : paths.procedure(data.code))}
      />
    );
  }

  return (
    <Page title={title} breadcrumbs={crumbs} lead={data ? <ProcedureLead procedure={data} agencyName={data.agency.name} /> : undefined}>
      {body}
    </Page>
  );
}
