import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { paths } from '../../../lib/paths.ts';
import { procedureQuery } from '../../catalogue/queries.ts';
import { citizenDossierClient } from '../api.ts';
import { ProcedureLead } from '../components/procedure-lead.tsx';
import { applicantInputOf } from '../editor/applicant-values.ts';
import { DossierEditor } from '../editor/dossier-editor.tsx';
import { useCommuneDirectory } from '../editor/use-communes.ts';
import { dossierKeys, dossierQuery } from '../queries.ts';

/**
 * Sửa (/ca-nhan/ho-so/:id/sua) and Bổ sung hồ sơ (/ca-nhan/ho-so/:id/bo-sung): the same
 * editor on a stored dossier. In `supplement-requested` it shows the agency's request
 * and sends with Gửi bổ sung; in any state that cannot be edited it says so.
 */
export function DossierEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const communes = useCommuneDirectory();
  // Loaded fresh when the page opens; the editor then keeps its own copy.
  const dossier = useQuery({ ...dossierQuery(id), refetchOnWindowFocus: false, refetchOnReconnect: false });
  const procedure = useQuery({ ...procedureQuery(dossier.data?.procedure.code ?? ''), enabled: dossier.isSuccess });
  const data = dossier.data;
  const editable = data?.allowedActions.includes('edit') ?? false;
  const supplement = data?.status === 'supplement-requested';
  const title = data
    ? t(supplement ? 'dossiers.editor.supplementTitle' : 'dossiers.editor.editTitle', { name: data.procedure.name })
    : t('dossiers.actions.edit');

  let body;
  if (dossier.isPending) body = <Spinner />;
  else if (dossier.isError) {
    body =
      isApiError(dossier.error) && dossier.error.status === 404 ? (
        <div className="alert alert--info">
          <p>{t('dossiers.detail.notFound')}</p>
          <p>
            <Link to={paths.citizen.dossiers}>{t('dossiers.detail.backToList')}</Link>
          </p>
        </div>
      ) : (
        <ErrorMessage error={dossier.error} onRetry={() => void dossier.refetch()} />
      );
  } else if (!editable) {
    body = (
      <div className="alert alert--info">
        <p>{t('dossiers.editor.notEditable')}</p>
        <p>
          <Link to={paths.citizen.dossier(dossier.data.id)}>{t('dossiers.editor.viewDossier')}</Link>
        </p>
      </div>
    );
  } else {
    const current = dossier.data;
    const sample = procedure.data?.sampleFormData ? { form: procedure.data.form, values: procedure.data.sampleFormData } : null;
    body = (
      <DossierEditor
        key={current.id}
        client={citizenDossierClient}
        procedure={current.procedure}
        definition={current.form.definition}
        initialDossier={current}
        initialApplicant={applicantInputOf(current.applicant)}
        initialComponents={current.components}
        sample={sample}
        communes={communes}
        idPrefix="dossier"
        autosaveCreates={false}
        onCreated={() => undefined}
        onSubmitted={(result, saved) => {
          void queryClient.invalidateQueries({ queryKey: dossierKeys.all });
          void navigate(paths.citizen.dossier(saved.id), { state: supplement ? { supplemented: result.code } : { submitted: result.code } });
        }}
        onClose={(saved) => {
          void queryClient.invalidateQueries({ queryKey: dossierKeys.all });
          void navigate(supplement && saved ? paths.citizen.dossierList('supplement-requested') : paths.citizen.dossierList('unsent'));
        }}
      />
    );
  }

  return (
    <Page
      title={title}
      breadcrumbs={[
        { label: t('dossiers.dashboard.title'), to: paths.citizen.home },
        ...(data ? [{ label: t(`dossiers.category.${data.status}`), to: paths.citizen.dossierList(data.status) }] : []),
      ]}
      lead={data ? <ProcedureLead procedure={data.procedure} agencyName={data.agency.name} /> : undefined}
    >
      {body}
    </Page>
  );
}
