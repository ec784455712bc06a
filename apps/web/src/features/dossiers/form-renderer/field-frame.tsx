import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** aria-describedby of a control: its help text, then its error. */
export const describedByOf = (id: string, hasHelp: boolean, hasError: boolean): string | undefined =>
  [hasHelp ? `${id}-help` : null, hasError ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

export function RequiredMark() {
  const { t } = useTranslation();
  return (
    <span className="form-field__required">
      <span aria-hidden="true"> *</span>
      <span className="visually-hidden"> ({t('auth.required')})</span>
    </span>
  );
}

export function FieldHelp({ id, text }: { id: string; text: string }) {
  return text ? (
    <p id={`${id}-help`} className="form-field__hint">
      {text}
    </p>
  ) : null;
}

export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={`${id}-error`} className="form-field__error">
      {message}
    </p>
  ) : null;
}

/** Label, help and error above one control (the error is tied to it by aria-describedby). */
export function FieldFrame({
  id,
  label,
  help,
  error,
  required,
  children,
}: {
  id: string;
  label: string;
  help: string;
  error: string | undefined;
  required: boolean;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'form-field form-field--error' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      <FieldHelp id={id} text={help} />
      <FieldError id={id} message={error} />
      {children}
    </div>
  );
}

/** Several controls answering one question (checkbox group, address, table): a fieldset. */
export function FieldGroup({
  id,
  label,
  help,
  error,
  required,
  className,
  children,
}: {
  id: string;
  label: string;
  help: string;
  error: string | undefined;
  required: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <fieldset
      id={`${id}-group`}
      className={['form-group', error ? 'form-group--error' : '', className].filter(Boolean).join(' ')}
      aria-describedby={describedByOf(id, Boolean(help), Boolean(error))}
    >
      <legend className="form-group__legend">
        {label}
        {required ? <RequiredMark /> : null}
      </legend>
      <FieldHelp id={id} text={help} />
      <FieldError id={id} message={error} />
      {children}
    </fieldset>
  );
}
