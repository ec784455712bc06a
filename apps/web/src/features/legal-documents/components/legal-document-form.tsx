import { zodResolver } from '@hookform/resolvers/zod';
import {
  LEGAL_DOCUMENT_TYPES,
  LEGAL_DOCUMENT_VALIDITIES,
  ZLegalDocumentCreate,
  type TAdminLegalDocument,
  type TLegalDocumentCreate,
  type TLegalDocumentCreateInput,
} from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { adminFieldsQuery } from '../../admin-catalogue/queries.ts';
import { legalDocumentListQuery } from '../queries.ts';
import { validityLabel } from './validity-badge.tsx';

export const valuesOfDocument = (document: TAdminLegalDocument | null): TLegalDocumentCreateInput => ({
  number: document?.number ?? '',
  title: document?.title ?? '',
  docType: document?.docType ?? '',
  issuer: document?.issuer ?? '',
  issuedOn: document?.issuedOn ?? '',
  effectiveOn: document?.effectiveOn ?? '',
  validity: document?.validity ?? 'in_force',
  summary: document?.summary ?? '',
  fieldId: document?.field?.id ?? '',
  published: document?.published ?? true,
});

const FIELDS = ['number', 'docType', 'issuer', 'issuedOn', 'effectiveOn', 'validity', 'fieldId', 'title', 'summary'] as const;

export interface LegalDocumentFormProps {
  document: TAdminLegalDocument | null;
  submitLabel: string;
  pendingLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(values: TLegalDocumentCreate): void;
  /** Below the fields, before the button: the PDF input of the create form */
  children?: ReactNode;
}

/**
 * Every fact of a legal document, checked with the API's own schema before sending; the
 * API's field errors (a taken number) land on their inputs. Types and issuers already in
 * use are suggested, but any value may be typed.
 */
export function LegalDocumentForm({ document, submitLabel, pendingLabel, pending, error, onSubmit, children }: LegalDocumentFormProps) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields = useQuery(adminFieldsQuery());
  // The public facets: the types and issuers citizens can already filter by.
  const facets = useQuery(legalDocumentListQuery({ limit: 1 })).data?.facets;
  const form = useForm<TLegalDocumentCreateInput, unknown, TLegalDocumentCreate>({
    shouldFocusError: false,
    resolver: zodResolver(ZLegalDocumentCreate),
    defaultValues: valuesOfDocument(document),
  });
  // A conflict is said by the page, not repeated as a form error.
  const formError = isApiError(error) && error.code === 'VERSION_CONFLICT' ? null : error;
  const { fieldError, summary } = useFormFeedback(
    form,
    FIELDS.map((name) => ({ name, id: id(name) })),
    formError,
  );
  const docTypes = [...new Set([...LEGAL_DOCUMENT_TYPES, ...(facets?.docTypes.map((facet) => facet.value) ?? [])])];
  const field = (name: (typeof FIELDS)[number]) => ({ id: id(name), error: fieldError(name), ...form.register(name) });

  return (
    <>
      {summary}
      <form noValidate aria-label={t('legalDocuments.admin.form.label')} onSubmit={form.handleSubmit(onSubmit)} className="admin-form">
        <TextField label={t('legalDocuments.admin.form.number')} hint={t('legalDocuments.admin.form.numberHint')} required autoComplete="off" {...field('number')} />
        <TextField label={t('legalDocuments.admin.form.docType')} hint={t('legalDocuments.admin.form.docTypeHint')} required list={id('doc-types')} autoComplete="off" {...field('docType')} />
        <datalist id={id('doc-types')}>
          {docTypes.map((type) => (
            <option key={type} value={type} />
          ))}
        </datalist>
        <TextField label={t('legalDocuments.admin.form.issuer')} hint={t('legalDocuments.admin.form.issuerHint')} required list={id('issuers')} autoComplete="off" {...field('issuer')} />
        <datalist id={id('issuers')}>
          {facets?.issuers.map((issuer) => (
            <option key={issuer.value} value={issuer.value} />
          ))}
        </datalist>
        <TextField label={t('legalDocuments.admin.form.issuedOn')} type="date" required {...field('issuedOn')} />
        <TextField label={t('legalDocuments.admin.form.effectiveOn')} hint={t('legalDocuments.admin.form.effectiveOnHint')} type="date" {...field('effectiveOn')} />
        <SelectField label={t('legalDocuments.admin.form.validity')} required {...field('validity')}>
          {LEGAL_DOCUMENT_VALIDITIES.map((validity) => (
            <option key={validity} value={validity}>
              {validityLabel(validity, i18n.language)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('legalDocuments.admin.form.field')} {...field('fieldId')}>
          <option value="">{t('legalDocuments.admin.form.noField')}</option>
          {fields.data?.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.name}
            </option>
          ))}
        </SelectField>
        <TextAreaField label={t('legalDocuments.admin.form.title')} rows={3} required {...field('title')} />
        <TextAreaField label={t('legalDocuments.admin.form.summary')} hint={t('legalDocuments.admin.form.summaryHint')} rows={6} required {...field('summary')} />
        <CheckboxField id={id('published')} label={t('legalDocuments.admin.form.published')} {...form.register('published')} />
        {children}
        <div className="button-row">
          <Button type="submit" disabled={pending}>
            {pending ? pendingLabel : submitLabel}
          </Button>
        </div>
      </form>
    </>
  );
}
