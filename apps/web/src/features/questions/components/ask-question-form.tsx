import { zodResolver } from '@hookform/resolvers/zod';
import { ZQuestionForm, type TQuestionForm, type TQuestionFormInput } from '@portal/domain';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { CaptchaField, useCaptchaStep } from '../../auth/components/captcha-field.tsx';
import { useFormFeedback } from '../../auth/form-feedback.tsx';
import { fieldListQuery } from '../../catalogue/queries.ts';
import { askQuestion } from '../api.ts';

/** The procedure a question is about, when asked from its page: it decides the agency that answers. */
export interface AskedProcedure {
  id: string;
  code: string;
  name: string;
  fieldId: string;
}

/**
 * "Gửi câu hỏi": name, e-mail (never published), field — or the procedure it was opened
 * for —, title, question and the verification step of the registration page. On success
 * it thanks the asker and says where the answer will arrive.
 */
export function AskQuestionForm({ procedure, onForgetProcedure }: { procedure?: AskedProcedure | undefined; onForgetProcedure?: () => void }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const id = (name: string) => `${formId}-${name}`;
  const fields = useQuery(fieldListQuery());
  const ask = useMutation({ mutationFn: askQuestion });
  const captcha = useCaptchaStep(id('captcha'), ask.error);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm<TQuestionFormInput, unknown, TQuestionForm>({
    shouldFocusError: false,
    resolver: zodResolver(ZQuestionForm),
    // Mounted again (a new `key`) when the procedure changes, so these defaults follow it.
    defaultValues: { askerName: '', askerEmail: '', fieldId: procedure?.fieldId ?? '', procedureId: procedure?.id ?? '', title: '', body: '' },
  });

  const { fieldError, summary } = useFormFeedback(
    form,
    (['askerName', 'askerEmail', 'fieldId', 'title', 'body'] as const).map((name) => ({ name, id: id(name) })),
    ask.error,
    captcha.error ? [{ target: id('captcha'), message: captcha.error }] : [],
  );

  const onSubmit = form.handleSubmit(
    (values) => {
      if (!captcha.check()) return;
      ask.mutate(
        {
          ...values,
          captcha: captcha.payload,
          locale: i18n.language === 'en' ? 'en' : 'vi',
        },
        {
          onSuccess: () => {
            setSentTo(values.askerEmail);
            form.reset();
          },
          // A solution is accepted once: verify again before the next try.
          onSettled: captcha.reset,
        },
      );
    },
    () => captcha.check(),
  );

  if (sentTo !== null) {
    return (
      <div role="status" className="alert alert--success">
        <h3 className="alert__title">{t('questions.ask.doneTitle')}</h3>
        <p>{t('questions.ask.doneBody', { email: sentTo })}</p>
        <Button
          variant="secondary"
          onClick={() => {
            setSentTo(null);
            ask.reset();
          }}
        >
          {t('questions.ask.again')}
        </Button>
      </div>
    );
  }

  return (
    <div className="auth-panel">
      <p>{t('questions.ask.intro')}</p>
      {summary}
      <form noValidate onSubmit={onSubmit} className="auth-form" aria-label={t('questions.ask.heading')}>
        <TextField id={id('askerName')} label={t('questions.ask.askerName')} autoComplete="name" required error={fieldError('askerName')} {...form.register('askerName')} />
        <TextField
          id={id('askerEmail')}
          label={t('questions.ask.askerEmail')}
          hint={t('questions.ask.askerEmailHint')}
          type="email"
          autoComplete="email"
          required
          error={fieldError('askerEmail')}
          {...form.register('askerEmail')}
        />
        {procedure ? (
          <div className="form-field">
            <p className="form-field__label" id={id('procedure')}>
              {t('questions.ask.procedure')}
            </p>
            <p aria-labelledby={id('procedure')}>
              {procedure.name} ({procedure.code}){' '}
              {onForgetProcedure ? (
                <Button variant="secondary" type="button" onClick={onForgetProcedure}>
                  {t('questions.ask.otherTopic')}
                </Button>
              ) : null}
            </p>
          </div>
        ) : (
          <SelectField id={id('fieldId')} label={t('questions.ask.field')} required error={fieldError('fieldId')} {...form.register('fieldId')}>
            <option value="">{t('questions.ask.chooseField')}</option>
            {fields.data?.items.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </SelectField>
        )}
        <TextField id={id('title')} label={t('questions.ask.title')} required error={fieldError('title')} {...form.register('title')} />
        <TextAreaField id={id('body')} label={t('questions.ask.body')} rows={6} required error={fieldError('body')} {...form.register('body')} />
        <CaptchaField {...captcha.field} />
        <div className="button-row">
          <Button type="submit" disabled={ask.isPending}>
            {ask.isPending ? t('questions.ask.submitting') : t('questions.ask.submit')}
          </Button>
        </div>
      </form>
    </div>
  );
}
