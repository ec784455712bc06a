import { zodResolver } from '@hookform/resolvers/zod';
import { GENDERS, GENDER_LABELS, ZProfileUpdate, type TAccount, type TProfileUpdate } from '@portal/domain';
import { useId } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextField } from '../../../components/form-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { useUpdateProfile } from '../mutations.ts';

interface ProfileValues {
  fullName: string;
  gender: string;
  dateOfBirth: string;
  idNumber: string;
  address: string;
  phone: string;
}

const valuesOf = (account: TAccount): ProfileValues => ({
  fullName: account.fullName ?? '',
  gender: account.gender ?? '',
  dateOfBirth: account.dateOfBirth ?? '',
  idNumber: account.idNumber ?? '',
  address: account.address ?? '',
  phone: account.phone ?? '',
});

/** Họ và tên, giới tính, ngày sinh, CCCD, địa chỉ, điện thoại: validated by the API's own schema. */
export function ProfileForm({ account }: { account: TAccount }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const update = useUpdateProfile();
  const form = useForm<ProfileValues, unknown, TProfileUpdate>({
    // The error summary takes focus, not the first field (GOV.UK pattern).
    shouldFocusError: false,
    resolver: zodResolver(ZProfileUpdate) as unknown as Resolver<ProfileValues, unknown, TProfileUpdate>,
    defaultValues: valuesOf(account),
  });
  const names = ['fullName', 'gender', 'dateOfBirth', 'idNumber', 'address', 'phone'] as const;
  const id = (name: string) => `${formId}-${name}`;
  const { fieldError, summary } = useFormFeedback(
    form,
    names.map((name) => ({ name, id: id(name) })),
    update.error,
  );
  const onSubmit = form.handleSubmit((values) =>
    update.mutate(values, { onSuccess: (saved) => form.reset(valuesOf(saved)) }),
  );
  const language = i18n.language === 'en' ? 'en' : 'vi';

  return (
    <form noValidate onSubmit={onSubmit} className="auth-form" aria-labelledby={`${formId}-heading`}>
      <h2 id={`${formId}-heading`}>{t('auth.profile.personalHeading')}</h2>
      {summary}
      <div role="status" aria-live="polite">
        {update.isSuccess && !form.formState.isDirty ? <p className="alert alert--success">{t('auth.profile.saved')}</p> : null}
      </div>
      <TextField id={id('fullName')} label={t('auth.fields.fullName')} autoComplete="name" error={fieldError('fullName')} {...form.register('fullName')} />
      <SelectField id={id('gender')} label={t('auth.fields.gender')} error={fieldError('gender')} {...form.register('gender')}>
        <option value="">{t('auth.fields.genderUnset')}</option>
        {GENDERS.map((gender) => (
          <option key={gender} value={gender}>
            {GENDER_LABELS[gender][language]}
          </option>
        ))}
      </SelectField>
      <TextField id={id('dateOfBirth')} label={t('auth.fields.dateOfBirth')} type="date" autoComplete="bday" error={fieldError('dateOfBirth')} {...form.register('dateOfBirth')} />
      <TextField
        id={id('idNumber')}
        label={t('auth.fields.idNumber')}
        hint={t('auth.fields.idNumberHint')}
        inputMode="numeric"
        maxLength={12}
        error={fieldError('idNumber')}
        {...form.register('idNumber')}
      />
      <TextField id={id('address')} label={t('auth.fields.address')} autoComplete="street-address" error={fieldError('address')} {...form.register('address')} />
      <TextField
        id={id('phone')}
        label={t('auth.fields.phone')}
        hint={t('auth.fields.phoneHint')}
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        required
        error={fieldError('phone')}
        {...form.register('phone')}
      />
      <div className="button-row">
        <Button type="submit" disabled={update.isPending}>
          {update.isPending ? t('auth.profile.saving') : t('auth.profile.save')}
        </Button>
      </div>
    </form>
  );
}
