import '../admin-catalogue.css';
import { AGENCY_LEVELS, type TAdminAgency, type TAdminField, type TAgencyUpdate, type TFieldInput } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { CheckboxField, SelectField, TextField } from '../../../components/form-field.tsx';
import { Page } from '../../../components/page.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { createAgency, createField, updateAgency, updateField } from '../api.ts';
import { adminAgenciesQuery, adminFieldsQuery, useCatalogueMutation } from '../queries.ts';

/** /can-bo/quan-tri/co-quan: the agency tree and the fields; only a system administrator changes them. */
export function AgenciesPage() {
  const { t } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const agencies = useQuery(adminAgenciesQuery());
  const fields = useQuery(adminFieldsQuery());
  const [editing, setEditing] = useState<TAdminAgency | 'new' | null>(null);
  return (
    <Page title={t('adminCatalogue.agencies.title')} breadcrumbs={adminCrumbs(t)} lead={isSystemAdmin ? t('adminCatalogue.agencies.lead') : t('adminCatalogue.agencies.readOnly')}>
      <section aria-labelledby="agency-tree-heading">
        <h2 id="agency-tree-heading">{t('adminCatalogue.agencies.treeHeading')}</h2>
        {agencies.error ? <ErrorMessage error={agencies.error} onRetry={() => void agencies.refetch()} /> : null}
        {isSystemAdmin && editing === null ? <Button onClick={() => setEditing('new')}>{t('adminCatalogue.agencies.add')}</Button> : null}
        {editing !== null && agencies.data ? (
          <AgencyForm key={editing === 'new' ? 'new' : editing.id} agency={editing === 'new' ? null : editing} agencies={agencies.data.items} onDone={() => setEditing(null)} />
        ) : null}
        {agencies.data ? <AgencyTree agencies={agencies.data.items} parentId={null} onEdit={isSystemAdmin ? setEditing : null} /> : <Spinner />}
      </section>
      <FieldsSection fields={fields.data?.items ?? null} error={fields.error} canEdit={isSystemAdmin} />
    </Page>
  );
}

/** One level of the tree as a nested list; closed agencies are marked. */
function AgencyTree({ agencies, parentId, onEdit }: { agencies: TAdminAgency[]; parentId: string | null; onEdit: ((agency: TAdminAgency) => void) | null }) {
  const { t } = useTranslation();
  const ids = new Set(agencies.map((agency) => agency.id));
  // Roots: no parent, or a parent not in the list.
  const level = agencies.filter((agency) => (parentId === null ? agency.parentId === null || !ids.has(agency.parentId) : agency.parentId === parentId));
  if (level.length === 0) return null;
  return (
    <ul className={parentId === null ? 'agency-tree' : 'agency-tree__children'}>
      {level.map((agency) => (
        <li key={agency.id} className="agency-tree__node">
          <div className="agency-tree__row">
            <span className="agency-tree__name">{agency.name}</span>{' '}
            <span className="agency-tree__meta">
              {agency.unitCode} · {t(`agencyLevel.${agency.level}`)} · {t('adminCatalogue.agencies.procedureCount', { count: agency.procedureCount })}
            </span>{' '}
            {!agency.active ? <span className="badge">{t('adminCatalogue.agencies.inactive')}</span> : null}
            {onEdit ? (
              <Button variant="ghost" onClick={() => onEdit(agency)} aria-label={t('adminCatalogue.agencies.editNamed', { name: agency.name })}>
                {t('adminCatalogue.editAction')}
              </Button>
            ) : null}
          </div>
          <AgencyTree agencies={agencies} parentId={agency.id} onEdit={onEdit} />
        </li>
      ))}
    </ul>
  );
}

