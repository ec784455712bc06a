import '../admin-catalogue.css';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { createProcedure } from '../api.ts';
import { ProcedureFactsForm } from '../components/procedure-facts-form.tsx';
import { adminAgenciesQuery, adminFieldsQuery, useCatalogueMutation } from '../queries.ts';

/** /can-bo/quan-tri/thu-tuc/moi: the facts first; components and the form come next, on the procedure's page. */
export function ProcedureNewPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { account, isSystemAdmin } = useAdminScope();
  const agencies = useQuery(adminAgenciesQuery());
  const fields = useQuery(adminFieldsQuery());
  const create = useCatalogueMutation(createProcedure);
  const crumbs = [...adminCrumbs(t), { label: t('adminCatalogue.list.title'), to: paths.staff.admin.procedures }];
  return (
    <Page title={t('adminCatalogue.new.title')} breadcrumbs={crumbs} lead={t('adminCatalogue.new.lead')}>
      {agencies.error || fields.error ? <ErrorMessage error={agencies.error ?? fields.error} /> : null}
      {agencies.data && fields.data ? (
        <ProcedureFactsForm
          procedure={null}
          agencies={agencies.data.items}
          fields={fields.data.items}
          scopeAgencyId={isSystemAdmin ? null : (account.agency?.id ?? null)}
          submitLabel={t('adminCatalogue.new.submit')}
          pending={create.isPending}
          error={create.error}
          onSubmit={(facts) => create.mutate(facts, { onSuccess: (created) => navigate(`${paths.staff.admin.procedure(created.id)}?tab=components`, { state: { created: true } }) })}
        />
      ) : (
        <Spinner />
      )}
    </Page>
  );
}
