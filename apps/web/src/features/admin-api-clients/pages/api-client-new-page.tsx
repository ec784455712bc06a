import '../api-clients.css';
import type { TApiClientCreate } from '@portal/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Page } from '../../../components/page.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs } from '../../admin/admin-scope.ts';
import { ApiClientForm } from '../components/api-client-form.tsx';
import { SecretDialog, type RevealedSecret } from '../components/secret-dialog.tsx';
import { useCreateApiClient } from '../mutations.ts';

export const useApiClientCrumbs = () => {
  const { t } = useTranslation();
  return [...adminCrumbs(t), { label: t('apiClients.title'), to: paths.staff.admin.apiClients }];
};

/**
 * /can-bo/quan-tri/ung-dung-tich-hop/moi: a new client. Its secret is shown once, in a
 * dialog on this page; closing the dialog opens the client's page, which never has it.
 */
export function ApiClientNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateApiClient();
  const crumbs = useApiClientCrumbs();
  const [revealed, setRevealed] = useState<(RevealedSecret & { id: string }) | null>(null);

  const submit = (values: TApiClientCreate) =>
    create.mutate(values, {
      onSuccess: ({ client, clientSecret }) => setRevealed({ kind: 'created', id: client.id, name: client.name, clientId: client.clientId, secret: clientSecret }),
    });

  return (
    <Page title={t('apiClients.form.createTitle')} breadcrumbs={crumbs}>
      {revealed ? null : <ApiClientForm client={null} pending={create.isPending} error={create.error} onSubmit={submit} />}
      <SecretDialog
        revealed={revealed}
        onClose={() => {
          if (revealed) navigate(paths.staff.admin.apiClient(revealed.id), { replace: true, state: { created: true } });
        }}
      />
    </Page>
  );
}