function AgencyForm({ agency, agencies, onDone }: { agency: TAdminAgency | null; agencies: TAdminAgency[]; onDone(): void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState({
    unitCode: agency?.unitCode ?? '',
    name: agency?.name ?? '',
    shortName: agency?.shortName ?? '',
    level: agency?.level ?? 'department',
    parentId: agency?.parentId ?? '',
    address: agency?.address ?? '',
    phone: agency?.phone ?? '',
    email: agency?.email ?? '',
    sortOrder: String(agency?.sortOrder ?? 0),
    active: agency?.active ?? true,
  });
  const save = useCatalogueMutation((body: TAgencyUpdate) => (agency ? updateAgency(agency.id, body) : createAgency(body)));
  const errors = save.error && 'fieldErrors' in save.error ? (save.error.fieldErrors as Record<string, string>) : {};
  const set = (name: keyof typeof values) => (event: { target: { value: string } }) => setValues({ ...values, [name]: event.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { ...values, level: values.level as TAgencyUpdate['level'], parentId: values.parentId || null, sortOrder: Number(values.sortOrder) || 0 },
      { onSuccess: onDone },
    );
  };
  const id = (name: string) => `${formId}-${name}`;
  return (
    <form noValidate onSubmit={submit} className="admin-form admin-panel" aria-label={agency ? t('adminCatalogue.agencies.editNamed', { name: agency.name }) : t('adminCatalogue.agencies.add')}>
      <h3>{agency ? t('adminCatalogue.agencies.editNamed', { name: agency.name }) : t('adminCatalogue.agencies.add')}</h3>
      {save.error && Object.keys(errors).length === 0 ? <ErrorMessage error={save.error} /> : null}
      {save.error && errors.active ? <ErrorMessage error={save.error} /> : null}
      <TextField id={id('unitCode')} label={t('adminCatalogue.agencies.unitCode')} hint={t('adminCatalogue.agencies.unitCodeHint')} required value={values.unitCode} error={errors.unitCode} onChange={set('unitCode')} />
      <TextField id={id('name')} label={t('adminCatalogue.agencies.name')} required value={values.name} error={errors.name} onChange={set('name')} />
      <TextField id={id('shortName')} label={t('adminCatalogue.agencies.shortName')} value={values.shortName} error={errors.shortName} onChange={set('shortName')} />
      <SelectField id={id('level')} label={t('adminCatalogue.agencies.level')} required value={values.level} onChange={set('level')}>
        {AGENCY_LEVELS.map((level) => (
          <option key={level} value={level}>
            {t(`agencyLevel.${level}`)}
          </option>
        ))}
      </SelectField>
      <SelectField id={id('parentId')} label={t('adminCatalogue.agencies.parent')} value={values.parentId} error={errors.parentId} onChange={set('parentId')}>
        <option value="">{t('adminCatalogue.agencies.noParent')}</option>
        {agencies
          .filter((candidate) => candidate.id !== agency?.id)
          .map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.name}
            </option>
          ))}
      </SelectField>
      <TextField id={id('address')} label={t('adminCatalogue.agencies.address')} value={values.address} error={errors.address} onChange={set('address')} />
      <div className="admin-form__row">
        <TextField id={id('phone')} label={t('adminCatalogue.agencies.phone')} value={values.phone} error={errors.phone} onChange={set('phone')} />
        <TextField id={id('email')} type="email" label={t('adminCatalogue.agencies.email')} value={values.email} error={errors.email} onChange={set('email')} />
        <TextField id={id('sortOrder')} type="number" label={t('adminCatalogue.agencies.sortOrder')} value={values.sortOrder} error={errors.sortOrder} onChange={set('sortOrder')} />
      </div>
      {agency ? (
        <CheckboxField id={id('active')} label={t('adminCatalogue.agencies.active')} hint={t('adminCatalogue.agencies.activeHint')} checked={values.active} onChange={(event) => setValues({ ...values, active: event.target.checked })} />
      ) : null}
      <div className="admin-form__actions">
        <Button type="submit" disabled={save.isPending}>
          {t('adminCatalogue.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('adminCatalogue.cancel')}
        </Button>
      </div>
    </form>
  );
}

function FieldsSection({ fields, error, canEdit }: { fields: TAdminField[] | null; error: unknown; canEdit: boolean }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<TAdminField | 'new' | null>(null);
  return (
    <section aria-labelledby="fields-heading">
      <h2 id="fields-heading">{t('adminCatalogue.fields.heading')}</h2>
      {error ? <ErrorMessage error={error} /> : null}
      {canEdit && editing === null ? <Button onClick={() => setEditing('new')}>{t('adminCatalogue.fields.add')}</Button> : null}
      {editing !== null ? <FieldForm key={editing === 'new' ? 'new' : editing.id} field={editing === 'new' ? null : editing} onDone={() => setEditing(null)} /> : null}
      {fields ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('adminCatalogue.fields.code')}</th>
                <th scope="col">{t('adminCatalogue.fields.name')}</th>
                <th scope="col">{t('adminCatalogue.fields.procedures')}</th>
                {canEdit ? <th scope="col">{t('adminCatalogue.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {fields.map((field) => (
                <tr key={field.id}>
                  <td>{field.code}</td>
                  <td>{field.name}</td>
                  <td>{field.procedureCount}</td>
                  {canEdit ? (
                    <td>
                      <Button variant="ghost" onClick={() => setEditing(field)} aria-label={t('adminCatalogue.fields.editNamed', { name: field.name })}>
                        {t('adminCatalogue.editAction')}
                      </Button>
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Spinner />
      )}
    </section>
  );
}

function FieldForm({ field, onDone }: { field: TAdminField | null; onDone(): void }) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState({ code: field?.code ?? '', name: field?.name ?? '', sortOrder: String(field?.sortOrder ?? 0) });
  const save = useCatalogueMutation((body: TFieldInput) => (field ? updateField(field.id, body) : createField(body)));
  const errors = save.error && 'fieldErrors' in save.error ? (save.error.fieldErrors as Record<string, string>) : {};
  return (
    <form
      noValidate
      className="admin-form admin-panel"
      aria-label={field ? t('adminCatalogue.fields.editNamed', { name: field.name }) : t('adminCatalogue.fields.add')}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ code: values.code, name: values.name, sortOrder: Number(values.sortOrder) || 0 }, { onSuccess: onDone });
      }}
    >
      {save.error && Object.keys(errors).length === 0 ? <ErrorMessage error={save.error} /> : null}
      <TextField id={`${formId}-code`} label={t('adminCatalogue.fields.code')} required value={values.code} error={errors.code} onChange={(event) => setValues({ ...values, code: event.target.value })} />
      <TextField id={`${formId}-name`} label={t('adminCatalogue.fields.name')} required value={values.name} error={errors.name} onChange={(event) => setValues({ ...values, name: event.target.value })} />
      <TextField id={`${formId}-sort`} type="number" label={t('adminCatalogue.agencies.sortOrder')} value={values.sortOrder} onChange={(event) => setValues({ ...values, sortOrder: event.target.value })} />
      <div className="admin-form__actions">
        <Button type="submit" disabled={save.isPending}>
          {t('adminCatalogue.save')}
        </Button>
        <Button variant="ghost" onClick={onDone}>
          {t('adminCatalogue.cancel')}
        </Button>
      </div>
    </form>
  );
}
