import { VN_PROVINCES, type TFormField } from '@portal/domain';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { controlIdOf, errorAt } from './form-resolver.ts';
import { FieldError, FieldGroup, RequiredMark, describedByOf } from './field-frame.tsx';
import type { TFormInputValues } from './form-values.ts';
import { formMessage, localized } from './localized.ts';

export type TCommuneOption = { name: string; code?: string | undefined };
/** Known communes and wards per province code (the portal's own province, usually). */
export type TCommuneDirectory = Readonly<Record<string, readonly TCommuneOption[]>>;

/**
 * Vietnamese address after the 2025 reform: province or city (34, from @portal/domain),
 * then commune or ward, then street and house number. For provinces whose communes the
 * portal knows, the commune box suggests them (a datalist: typing still works for any
 * name, so an outdated list never blocks a citizen).
 */
export function AddressInput({
  field,
  form,
  idPrefix,
  communes,
  disabled,
}: {
  field: Extract<TFormField, { kind: 'address' }>;
  form: UseFormReturn<TFormInputValues>;
  idPrefix: string;
  communes: TCommuneDirectory;
  disabled?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const errors = form.formState.errors;
  const provinceCode = useWatch({ control: form.control, name: `${field.key}.provinceCode` }) as string | undefined;
  const known = provinceCode ? communes[provinceCode] : undefined;

  const groupId = controlIdOf(idPrefix, field.key);
  const part = (name: 'provinceCode' | 'communeName' | 'street') => {
    const path = `${field.key}.${name}`;
    const id = controlIdOf(idPrefix, path);
    const raw = errorAt(errors, path);
    const error = raw ? formMessage(raw, field, lang) : undefined;
    return { path, id, error, describedBy: describedByOf(id, false, Boolean(error)) };
  };
  const province = part('provinceCode');
  const commune = part('communeName');
  const street = part('street');
  const listId = `${commune.id}-list`;
  const help = localized(field.help, lang);

  return (
    <FieldGroup id={groupId} label={localized(field.label, lang)} help={help} error={undefined} required={field.required} className="address-input">
      <div className="address-input__grid">
        <div className={province.error ? 'form-field form-field--error' : 'form-field'}>
          <label htmlFor={province.id}>
            {t('dossiers.form.province')}
            {field.required ? <RequiredMark /> : null}
          </label>
          <FieldError id={province.id} message={province.error} />
          <select
            id={province.id}
            aria-describedby={province.describedBy}
            aria-invalid={province.error ? true : undefined}
            aria-required={field.required ? true : undefined}
            autoComplete="address-level1"
            disabled={disabled}
            {...form.register(province.path)}
          >
            <option value="">{t('dossiers.form.choose')}</option>
            {VN_PROVINCES.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className={commune.error ? 'form-field form-field--error' : 'form-field'}>
          <label htmlFor={commune.id}>
            {t('dossiers.form.commune')}
            {field.required ? <RequiredMark /> : null}
          </label>
          <FieldError id={commune.id} message={commune.error} />
          <input
            type="text"
            id={commune.id}
            list={known && known.length > 0 ? listId : undefined}
            aria-describedby={commune.describedBy}
            aria-invalid={commune.error ? true : undefined}
            aria-required={field.required ? true : undefined}
            autoComplete="address-level2"
            maxLength={100}
            placeholder={known && known.length > 0 ? t('dossiers.form.communeSuggest') : undefined}
            disabled={disabled}
            {...form.register(commune.path)}
          />
          {known && known.length > 0 ? (
            <datalist id={listId}>
              {known.map((option) => (
                <option key={option.name} value={option.name} />
              ))}
            </datalist>
          ) : null}
        </div>
      </div>
      <div className={street.error ? 'form-field form-field--error address-input__street' : 'form-field address-input__street'}>
        <label htmlFor={street.id}>{t('dossiers.form.street')}</label>
        <p id={`${street.id}-help`} className="form-field__hint">
          {t('dossiers.form.streetHint')}
        </p>
        <FieldError id={street.id} message={street.error} />
        <input
          type="text"
          id={street.id}
          aria-describedby={[`${street.id}-help`, street.error ? `${street.id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={street.error ? true : undefined}
          autoComplete="address-line1"
          maxLength={300}
          disabled={disabled}
          {...form.register(street.path)}
        />
      </div>
    </FieldGroup>
  );
}
