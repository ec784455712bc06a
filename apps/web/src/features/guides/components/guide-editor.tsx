import { zodResolver } from '@hookform/resolvers/zod';
import {
  GUIDE_LOCALES,
  GUIDE_LOCALE_LABELS,
  ZGuideCreate,
  formatDateTimeVn,
  slugifyVietnamese,
  type TAdminGuide,
  type TGuideCreate,
  type TGuideCreateInput,
} from '@portal/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../../components/form-field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { fieldMessage } from '../../../lib/api-error-text.ts';
import { paths } from '../../../lib/paths.ts';
import { ConfirmDialog } from '../../dossiers/components/modal-dialog.tsx';
import { adminGuideQuery, useCreateGuide, useDeleteGuide, useUpdateGuide } from '../queries.ts';
import { GuideHtml } from './guide-html.tsx';
import { GuideToc } from './guide-toc.tsx';
import { LeaveGuard } from '../../../components/leave-guard.tsx';
import { useLivePreview } from './use-live-preview.ts';

type Values = TGuideCreateInput;
const FIELDS = ['title', 'slug', 'locale', 'sortOrder', 'published', 'body'] as const;

const valuesOf = (guide: TAdminGuide | null): Values =>
  guide
    ? { title: guide.title, slug: guide.slug, locale: guide.locale, sortOrder: guide.sortOrder, published: guide.published, body: guide.body }
    : { title: '', slug: '', locale: 'vi', sortOrder: 10, published: false, body: '' };

const isConflict = (error: unknown) => isApiError(error) && error.code === 'VERSION_CONFLICT';

/**
 * Creates or edits one guide page: title, address, language, order, publication and the
 * Markdown, beside a live preview drawn by the API's renderer (what citizens will see).
 * Saving sends the revision it loaded; when someone saved in between, the administrator's
 * text is kept on screen until they choose to load the latest version.
 */
