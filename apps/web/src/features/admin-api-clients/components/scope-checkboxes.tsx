import { API_SCOPES } from '@portal/domain';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { scopeText } from '../scope-text.ts';

/**
 * The scopes as checkboxes, each with what it allows in plain words and its technical name
 * (what the integrator asks for in `scope`). The group is the target of the error summary.
 */
export function ScopeCheckboxes({ id, error, register }: { id: string; error: string | undefined; register: UseFormRegisterReturn }) {
  const { t } = useTranslation();
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'checkbox-group scope-options form-field--error' : 'checkbox-group scope-options'} id={id} tabIndex={-1} aria-describedby={describedBy}>
      <legend>
        {t('apiClients.fields.scopes')}
        <span className="form-field__required">
          <span aria-hidden="true"> *</span>
          <span className="visually-hidden"> ({t('auth.required')})</span>
        </span>
      </legend>
      <p id={`${id}-hint`} className="form-field__hint">
        {t('apiClients.fields.scopesHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="form-field__error">
          {error}
        </p>
      ) : null}
      {API_SCOPES.map((scope) => (
        <label key={scope}>
          <input type="checkbox" value={scope} {...register} />
          <span className="scope-options__text">
            <span>{scopeText(t, scope)}</span>
            <code>{scope}</code>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
