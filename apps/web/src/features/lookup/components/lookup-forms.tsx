import { zodResolver } from '@hookform/resolvers/zod';
import { ZLookupByCodeForm, ZLookupByReceiptForm, type TLookupByCodeForm, type TLookupByReceiptForm } from '@portal/domain';
import { useEffect, useId } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';

/**
 * "Mã hồ sơ": filled from `?code=` (the receipt's QR link); a code that came in the URL is
 * checked at once so a damaged link says what is wrong instead of searching.
 */
export function LookupByCodeForm({ initialCode, busy, onSearch }: { initialCode: string; busy: boolean; onSearch: (code: string) => void }) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = `${formId}-heading`;
  const form = useForm<TLookupByCodeForm>({ resolver: zodResolver(ZLookupByCodeForm), defaultValues: { code: initialCode }, shouldFocusError: false });
  const { fieldError, summary } = useFormFeedback(form, [{ name: 'code', id: `${formId}-code` }], undefined);

  useEffect(() => {
    form.reset({ code: initialCode });
    if (initialCode) void form.trigger('code');
  }, [initialCode, form]);

  return (
    <section className="lookup-form" aria-labelledby={headingId}>
      <h2 id={headingId} className="lookup-form__heading">
        {t('lookup.byCode.heading')}
      </h2>
      {summary}
      <form role="search" aria-labelledby={headingId} noValidate onSubmit={form.handleSubmit((values) => onSearch(values.code))}>
        <TextField
          id={`${formId}-code`}
          label={t('lookup.byCode.code')}
          hint={t('lookup.byCode.hint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          error={fieldError('code')}
          {...form.register('code')}
        />
        <div className="button-row">
          <Button type="submit" disabled={busy}>
            {t('lookup.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** "Số biên nhận + Số CCCD": both must match the same dossier. */
export function LookupByReceiptForm({
  initialReceiptNo,
  busy,
  onSearch,
}: {
  initialReceiptNo: string;
  busy: boolean;
  onSearch: (values: TLookupByReceiptForm) => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const headingId = `${formId}-heading`;
  const form = useForm<TLookupByReceiptForm>({
    resolver: zodResolver(ZLookupByReceiptForm),
    defaultValues: { receiptNo: initialReceiptNo, idNumber: '' },
    shouldFocusError: false,
  });
  const { fieldError, summary } = useFormFeedback(
    form,
    [
      { name: 'receiptNo', id: `${formId}-receiptNo` },
      { name: 'idNumber', id: `${formId}-idNumber` },
    ],
    undefined,
  );

  return (
    <section className="lookup-form" aria-labelledby={headingId}>
      <h2 id={headingId} className="lookup-form__heading">
        {t('lookup.byReceipt.heading')}
      </h2>
      {summary}
      <form role="search" aria-labelledby={headingId} noValidate onSubmit={form.handleSubmit(onSearch)}>
        <TextField
          id={`${formId}-receiptNo`}
          label={t('lookup.byReceipt.receiptNo')}
          hint={t('lookup.byReceipt.receiptNoHint')}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          required
          error={fieldError('receiptNo')}
          {...form.register('receiptNo')}
        />
        <TextField
          id={`${formId}-idNumber`}
          label={t('lookup.byReceipt.idNumber')}
          hint={t('lookup.byReceipt.idNumberHint')}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          required
          error={fieldError('idNumber')}
          {...form.register('idNumber')}
        />
        <div className="button-row">
          <Button type="submit" disabled={busy}>
            {t('lookup.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
