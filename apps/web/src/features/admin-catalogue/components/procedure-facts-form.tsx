import {
  SERVICE_LEVELS,
  ZProcedureFacts,
  type TAdminAgency,
  type TAdminField,
  type TAdminProcedure,
  type TProcedureFactsInput,
} from '@portal/domain';
import { useEffect, useId, useMemo, useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, type ErrorSummaryItem } from '../../../components/error-summary.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { apiErrorTitle } from '../../../lib/api-error-text.ts';

export interface FactsValues {
  code: string;
  name: string;
  agencyId: string;
  handlingAgencyIds: string[];
  fieldId: string;
  serviceLevel: string;
  legacyLevel: string;
  processingDays: string;
  processingNote: string;
  /** One step per line */
  steps: string;
  fees: { label: string; amountVnd: string; note: string }[];
  legalBasis: { number: string; title: string; issuer: string; issuedOn: string }[];
  applicants: string;
  conditions: string;
  resultDescription: string;
  submissionChannels: string;
}

export const valuesOfProcedure = (procedure: TAdminProcedure | null, defaultAgencyId: string): FactsValues => ({
  code: procedure?.code ?? '',
  name: procedure?.name ?? '',
  agencyId: procedure?.agency.id ?? defaultAgencyId,
  handlingAgencyIds: procedure?.handlingAgencies.map((agency) => agency.id) ?? [],
  fieldId: procedure?.field.id ?? '',
  serviceLevel: procedure?.serviceLevel ?? 'full_online',
  legacyLevel: procedure?.legacyLevel ? String(procedure.legacyLevel) : '',
  processingDays: procedure ? String(procedure.processingDays) : '',
  processingNote: procedure?.processingNote ?? '',
  steps: procedure?.steps.join('\n') ?? '',
  fees: procedure?.fees.map((fee) => ({ label: fee.label, amountVnd: String(fee.amountVnd), note: fee.note ?? '' })) ?? [],
  legalBasis: procedure?.legalBasis.map((basis) => ({ number: basis.number, title: basis.title, issuer: basis.issuer ?? '', issuedOn: basis.issuedOn ?? '' })) ?? [],
  applicants: procedure?.applicants ?? '',
  conditions: procedure?.conditions ?? '',
  resultDescription: procedure?.resultDescription ?? '',
  submissionChannels: procedure?.submissionChannels ?? '',
});

/** "1.500.000" or "1500000" → 1500000; anything else is left for the schema to refuse. */
const toNumber = (text: string): number | string => {
  const compact = text.replace(/[\s.]/g, '');
  return compact !== '' && /^-?\d+(,\d+)?$/.test(compact) ? Number(compact.replace(',', '.')) : text.trim() === '' ? Number.NaN : text;
};

/** What the API receives: the strings of the inputs as the schema's types. */
export function toFacts(values: FactsValues): TProcedureFactsInput {
  return {
    code: values.code,
    name: values.name,
    agencyId: values.agencyId,
    handlingAgencyIds: values.handlingAgencyIds,
    fieldId: values.fieldId,
    serviceLevel: values.serviceLevel as TProcedureFactsInput['serviceLevel'],
    legacyLevel: values.legacyLevel ? Number(values.legacyLevel) : null,
    processingDays: toNumber(values.processingDays) as number,
    processingNote: values.processingNote,
    steps: values.steps
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    fees: values.fees.map((fee) => ({ label: fee.label, amountVnd: toNumber(fee.amountVnd) as number, note: fee.note })),
    legalBasis: values.legalBasis,
    applicants: values.applicants,
    conditions: values.conditions,
    resultDescription: values.resultDescription,
    submissionChannels: values.submissionChannels,
  };
}

/** A schema path as the input it is about: every line of the steps is the one textarea. */
const inputPathOf = (path: string) => (path.startsWith('steps.') ? 'steps' : path.startsWith('handlingAgencyIds.') ? 'handlingAgencyIds' : path);

export interface ProcedureFactsFormProps {
  procedure: TAdminProcedure | null;
  agencies: TAdminAgency[];
  fields: TAdminField[];
  /** agency_admin: the only agency it may choose; null for a system administrator */
  scopeAgencyId: string | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(facts: TProcedureFactsInput): void;
}

/**
 * Every catalogue fact of a procedure, as the public procedure page shows them: code,
 * name, agencies, field, service level, time limit, steps, fees, legal basis, applicants,
 * conditions, result and channels. Checked with the API's own schema before sending.
 */
