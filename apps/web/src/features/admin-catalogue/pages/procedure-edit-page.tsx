import '../admin-catalogue.css';
import type { TProcedureFactsInput } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearchParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { setPublished, updateProcedure } from '../api.ts';
import { ComponentsEditor } from '../components/components-editor.tsx';
import { ProcedureFactsForm } from '../components/procedure-facts-form.tsx';
import { Tabs } from '../components/tabs.tsx';
import { FormBuilder } from '../form-builder/form-builder.tsx';
import { adminAgenciesQuery, adminFieldsQuery, adminProcedureQuery, useCatalogueMutation } from '../queries.ts';

const TAB_KEYS = ['facts', 'components', 'form'] as const;
type TabKey = (typeof TAB_KEYS)[number];

/** /can-bo/quan-tri/thu-tuc/:id: the facts, the components and templates, the online form, and publication. */
export function ProcedureEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const [search, setSearch] = useSearchParams();
  const { account, isSystemAdmin } = useAdminScope();
  const procedure = useQuery(adminProcedureQuery(id));
  const agencies = useQuery(adminAgenciesQuery());
  const fields = useQuery(adminFieldsQuery());
  const update = useCatalogueMutation((facts: TProcedureFactsInput) => updateProcedure(id, { ...facts, revision: procedure.data!.revision }));
  const publish = useCatalogueMutation((published: boolean) => setPublished(id, published));
  const tab: TabKey = (TAB_KEYS as readonly string[]).includes(search.get('tab') ?? '') ? (search.get('tab') as TabKey) : 'facts';
  const crumbs = [...adminCrumbs(t), { label: t('adminCatalogue.list.title'), to: paths.staff.admin.procedures }];

  if (procedure.error) {
    return (
      <Page title={t('adminCatalogue.edit.notFound')} breadcrumbs={crumbs}>
        <ErrorMessage error={procedure.error} onRetry={() => void procedure.refetch()} />
      </Page>
    );
  }
  if (!procedure.data || !agencies.data || !fields.data) return <Spinner />;
  const data = procedure.data;
  const created = (location.state as { created?: boolean } | null)?.created;

  return (
    <Page
      title={data.name}
      breadcrumbs={crumbs}
      lead={
        <>
          {t('adminCatalogue.edit.lead', { code: data.code, version: data.formVersion })}{' '}
          <span className={data.published ? 'badge badge--success' : 'badge'}>
            {data.published ? t('adminCatalogue.publication.published') : t('adminCatalogue.publication.unpublished')}
          </span>
        </>
      }
      actions={
        <Button variant={data.published ? 'secondary' : 'primary'} disabled={publish.isPending} onClick={() => publish.mutate(!data.published)}>
          {data.published ? t('adminCatalogue.edit.unpublish') : t('adminCatalogue.edit.publish')}
        </Button>
      }
    >
      <div role="status" aria-live="polite">
        {created ? <p className="alert alert--success">{t('adminCatalogue.new.created')}</p> : null}
        {publish.isSuccess ? <p className="alert alert--success">{data.published ? t('adminCatalogue.edit.publishedNotice', { code: data.code }) : t('adminCatalogue.edit.unpublishedNotice')}</p> : null}
        {update.isSuccess ? <p className="alert alert--success">{t('adminCatalogue.edit.saved')}</p> : null}
      </div>
      {publish.error ? <ErrorMessage error={publish.error} /> : null}
      <Tabs
        label={t('adminCatalogue.edit.tabsLabel')}
        current={tab}
        onSelect={(key) => setSearch({ tab: key }, { replace: true, state: location.state })}
        tabs={TAB_KEYS.map((key) => ({ key, label: t(`adminCatalogue.edit.tabs.${key}`) }))}
      >
        {tab === 'facts' ? (
          <ProcedureFactsForm
            procedure={data}
            agencies={agencies.data.items}
            fields={fields.data.items}
            scopeAgencyId={isSystemAdmin ? null : (account.agency?.id ?? null)}
            submitLabel={t('adminCatalogue.save')}
            pending={update.isPending}
            error={update.error}
            onSubmit={(facts) => update.mutate(facts)}
          />
        ) : null}
        {tab === 'components' ? <ComponentsEditor procedure={data} /> : null}
        {tab === 'form' ? <FormBuilder key={data.id} procedure={data} /> : null}
      </Tabs>
    </Page>
  );
}