export function GuideEditor({ guide }: { guide: TAdminGuide | null }) {
  const { t, i18n } = useTranslation();
  const formId = useId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const isNew = guide === null;
  const form = useForm<Values, unknown, TGuideCreate>({ resolver: zodResolver(ZGuideCreate), defaultValues: valuesOf(guide) });
  const create = useCreateGuide();
  const update = useUpdateGuide(guide?.id ?? '');
  const remove = useDeleteGuide(guide?.id ?? '');
  const [slugTouched, setSlugTouched] = useState(!isNew);
  const [notice, setNotice] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [reloading, setReloading] = useState(false);
  // Set just before navigating away on purpose (after creating or deleting): nothing is lost then.
  const leaving = useRef(false);
  const body = useWatch({ control: form.control, name: 'body' }) ?? '';
  const locale = useWatch({ control: form.control, name: 'locale' }) ?? 'vi';
  const slug = useWatch({ control: form.control, name: 'slug' }) ?? '';
  const preview = useLivePreview(body, locale === 'en' ? 'en' : 'vi');
  const saveError = isNew ? create.error : update.error;
  const { errors } = form.formState;
  const error = (name: (typeof FIELDS)[number]) => {
    const message = errors[name]?.message;
    return message ? fieldMessage(message, i18n.language) : undefined;
  };
  const fieldLabels = Object.fromEntries(FIELDS.map((name) => [name, t(`guides.admin.fields.${name}`)]));

  /** The API's field errors (e.g. an address already used) next to their inputs too. */
  const showFieldErrors = (failure: unknown) => {
    if (!isApiError(failure)) return;
    for (const [name, message] of Object.entries(failure.fieldErrors)) {
      if ((FIELDS as readonly string[]).includes(name)) form.setError(name as (typeof FIELDS)[number], { message });
    }
  };

  const onSubmit = form.handleSubmit((input) => {
    setNotice(null);
    if (isNew) {
      create.mutate(input, {
        onSuccess: (created) => {
          leaving.current = true;
          void navigate(paths.staff.admin.guide(created.id), { state: { created: true } });
        },
        onError: showFieldErrors,
      });
      return;
    }
    update.mutate(
      { ...input, revision: guide.revision },
      {
        onSuccess: (saved) => {
          form.reset(valuesOf(saved));
          setNotice(t('guides.admin.saved'));
        },
        onError: showFieldErrors,
      },
    );
  });

  const reloadLatest = async () => {
    if (!guide) return;
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...adminGuideQuery(guide.id), staleTime: 0 });
      form.reset(valuesOf(fresh));
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  const onDelete = () => {
    if (!guide) return;
    remove.mutate(guide.revision, {
      onSuccess: () => {
        leaving.current = true;
        void navigate(paths.staff.admin.guides, { state: { deleted: guide.title } });
      },
    });
  };

  const titleField = form.register('title', {
    onChange: (event: { target: { value: string } }) => {
      if (!slugTouched) form.setValue('slug', slugifyVietnamese(event.target.value), { shouldDirty: true });
    },
  });
  const slugField = form.register('slug', { onChange: () => setSlugTouched(true) });
  const publicUrl = `${window.location.origin}${paths.guide(slug || '…')}`;
  const rendered = preview.status === 'empty' ? null : preview.rendered;

  return (
    <div className="guide-editor">
      <LeaveGuard
        when={() => !leaving.current && form.formState.isDirty}
        texts={{ title: t('guides.admin.leaveTitle'), body: t('guides.admin.leaveBody'), confirm: t('guides.admin.leaveConfirm'), cancel: t('guides.admin.leaveCancel') }}
      />
      <form noValidate onSubmit={onSubmit} aria-labelledby={`${formId}-heading`} className="guide-editor__form">
        <h2 id={`${formId}-heading`} className="visually-hidden">
          {isNew ? t('guides.admin.newTitle') : t('guides.admin.editTitle', { title: guide.title })}
        </h2>
        <div role="status" aria-live="polite">
          {notice ? <p className="alert alert--success">{notice}</p> : null}
        </div>
        {isConflict(saveError) ? (
          <div className="alert alert--warning" role="alert">
            <p className="alert__title">{t('guides.admin.conflictTitle')}</p>
            <p>{t('guides.admin.conflictBody', { revision: isApiError(saveError) ? String(saveError.details?.revision ?? '') : '' })}</p>
            <Button variant="secondary" onClick={() => void reloadLatest()} disabled={reloading}>
              {t('guides.admin.conflictReload')}
            </Button>
          </div>
        ) : saveError ? (
          <ErrorMessage error={saveError} fieldLabels={fieldLabels} />
        ) : null}
        {guide ? <p className="form-note">{t('guides.admin.revision', { revision: guide.revision, time: formatDateTimeVn(new Date(guide.updatedAt)) })}</p> : null}

        <TextField id={`${formId}-title`} label={t('guides.admin.fields.title')} required error={error('title')} {...titleField} />
        <TextField
          id={`${formId}-slug`}
          label={t('guides.admin.fields.slug')}
          hint={t('guides.admin.fields.slugHint', { url: publicUrl })}
          required
          autoComplete="off"
          spellCheck={false}
          error={error('slug')}
          {...slugField}
        />
        <div className="guide-editor__row">
          <SelectField id={`${formId}-locale`} label={t('guides.admin.fields.locale')} required error={error('locale')} {...form.register('locale')}>
            {GUIDE_LOCALES.map((value) => (
              <option key={value} value={value}>
                {GUIDE_LOCALE_LABELS[value]}
              </option>
            ))}
          </SelectField>
          <TextField
            id={`${formId}-order`}
            type="number"
            inputMode="numeric"
            min={0}
            max={9999}
            label={t('guides.admin.fields.sortOrder')}
            hint={t('guides.admin.fields.sortOrderHint')}
            required
            error={error('sortOrder')}
            {...form.register('sortOrder', { valueAsNumber: true })}
          />
        </div>
        <CheckboxField id={`${formId}-published`} label={t('guides.admin.fields.published')} hint={t('guides.admin.fields.publishedHint')} {...form.register('published')} />
        <TextAreaField
          id={`${formId}-body`}
          className="guide-editor__markdown"
          label={t('guides.admin.fields.body')}
          hint={t('guides.admin.fields.bodyHint')}
          required
          rows={24}
          spellCheck
          lang={locale}
          error={error('body')}
          {...form.register('body')}
        />
        <details className="guide-editor__syntax">
          <summary>{t('guides.admin.syntax.summary')}</summary>
          <ul>
            {(['heading', 'bold', 'list', 'link', 'table', 'image', 'html'] as const).map((key) => (
              <li key={key}>{t(`guides.admin.syntax.${key}`)}</li>
            ))}
          </ul>
        </details>

        <div className="button-row">
          <Button type="submit" disabled={create.isPending || update.isPending}>
            {isNew ? (create.isPending ? t('guides.admin.creating') : t('guides.admin.create')) : update.isPending ? t('guides.admin.saving') : t('guides.admin.save')}
          </Button>
          {guide ? (
            <Button variant="ghost" className="button--danger-text" onClick={() => setConfirmDelete(true)}>
              {t('guides.admin.delete')}
            </Button>
          ) : null}
          <Link to={paths.staff.admin.guides}>{t('guides.admin.cancel')}</Link>
        </div>
      </form>

      <section className="guide-editor__preview" aria-labelledby={`${formId}-preview`}>
        <h2 id={`${formId}-preview`}>{t('guides.admin.preview')}</h2>
        <p className="form-note">{t('guides.admin.previewLead')}</p>
        <p className="guide-editor__preview-status" data-status={preview.status}>
          {preview.status === 'empty'
            ? t('guides.admin.previewEmpty')
            : preview.status === 'updating'
              ? t('guides.admin.previewUpdating')
              : preview.status === 'failed'
                ? t('guides.admin.previewFailed')
                : t('guides.admin.previewUpToDate')}
        </p>
        {rendered ? (
          <div className="guide-preview" data-testid="guide-preview">
            <GuideToc toc={rendered.toc} lang={locale} sectionsInUrl={false} />
            <GuideHtml html={rendered.html} lang={locale} sectionsInUrl={false} />
          </div>
        ) : null}
      </section>

      {guide ? (
        <ConfirmDialog
          open={confirmDelete}
          title={t('guides.admin.deleteTitle')}
          body={<p>{t('guides.admin.deleteBody', { title: guide.title, language: GUIDE_LOCALE_LABELS[guide.locale] })}</p>}
          confirmLabel={t('guides.admin.deleteConfirm')}
          cancelLabel={t('guides.admin.deleteCancel')}
          danger
          busy={remove.isPending}
          error={remove.error ? <ErrorMessage error={remove.error} /> : null}
          onConfirm={onDelete}
          onCancel={() => {
            setConfirmDelete(false);
            remove.reset();
          }}
        />
      ) : null}
    </div>
  );
}
