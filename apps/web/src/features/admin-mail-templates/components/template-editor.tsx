import { zodResolver } from '@hookform/resolvers/zod';
import { placeholdersIn, zMailTemplateOverrideForm, type TMailTemplateDetail, type TMailTemplateOverride, type TMailTemplateOverrideInput } from '@portal/domain';
import { useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { TextField } from '../../../components/form-field.tsx';
import { fieldMessage } from '../../../lib/api-error-text.ts';
import { usePreviewMailTemplate, useResetMailTemplate, useSaveMailTemplate } from '../queries.ts';

type Values = TMailTemplateOverrideInput;

/**
 * One template in one language: its placeholders, the wording (the administrator's
 * version, else the built-in one) checked live against the placeholder list, a preview
 * with sample data, save, and reset to the built-in wording.
 */
export function TemplateEditor({ detail }: { detail: TMailTemplateDetail }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const allowed = useMemo(() => detail.placeholders.map((placeholder) => placeholder.name), [detail]);
  const schema = useMemo(() => zMailTemplateOverrideForm(allowed), [allowed]);
  const start = detail.override ?? detail.default;
  const form = useForm<Values, unknown, TMailTemplateOverride>({
    // Checked as the administrator types: a wrong placeholder shows at once.
    mode: 'onChange',
    resolver: zodResolver(schema),
    defaultValues: { subject: start.subject, text: start.text, html: start.html ?? '' },
  });
  const save = useSaveMailTemplate(detail.key, detail.locale);
  const reset = useResetMailTemplate(detail.key, detail.locale);
  const preview = usePreviewMailTemplate(detail.key, detail.locale);
  const [notice, setNotice] = useState<string | null>(null);
  const values = useWatch({ control: form.control });
  const used = placeholdersIn(`${values.subject ?? ''} ${values.text ?? ''} ${values.html ?? ''}`);
  const { errors } = form.formState;
  const error = (name: 'subject' | 'text' | 'html') => {
    const message = errors[name]?.message;
    return message ? fieldMessage(message, i18n.language) : undefined;
  };

  const onSave = form.handleSubmit((input) =>
    save.mutate(input, {
      onSuccess: () => setNotice(t('admin.mailTemplates.savedNotice')),
    }),
  );
  const onPreview = form.handleSubmit((input) => preview.mutate(input));
  const onReset = () => {
    if (!window.confirm(t('admin.mailTemplates.resetConfirm'))) return;
    reset.mutate(undefined, {
      onSuccess: (fresh) => {
        form.reset({ subject: fresh.default.subject, text: fresh.default.text, html: '' });
        preview.reset();
        setNotice(t('admin.mailTemplates.resetNotice'));
      },
    });
  };

  return (
    <div className="template-editor">
      <p>{detail.description}</p>
      <p className="form-note">
        {detail.override ? t('admin.mailTemplates.usingOverride', { when: new Date(detail.override.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN') }) : t('admin.mailTemplates.usingDefault')}
      </p>
      <section aria-labelledby={`${formId}-placeholders`} className="placeholder-list">
        <h3 id={`${formId}-placeholders`}>{t('admin.mailTemplates.placeholders')}</h3>
        {/* On a phone the table scrolls sideways in its own focusable group instead of widening the page. */}
        <div className="table-scroll" role="group" aria-labelledby={`${formId}-placeholders`} tabIndex={0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('admin.mailTemplates.placeholder')}</th>
                <th scope="col">{t('admin.mailTemplates.meaning')}</th>
                <th scope="col">{t('admin.mailTemplates.sample')}</th>
              </tr>
            </thead>
            <tbody>
              {detail.placeholders.map((placeholder) => (
                <tr key={placeholder.name}>
                  <td>
                    <code>{`{{${placeholder.name}}}`}</code>
                    {used.includes(placeholder.name) ? <span className="visually-hidden"> ({t('admin.mailTemplates.inUse')})</span> : null}
                  </td>
                  <td>{placeholder.description}</td>
                  <td>{placeholder.sample}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <form noValidate onSubmit={onSave} aria-labelledby={`${formId}-form`}>
        <h3 id={`${formId}-form`}>{t('admin.mailTemplates.wording')}</h3>
        <div role="status" aria-live="polite">
          {notice ? <p className="alert alert--success">{notice}</p> : null}
        </div>
        {save.error ? <ErrorMessage error={save.error} fieldLabels={{ subject: t('admin.mailTemplates.subject'), text: t('admin.mailTemplates.text'), html: t('admin.mailTemplates.html') }} /> : null}
        {reset.error ? <ErrorMessage error={reset.error} /> : null}
        <TextField id={`${formId}-subject`} label={t('admin.mailTemplates.subject')} required error={error('subject')} {...form.register('subject')} />
        <div className={error('text') ? 'form-field form-field--error' : 'form-field'}>
          <label htmlFor={`${formId}-text`}>{t('admin.mailTemplates.text')} *</label>
          <p id={`${formId}-text-hint`} className="form-field__hint">
            {t('admin.mailTemplates.textHint')}
          </p>
          {error('text') ? (
            <p id={`${formId}-text-error`} className="form-field__error">
              {error('text')}
            </p>
          ) : null}
          <textarea id={`${formId}-text`} rows={12} aria-invalid={error('text') ? true : undefined} aria-describedby={`${formId}-text-hint${error('text') ? ` ${formId}-text-error` : ''}`} {...form.register('text')} />
        </div>
        <div className={error('html') ? 'form-field form-field--error' : 'form-field'}>
          <label htmlFor={`${formId}-html`}>{t('admin.mailTemplates.html')}</label>
          <p id={`${formId}-html-hint`} className="form-field__hint">
            {t('admin.mailTemplates.htmlHint')}
          </p>
          {error('html') ? (
            <p id={`${formId}-html-error`} className="form-field__error">
              {error('html')}
            </p>
          ) : null}
          <textarea id={`${formId}-html`} rows={6} aria-invalid={error('html') ? true : undefined} aria-describedby={`${formId}-html-hint${error('html') ? ` ${formId}-html-error` : ''}`} {...form.register('html')} />
        </div>
        <div className="button-row">
          <Button type="submit" disabled={save.isPending}>
            {save.isPending ? t('admin.saving') : t('admin.save')}
          </Button>
          <Button variant="secondary" onClick={() => void onPreview()} disabled={preview.isPending}>
            {t('admin.mailTemplates.preview')}
          </Button>
          {detail.override ? (
            <Button variant="ghost" onClick={onReset} disabled={reset.isPending}>
              {t('admin.mailTemplates.reset')}
            </Button>
          ) : null}
        </div>
      </form>

      {preview.error ? <ErrorMessage error={preview.error} /> : null}
      {preview.data ? (
        <section aria-labelledby={`${formId}-preview`}>
          <h3 id={`${formId}-preview`}>{t('admin.mailTemplates.previewTitle')}</h3>
          <p>
            <strong>{t('admin.mailTemplates.subject')}:</strong> <span data-testid="preview-subject">{preview.data.subject}</span>
          </p>
          {/* sandbox without allow-scripts: the message's HTML cannot run anything here */}
          <iframe className="mail-preview" title={t('admin.mailTemplates.previewFrame')} sandbox="" srcDoc={preview.data.html} />
          <details>
            <summary>{t('admin.mailTemplates.previewText')}</summary>
            <pre>{preview.data.text}</pre>
          </details>
        </section>
      ) : null}
    </div>
  );
}
