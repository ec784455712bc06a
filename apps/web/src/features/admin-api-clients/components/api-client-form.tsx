import { zodResolver } from '@hookform/resolvers/zod';
import { DEFAULT_CLIENT_RATE_LIMIT, ZApiClientCreate, type TAgency, type TApiClient, type TApiClientCreate, type TApiScope } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useAdminScope } from '../../admin/admin-scope.ts';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { AgencyOptions } from '../../catalogue/components/agency-options.tsx';
import { agencyListQuery } from '../../catalogue/queries.ts';
import { ScopeCheckboxes } from './scope-checkboxes.tsx';

/** What the inputs hold: the agency select's '' is "Toàn tỉnh", an empty description is none. */
interface Values {
  name: string;
  description: string;
  agencyId: string;
  scopes: TApiScope[];
  rateLimitPerMinute: number;
}

/** The API's own schema, fed the inputs' values the way the API wants them. */
const toBody = (values: Values) => ({
  ...values,
  description: values.description.trim() === '' ? null : values.description,
  agencyId: values.agencyId === '' ? null : values.agencyId,
});
const ZCreateForm = z.preprocess((values: Values) => toBody(values), ZApiClientCreate);
/** Editing: the agency scope of a client does not change (create another client instead). */
const ZEditForm = z.preprocess(
  (values: Values) => toBody(values),
  ZApiClientCreate.pick({ name: true, description: true, scopes: true, rateLimitPerMinute: true }),
);
export type ApiClientEdit = z.output<typeof ZEditForm>;

const FIELDS = ['name', 'description', 'agencyId', 'scopes', 'rateLimitPerMinute'] as const;

/** The agency and its units (descendants), by `parentId`, in the catalogue's order. */
export function agencyWithUnits(agencies: readonly TAgency[], rootId: string): TAgency[] {
  const inside = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const agency of agencies) {
      if (agency.parentId && inside.has(agency.parentId) && !inside.has(agency.id)) {
        inside.add(agency.id);
        grew = true;
      }
    }
  }
  return agencies.filter((agency) => inside.has(agency.id));
}

export type ApiClientFormProps =
  | { client: null; pending: boolean; error: unknown; onSubmit(values: TApiClientCreate): void }
  | { client: TApiClient; pending: boolean; error: unknown; onSubmit(values: ApiClientEdit): void };

/**
 * Name, description, agency scope (the shared drop-down grouped by level: a system
 * administrator may choose "Toàn tỉnh", an agency administrator only their agency and its
 * units), scopes and rate limit; checked with the API's schema before sending, the API's
 * field errors land on their inputs, the summary at the top lists them all.
 */
export function ApiClientForm(props: ApiClientFormProps) {
  const { client, pending, error } = props;
  const { t } = useTranslation();
  const { account, isSystemAdmin } = useAdminScope();
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const agencies = useQuery({ ...agencyListQuery(), enabled: client === null });
  const choosable = isSystemAdmin ? (agencies.data?.items ?? []) : account.agency ? agencyWithUnits(agencies.data?.items ?? [], account.agency.id) : [];
  const form = useForm<Values, unknown, TApiClientCreate | ApiClientEdit>({
    shouldFocusError: false,
    resolver: client ? zodResolver(ZEditForm) : zodResolver(ZCreateForm),
    defaultValues: client
      ? { name: client.name, description: client.description ?? '', agencyId: client.agency?.id ?? '', scopes: client.scopes, rateLimitPerMinute: client.rateLimitPerMinute }
      : { name: '', description: '', agencyId: isSystemAdmin ? '' : (account.agency?.id ?? ''), scopes: [], rateLimitPerMinute: DEFAULT_CLIENT_RATE_LIMIT },
  });
  // A conflict is said by the page, not repeated as a form error.
  const formError = isApiError(error) && error.code === 'VERSION_CONFLICT' ? null : error;
  const { fieldError, summary } = useFormFeedback(
    form,
    FIELDS.filter((name) => !(client && name === 'agencyId')).map((name) => ({ name, id: id(name) })),
    formError,
  );
  const onSubmit = form.handleSubmit((values) => {
    // The resolver has already parsed: these are the API's values.
    if (props.client === null) props.onSubmit(values as TApiClientCreate);
    else props.onSubmit(values as ApiClientEdit);
  });

  return (
    <>
      {summary}
      <form noValidate aria-label={t('apiClients.form.label')} onSubmit={onSubmit} className="admin-form">
        <TextField id={id('name')} label={t('apiClients.fields.name')} hint={t('apiClients.fields.nameHint')} required autoComplete="off" error={fieldError('name')} {...form.register('name')} />
        <TextAreaField id={id('description')} label={t('apiClients.fields.description')} hint={t('apiClients.fields.descriptionHint')} rows={3} error={fieldError('description')} {...form.register('description')} />
        {client ? (
          <p>
            <strong>{t('apiClients.fields.agency')}:</strong> {client.agency?.name ?? t('apiClients.provinceWide')}
          </p>
        ) : agencies.isPending ? (
          <Spinner label={t('common.loading')} />
        ) : (
          <SelectField id={id('agencyId')} label={t('apiClients.fields.agency')} hint={t('apiClients.fields.agencyHint')} required error={fieldError('agencyId')} {...form.register('agencyId')}>
            {isSystemAdmin ? <option value="">{t('apiClients.provinceWide')}</option> : null}
            {choosable.length > 0 ? (
              <AgencyOptions agencies={choosable} />
            ) : account.agency ? (
              <option value={account.agency.id}>{account.agency.name}</option>
            ) : null}
          </SelectField>
        )}
        <ScopeCheckboxes id={id('scopes')} error={fieldError('scopes')} register={form.register('scopes')} />
        <TextField
          id={id('rateLimitPerMinute')}
          label={t('apiClients.fields.rateLimit')}
          hint={t('apiClients.fields.rateLimitHint')}
          type="number"
          inputMode="numeric"
          min={1}
          max={100000}
          required
          error={fieldError('rateLimitPerMinute')}
          {...form.register('rateLimitPerMinute', { valueAsNumber: true })}
        />
        <div className="button-row">
          <Button type="submit" disabled={pending}>
            {client ? (pending ? t('apiClients.form.saving') : t('apiClients.form.save')) : pending ? t('apiClients.form.creating') : t('apiClients.form.createSubmit')}
          </Button>
        </div>
      </form>
    </>
  );
}
