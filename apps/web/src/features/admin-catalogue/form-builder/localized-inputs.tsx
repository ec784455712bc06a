import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/form-field.tsx';

export interface LocalizedValue {
  vi: string;
  en?: string | undefined;
}

/** A text in Vietnamese (the reference) and, optionally, English: two labelled inputs side by side. */
export function LocalizedInputs({
  id,
  label,
  value,
  required,
  errors,
  onChange,
}: {
  id: string;
  label: string;
  value: LocalizedValue;
  required?: boolean;
  errors?: { vi?: string | undefined; en?: string | undefined };
  onChange(value: LocalizedValue): void;
}) {
  const { t } = useTranslation();
  return (
    <div className="localized-inputs">
      <TextField
        id={`${id}-vi`}
        label={t('adminCatalogue.builder.inVietnamese', { label })}
        required={required}
        value={value.vi}
        error={errors?.vi}
        onChange={(event) => onChange({ ...value, vi: event.target.value })}
      />
      <TextField
        id={`${id}-en`}
        label={t('adminCatalogue.builder.inEnglish', { label })}
        value={value.en ?? ''}
        error={errors?.en}
        lang="en"
        onChange={(event) => onChange({ ...value, en: event.target.value })}
      />
    </div>
  );
}
