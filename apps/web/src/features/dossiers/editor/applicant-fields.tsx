import { GENDERS, GENDER_LABELS } from '@portal/domain';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { dossierMessage, type ApplicantInput } from './applicant-values.ts';

export const applicantControlId = (idPrefix: string, name: keyof ApplicantInput) => `${idPrefix}-applicant-${name}`;

/**
 * Thông tin người nộp hồ sơ. Required marks follow the submit rules (ZApplicant): name,
 * CCCD, phone, e-mail and address are needed to send; birth date and gender are not.
 */
export function ApplicantFields({ form, idPrefix, disabled }: { form: UseFormReturn<ApplicantInput>; idPrefix: string; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  const errors = form.formState.errors;
  const error = (name: keyof ApplicantInput) => {
    const message = errors[name]?.message;
    return typeof message === 'string' && message ? dossierMessage(message, i18n.language) : undefined;
  };
  const id = (name: keyof ApplicantInput) => applicantControlId(idPrefix, name);
  return (
    <div className="applicant-fields">
      <TextField id={id('fullName')} label={t('dossiers.applicant.fullName')} autoComplete="name" required maxLength={100} disabled={disabled} error={error('fullName')} {...form.register('fullName')} />
      <TextField
        id={id('idNumber')}
        label={t('dossiers.applicant.idNumber')}
        hint={t('auth.fields.idNumberHint')}
        inputMode="numeric"
        maxLength={12}
        required
        disabled={disabled}
        error={error('idNumber')}
        {...form.register('idNumber')}
      />
      <TextField
        id={id('dateOfBirth')}
        label={t('dossiers.applicant.dateOfBirth')}
        hint={t('dossiers.form.dateHint')}
        inputMode="numeric"
        placeholder={t('dossiers.form.datePlaceholder')}
        maxLength={10}
        autoComplete="bday"
        disabled={disabled}
        error={error('dateOfBirth')}
        {...form.register('dateOfBirth')}
      />
      <SelectField id={id('gender')} label={t('dossiers.applicant.gender')} disabled={disabled} error={error('gender')} {...form.register('gender')}>
        <option value="">{t('dossiers.applicant.genderUnset')}</option>
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {GENDER_LABELS[gender][lang]}
          </option>
        ))}
      </SelectField>
      <TextField
        id={id('phone')}
        label={t('dossiers.applicant.phone')}
        hint={t('auth.fields.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        disabled={disabled}
        error={error('phone')}
        {...form.register('phone')}
      />
      <TextField id={id('email')} label={t('dossiers.applicant.email')} type="email" autoComplete="email" required disabled={disabled} error={error('email')} {...form.register('email')} />
      <TextField
        id={id('address')}
        label={t('dossiers.applicant.address')}
        autoComplete="street-address"
        required
        maxLength={300}
        disabled={disabled}
        error={error('address')}
        {...form.register('address')}
      />
    </div>
  );
}