export function ProcedureFactsForm({ procedure, agencies, fields, scopeAgencyId, submitLabel, pending, error, onSubmit }: ProcedureFactsFormProps) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const id = (name: string) => `${formId}-${name.replace(/\./g, '-')}`;
  const form = useForm<FactsValues>({ defaultValues: valuesOfProcedure(procedure, scopeAgencyId ?? '') });
  const fees = useFieldArray({ control: form.control, name: 'fees' });
  const legal = useFieldArray({ control: form.control, name: 'legalBasis' });
  const [attempt, setAttempt] = useState(0);
  const [filter, setFilter] = useState('');
  const { errors } = form.formState;

  // A new record from the server (saved, or reloaded) resets the inputs.
  useEffect(() => form.reset(valuesOfProcedure(procedure, scopeAgencyId ?? '')), [procedure?.revision]);

  // The API's field errors land on the inputs too.
  useEffect(() => {
    if (!isApiError(error) || !error.fromServer) return;
    for (const [path, message] of Object.entries(error.fieldErrors)) form.setError(inputPathOf(path) as Path<FactsValues>, { type: 'server', message });
  }, [error]);

  const choosable = useMemo(() => {
    const active = agencies.filter((agency) => agency.active);
    if (scopeAgencyId === null) return active;
    const below = new Set([scopeAgencyId]);
    // The tree is small: widen until no agency is added.
    for (let grew = true; grew; ) {
      grew = false;
      for (const agency of active) if (agency.parentId && below.has(agency.parentId) && !below.has(agency.id)) (below.add(agency.id), (grew = true));
    }
    return active.filter((agency) => below.has(agency.id));
  }, [agencies, scopeAgencyId]);
  const managing = scopeAgencyId === null ? agencies.filter((agency) => agency.active) : agencies.filter((agency) => agency.id === scopeAgencyId);

  const submit = form.handleSubmit((values) => {
    setAttempt((n) => n + 1);
    const facts = toFacts(values);
    const parsed = ZProcedureFacts.safeParse(facts, { error: (i18n.language === 'en' ? z.locales.en() : z.locales.vi()).localeError });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const path = inputPathOf(issue.path.map(String).join('.')) as Path<FactsValues>;
        if (!form.getFieldState(path).error) form.setError(path, { type: 'schema', message: issue.message });
      }
      return;
    }
    onSubmit(facts);
  });

  const messageOf = (path: string): string | undefined => {
    let node: unknown = errors;
    for (const part of path.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
    const message = (node as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? message : undefined;
  };
  const summaryPaths = [
    'code', 'name', 'agencyId', 'handlingAgencyIds', 'fieldId', 'serviceLevel', 'legacyLevel', 'processingDays', 'processingNote', 'steps',
    ...fees.fields.flatMap((_, i) => [`fees.${i}.label`, `fees.${i}.amountVnd`, `fees.${i}.note`]),
    ...legal.fields.flatMap((_, i) => [`legalBasis.${i}.number`, `legalBasis.${i}.title`, `legalBasis.${i}.issuer`, `legalBasis.${i}.issuedOn`]),
    'applicants', 'conditions', 'resultDescription', 'submissionChannels',
  ];
  const items: ErrorSummaryItem[] = summaryPaths.flatMap((path) => {
    const message = messageOf(path);
    return message ? [{ target: id(path), message }] : [];
  });
  if (error && !(isApiError(error) && error.code === 'VALIDATION_FAILED' && Object.keys(error.fieldErrors).length > 0) && !items.length) {
    items.push({ message: apiErrorTitle(error, i18n.language, t) });
  }
  const text = (name: Path<FactsValues>, label: string, extra: { required?: boolean; hint?: string } = {}) => (
    <TextField id={id(name)} label={label} error={messageOf(name)} required={extra.required} hint={extra.hint} {...form.register(name)} />
  );
  const area = (name: Path<FactsValues>, label: string, extra: { required?: boolean; hint?: string; rows?: number } = {}) => (
    <TextAreaField id={id(name)} label={label} error={messageOf(name)} required={extra.required} hint={extra.hint} rows={extra.rows} {...form.register(name)} />
  );
  const shownAgencies = choosable.filter((agency) => !filter || agency.name.toLowerCase().includes(filter.toLowerCase()));
  const f = 'adminCatalogue.facts';

  return (
    <form noValidate onSubmit={submit} className="admin-form procedure-facts-form">
      <ErrorSummary title={t('adminCatalogue.errorsTitle')} items={attempt > 0 || error ? items : []} attempt={attempt} />
      <fieldset>
        <legend>{t(`${f}.identity`)}</legend>
        {text('code', t(`${f}.code`), { required: true, hint: t(`${f}.codeHint`) })}
        {area('name', t(`${f}.name`), { required: true, rows: 2 })}
        <SelectField id={id('agencyId')} label={t(`${f}.agency`)} required error={messageOf('agencyId')} disabled={scopeAgencyId !== null} {...form.register('agencyId')}>
          <option value="">{t('adminCatalogue.choose')}</option>
          {managing.map((agency) => (
            <option key={agency.id} value={agency.id}>
              {agency.name}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('fieldId')} label={t(`${f}.field`)} required error={messageOf('fieldId')} {...form.register('fieldId')}>
          <option value="">{t('adminCatalogue.choose')}</option>
          {fields.map((field) => (
            <option key={field.id} value={field.id}>
              {field.name}
            </option>
          ))}
        </SelectField>
        <fieldset className="agency-picker" aria-describedby={id('handlingAgencyIds-hint')}>
          <legend>{t(`${f}.handlingAgencies`)}</legend>
          <p id={id('handlingAgencyIds-hint')} className="form-field__hint">
            {t(`${f}.handlingAgenciesHint`)}
          </p>
          {messageOf('handlingAgencyIds') ? (
            <p id={id('handlingAgencyIds')} className="form-field__error" tabIndex={-1}>
              {messageOf('handlingAgencyIds')}
            </p>
          ) : null}
          <TextField id={id('agencyFilter')} label={t(`${f}.agencyFilter`)} value={filter} onChange={(event) => setFilter(event.target.value)} />
          <ul className="agency-picker__list">
            {shownAgencies.map((agency) => (
              <li key={agency.id} className="form-field--checkbox">
                <input id={id(`handling-${agency.id}`)} type="checkbox" value={agency.id} {...form.register('handlingAgencyIds')} />
                <label htmlFor={id(`handling-${agency.id}`)}>{agency.name}</label>
              </li>
            ))}
          </ul>
        </fieldset>
      </fieldset>

      <fieldset>
        <legend>{t(`${f}.service`)}</legend>
        <SelectField id={id('serviceLevel')} label={t(`${f}.serviceLevel`)} required hint={t(`${f}.serviceLevelHint`)} error={messageOf('serviceLevel')} {...form.register('serviceLevel')}>
          {SERVICE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`serviceLevel.${level}`)}
            </option>
          ))}
        </SelectField>
        <SelectField id={id('legacyLevel')} label={t(`${f}.legacyLevel`)} error={messageOf('legacyLevel')} {...form.register('legacyLevel')}>
          <option value="">{t(`${f}.noLegacyLevel`)}</option>
          {[1, 2, 3, 4].map((level) => (
            <option key={level} value={String(level)}>
              {t(`${f}.legacyLevelOption`, { level })}
            </option>
          ))}
        </SelectField>
        {text('processingDays', t(`${f}.processingDays`), { required: true, hint: t(`${f}.processingDaysHint`) })}
        {area('processingNote', t(`${f}.processingNote`), { rows: 2 })}
        {area('steps', t(`${f}.steps`), { required: true, hint: t(`${f}.stepsHint`), rows: 5 })}
        {area('submissionChannels', t(`${f}.submissionChannels`), { rows: 3 })}
      </fieldset>

      <fieldset>
        <legend>{t(`${f}.fees`)}</legend>
        {fees.fields.length === 0 ? <p>{t(`${f}.noFees`)}</p> : null}
        <ol className="repeat-list">
          {fees.fields.map((row, index) => (
            <li key={row.id} className="repeat-list__row">
              {text(`fees.${index}.label`, t(`${f}.feeLabel`, { number: index + 1 }), { required: true })}
              {text(`fees.${index}.amountVnd`, t(`${f}.feeAmount`, { number: index + 1 }), { required: true, hint: t(`${f}.feeAmountHint`) })}
              {text(`fees.${index}.note`, t(`${f}.feeNote`, { number: index + 1 }))}
              <Button variant="ghost" onClick={() => fees.remove(index)} aria-label={t(`${f}.removeFee`, { number: index + 1 })}>
                {t('adminCatalogue.remove')}
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => fees.append({ label: '', amountVnd: '', note: '' })}>
          {t(`${f}.addFee`)}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t(`${f}.legalBasis`)}</legend>
        <ol className="repeat-list">
          {legal.fields.map((row, index) => (
            <li key={row.id} className="repeat-list__row">
              {text(`legalBasis.${index}.number`, t(`${f}.legalNumber`, { number: index + 1 }), { required: true })}
              {text(`legalBasis.${index}.title`, t(`${f}.legalTitle`, { number: index + 1 }), { required: true })}
              {text(`legalBasis.${index}.issuer`, t(`${f}.legalIssuer`, { number: index + 1 }))}
              <TextField id={id(`legalBasis.${index}.issuedOn`)} type="date" label={t(`${f}.legalIssuedOn`, { number: index + 1 })} error={messageOf(`legalBasis.${index}.issuedOn`)} {...form.register(`legalBasis.${index}.issuedOn`)} />
              <Button variant="ghost" onClick={() => legal.remove(index)} aria-label={t(`${f}.removeLegal`, { number: index + 1 })}>
                {t('adminCatalogue.remove')}
              </Button>
            </li>
          ))}
        </ol>
        <Button variant="secondary" onClick={() => legal.append({ number: '', title: '', issuer: '', issuedOn: '' })}>
          {t(`${f}.addLegal`)}
        </Button>
      </fieldset>

      <fieldset>
        <legend>{t(`${f}.applicantsAndResult`)}</legend>
        {area('applicants', t(`${f}.applicants`), { required: true })}
        {area('conditions', t(`${f}.conditions`))}
        {area('resultDescription', t(`${f}.resultDescription`), { required: true })}
      </fieldset>

      <div className="admin-form__actions">
        <Button type="submit" disabled={pending}>
          {pending ? t('adminCatalogue.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
