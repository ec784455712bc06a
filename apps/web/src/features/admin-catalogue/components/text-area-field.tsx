import type { Ref, TextareaHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

export type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> & {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A multi-line input with its label, hint and error, framed like the shared TextField. */
export function TextAreaField({ id, label, hint, error, required, ref, rows = 3, ...textarea }: TextAreaFieldProps) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'form-field form-field--error' : 'form-field'}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="form-field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t('auth.required')})</span>
          </span>
        ) : null}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      ) : null}
      <textarea
        ref={ref}
        id={id}
        rows={rows}
        aria-invalid={error ? true : undefined}
        aria-required={required ? true : undefined}
        aria-describedby={describedBy}
        {...textarea}
      />
    </div>
  );
}
