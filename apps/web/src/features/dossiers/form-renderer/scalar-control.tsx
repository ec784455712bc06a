import type { TFunction } from 'i18next';
import type { TFormField } from '@portal/domain';
import { useTranslation } from 'react-i18next';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { localized } from './localized.ts';

export type TScalarField = Extract<TFormField, { kind: 'text' | 'textarea' | 'number' | 'date' | 'select' }>;

export interface ScalarControlProps {
  field: TScalarField;
  id: string;
  registration: UseFormRegisterReturn;
  describedBy: string | undefined;
  invalid: boolean;
  /** In a table cell the visible column header names the control; this adds the row. */
  ariaLabel?: string;
  disabled?: boolean;
}

/**
 * One input for a single value: the HTML control that suits the kind, with the
 * attributes phones use to pick a keyboard (inputMode) and the definition's limits.
 * Single-choice selects only: several choices are a checkbox group (see FormRenderer).
 */
export function ScalarControl({ field, id, registration, describedBy, invalid, ariaLabel, disabled }: ScalarControlProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': invalid ? true : undefined,
    'aria-required': field.required ? true : undefined,
    'aria-label': ariaLabel,
    disabled,
    ...registration,
  } as const;

  switch (field.kind) {
    case 'textarea':
      return <textarea rows={4} maxLength={field.maxLength} {...common} />;
    case 'number':
      return (
        <span className="input-with-unit">
          <input
            type="text"
            inputMode={field.integer ? 'numeric' : 'decimal'}
            autoComplete="off"
            {...common}
          />
          {field.unit ? (
            <span className="input-with-unit__unit" aria-hidden="true">
              {field.unit}
            </span>
          ) : null}
        </span>
      );
    case 'date':
      return (
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t('dossiers.form.datePlaceholder')}
          maxLength={10}
          className="input--date"
          {...common}
        />
      );
    case 'select':
      return (
        <select {...common}>
          <option value="">{t('dossiers.form.choose')}</option>
          {field.options.map((option) => (
            <option key={option.value} value={option.value}>
              {localized(option.label, lang)}
            </option>
          ))}
        </select>
      );
    case 'text':
      return <input type="text" maxLength={field.maxLength} placeholder={localized(field.placeholder, lang) || undefined} {...common} />;
  }
}

/** Help shown under the label: the definition's help, plus how to write a date or which unit a number is in. */
export function helpTextOf(field: TFormField, language: string, t: TFunction): string {
  const parts = [localized(field.help, language)];
  if (field.kind === 'date') parts.push(t('dossiers.form.dateHint'));
  if (field.kind === 'number' && field.unit) parts.push(t('dossiers.form.unitHint', { unit: field.unit }));
  return parts.filter(Boolean).join(' ');
}
