import type { TFormDefinition, TFormField } from '@portal/domain';
import { useController, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { AddressInput, type TCommuneDirectory } from './address-input.tsx';
import { FieldError, FieldFrame, FieldGroup, RequiredMark, describedByOf } from './field-frame.tsx';
import { controlIdOf, errorAt } from './form-resolver.ts';
import type { TFormInputValues } from './form-values.ts';
import { formMessage, localized } from './localized.ts';
import { ScalarControl, helpTextOf } from './scalar-control.tsx';
import { TableInput } from './table-input.tsx';

export interface FormRendererProps {
  definition: TFormDefinition;
  form: UseFormReturn<TFormInputValues>;
  /** Prefix of every control id (unique on the page); the error summary links to `${prefix}-${path}`. */
  idPrefix: string;
  communes?: TCommuneDirectory;
  disabled?: boolean;
  /** Heading level of the section titles inside the page */
  headingLevel?: 2 | 3;
}

/**
 * The procedure's online form (tờ khai), drawn from its definition: one fieldset per
 * section, one control per field. Values and errors live in the react-hook-form `form`
 * (see formDataResolver for the validation, the same schema as the API's).
 */
export function FormRenderer({ definition, form, idPrefix, communes = {}, disabled, headingLevel = 2 }: FormRendererProps) {
  const { i18n } = useTranslation();
  const Heading = `h${headingLevel}` as const;
  return (
    <div className="form-renderer">
      {definition.sections.map((section, index) => (
        <section key={index} className="form-renderer__section" aria-labelledby={`${idPrefix}-section-${index}`}>
          <Heading id={`${idPrefix}-section-${index}`} className="form-renderer__title">
            {localized(section.title, i18n.language)}
          </Heading>
          {section.description ? <p className="form-renderer__description">{localized(section.description, i18n.language)}</p> : null}
          {section.fields.map((field) => (
            <FieldControl key={field.key} field={field} form={form} idPrefix={idPrefix} communes={communes} disabled={disabled} />
          ))}
        </section>
      ))}
    </div>
  );
}

function FieldControl({
  field,
  form,
  idPrefix,
  communes,
  disabled,
}: {
  field: TFormField;
  form: UseFormReturn<TFormInputValues>;
  idPrefix: string;
  communes: TCommuneDirectory;
  disabled: boolean | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = controlIdOf(idPrefix, field.key);
  const raw = errorAt(form.formState.errors, field.key);
  const error = raw ? formMessage(raw, field, lang) : undefined;
  const label = localized(field.label, lang);
  const help = helpTextOf(field, lang, t);

  switch (field.kind) {
    case 'address':
      return <AddressInput field={field} form={form} idPrefix={idPrefix} communes={communes} disabled={disabled} />;
    case 'table':
      return <TableInput field={field} form={form} idPrefix={idPrefix} disabled={disabled} />;
    case 'checkbox':
      return (
        <div className={error ? 'form-field form-field--checkbox form-field--error' : 'form-field form-field--checkbox'}>
          <FieldError id={id} message={error} />
          <input
            id={id}
            type="checkbox"
            aria-describedby={describedByOf(id, Boolean(help), Boolean(error))}
            aria-invalid={error ? true : undefined}
            aria-required={field.required || field.mustBeChecked ? true : undefined}
            disabled={disabled}
            {...form.register(field.key)}
          />
          <label htmlFor={id}>
            {label}
            {field.required || field.mustBeChecked ? <RequiredMark /> : null}
          </label>
          {help ? (
            <p id={`${id}-help`} className="form-field__hint">
              {help}
            </p>
          ) : null}
        </div>
      );
    case 'select':
      if (field.multiple) return <ChoiceGroup field={field} form={form} id={id} label={label} help={help} error={error} disabled={disabled} />;
      return (
        <FieldFrame id={id} label={label} help={help} error={error} required={field.required}>
          <ScalarControl field={field} id={id} registration={form.register(field.key)} describedBy={describedByOf(id, Boolean(help), Boolean(error))} invalid={Boolean(error)} disabled={disabled} />
        </FieldFrame>
      );
    default:
      return (
        <FieldFrame id={id} label={label} help={help} error={error} required={field.required}>
          <ScalarControl field={field} id={id} registration={form.register(field.key)} describedBy={describedByOf(id, Boolean(help), Boolean(error))} invalid={Boolean(error)} disabled={disabled} />
        </FieldFrame>
      );
  }
}

/**
 * Several choices: a group of checkboxes, readable and usable on a phone (no ctrl-click
 * as in <select multiple>). Controlled, so the value is always an array of option values.
 */
function ChoiceGroup({
  field,
  form,
  id,
  label,
  help,
  error,
  disabled,
}: {
  field: Extract<TFormField, { kind: 'select' }>;
  form: UseFormReturn<TFormInputValues>;
  id: string;
  label: string;
  help: string;
  error: string | undefined;
  disabled: boolean | undefined;
}) {
  const { i18n } = useTranslation();
  const { field: control } = useController({ control: form.control, name: field.key });
  const chosen = Array.isArray(control.value) ? (control.value as string[]) : [];
  const toggle = (value: string, checked: boolean) =>
    control.onChange(checked ? [...chosen, value] : chosen.filter((candidate) => candidate !== value));
  return (
    <FieldGroup id={id} label={label} help={help} error={error} required={field.required} className="choice-group">
      {field.options.map((option, index) => {
        // The first box carries the field's id: the error summary focuses it.
        const optionId = index === 0 ? id : `${id}-${index}`;
        return (
          <div key={option.value} className="form-field--checkbox choice-group__option">
            <input
              id={optionId}
              ref={index === 0 ? control.ref : undefined}
              type="checkbox"
              name={control.name}
              value={option.value}
              checked={chosen.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              onBlur={control.onBlur}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
            />
            <label htmlFor={optionId}>{localized(option.label, i18n.language)}</label>
          </div>
        );
      })}
    </FieldGroup>
  );
}
