import '../legal-documents.css';
import type { TAdminLegalDocument, TLegalDocumentCreate } from '@portal/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { Page } from '../../../components/page.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { Spinner } from '../../../components/spinner.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { useRevisionedEdit } from '../../../lib/use-revisioned-edit.ts';
import { apiErrorTitle, fieldMessage } from '../../../lib/api-error-text.ts';
import { paths } from '../../../lib/paths.ts';
import { adminCrumbs, useAdminScope } from '../../admin/admin-scope.ts';
import { createLegalDocument, deleteLegalDocument, updateLegalDocument } from '../api.ts';
import { LegalDocumentFilePanel } from '../components/legal-document-file-panel.tsx';
import { LegalDocumentForm } from '../components/legal-document-form.tsx';
import { ValidityBadge } from '../components/validity-badge.tsx';
import { adminLegalDocumentQuery, useLegalDocumentMutation, usePdfUpload } from '../queries.ts';

/** What the new-document page tells the editor it lands on. */
interface EditorState {
  created?: boolean;
  /** The PDF chosen with the new document was refused: why */
  uploadError?: string;
}

const useCrumbs = () => {
  const { t } = useTranslation();
  return [...adminCrumbs(t), { label: t('legalDocuments.admin.title'), to: paths.staff.admin.legalDocuments }];
};

function SystemOnly({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <Page title={title} breadcrumbs={useCrumbs()}>
      <p className="alert alert--info">{t('legalDocuments.admin.systemOnly')}</p>
    </Page>
  );
}

/** /can-bo/quan-tri/van-ban/moi: a new document, with its PDF if one is chosen. */
export function AdminLegalDocumentNewPage() {
  const { t, i18n } = useTranslation();
  const { isSystemAdmin } = useAdminScope();
  const navigate = useNavigate();
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const create = useLegalDocumentMutation(createLegalDocument);
  const upload = usePdfUpload('');
  const crumbs = useCrumbs();
  if (!isSystemAdmin) return <SystemOnly title={t('legalDocuments.admin.newTitle')} />;

  const submit = async (values: TLegalDocumentCreate) => {
    const created = await create.mutateAsync(values).catch(() => null);
    if (!created) return;
    const state: EditorState = { created: true };
    if (file) {
      await upload.mutateAsync({ file, documentId: created.id }).catch((error: unknown) => {
        state.uploadError = isApiError(error) && error.fieldErrors.file ? fieldMessage(error.fieldErrors.file, i18n.language) : apiErrorTitle(error, i18n.language, t);
      });
    }
    navigate(paths.staff.admin.legalDocument(created.id), { replace: true, state });
  };

  return (
    <Page title={t('legalDocuments.admin.newTitle')} breadcrumbs={crumbs}>
      <LegalDocumentForm
        document={null}
        submitLabel={t('legalDocuments.admin.form.create')}
        pendingLabel={t('legalDocuments.admin.form.creating')}
        pending={create.isPending || upload.isPending}
        error={create.error}
        onSubmit={(values) => void submit(values)}
      >
        <div className="form-field">
          <label htmlFor={fileId}>{t('legalDocuments.admin.form.file')}</label>
          <p id={`${fileId}-hint`} className="form-field__hint">
            {t('legalDocuments.admin.form.fileHint')}
          </p>
          <input id={fileId} type="file" accept="application/pdf,.pdf" aria-describedby={`${fileId}-hint`} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        </div>
        {upload.progress !== null ? <ProgressBar label={t('legalDocuments.admin.filePanel.uploading', { name: file?.name ?? '' })} value={upload.progress} /> : null}
      </LegalDocumentForm>
    </Page>
  );
}

/**
 * /can-bo/quan-tri/van-ban/:id: the facts (saved with the revision they were loaded at:
 * someone else's save in between answers 409, and the page reloads the document and says
 * so), the PDF, and deletion after a confirmation.
 */
export function AdminLegalDocumentEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { isSystemAdmin } = useAdminScope();
  const location = useLocation();
  const navigate = useNavigate();
  const document = useQuery({ ...adminLegalDocumentQuery(id), enabled: isSystemAdmin });
  /** Revision, form remount key and notice; a file change moves the revision without touching the values. */
  const { revision, setRevision, formKey, notice, setNotice, saveCallbacks } = useRevisionedEdit(document);
  const [confirming, setConfirming] = useState(false);
  const update = useLegalDocumentMutation((values: TLegalDocumentCreate) => updateLegalDocument(id, { ...values, revision: revision ?? 0 }));
  const remove = useLegalDocumentMutation(() => deleteLegalDocument(id, revision ?? 0));
  const crumbs = useCrumbs();
  const editorState = (location.state ?? {}) as EditorState;

  if (!isSystemAdmin) return <SystemOnly title={t('legalDocuments.admin.title')} />;
  if (document.isError) {
    return (
      <Page title={t('legalDocuments.admin.notFound')} breadcrumbs={crumbs}>
        <ErrorMessage error={document.error} onRetry={() => void document.refetch()} />
      </Page>
    );
  }
  if (!document.data || revision === null) return <Spinner />;
  const data = document.data;

  const save = (values: TLegalDocumentCreate) => {
    setNotice(null);
    update.mutate(values, saveCallbacks);
  };
  const fileChanged = (changed: TAdminLegalDocument) => setRevision(changed.revision);

  return (
    <Page
      title={t('legalDocuments.admin.editTitle', { number: data.number })}
      breadcrumbs={crumbs}
      lead={
        <>
          <ValidityBadge validity={data.validity} />{' '}
          <span className={data.published ? 'badge badge--published' : 'badge badge--unpublished'}>{data.published ? t('legalDocuments.admin.published') : t('legalDocuments.admin.unpublished')}</span>
        </>
      }
      actions={
        <Button variant="secondary" onClick={() => setConfirming(true)} aria-expanded={confirming}>
          {t('legalDocuments.admin.delete.open')}
        </Button>
      }
    >
      {confirming ? (
        <DeleteConfirmation
          number={data.number}
          pending={remove.isPending}
          error={remove.error}
          onCancel={() => {
            setConfirming(false);
            remove.reset();
          }}
          onConfirm={() =>
            remove.mutate(undefined, {
              onSuccess: () => navigate(paths.staff.admin.legalDocuments, { state: { deleted: data.number } }),
            })
          }
        />
      ) : null}
      <div role="status" aria-live="polite">
        {editorState.created && notice === null ? <p className="alert alert--success">{t('legalDocuments.admin.created')}</p> : null}
        {notice === 'saved' ? <p className="alert alert--success">{t('legalDocuments.admin.saved')}</p> : null}
      </div>
      {notice === 'conflict' ? (
        <p className="alert alert--error" role="alert">
          {t('legalDocuments.admin.conflict')}
        </p>
      ) : null}
      {editorState.uploadError ? (
        <p className="alert alert--error" role="alert">
          {t('legalDocuments.admin.uploadFailedAfterCreate', { reason: editorState.uploadError })}
        </p>
      ) : null}

      <LegalDocumentFilePanel document={data} onChanged={fileChanged} />

      <LegalDocumentForm
        key={formKey}
        document={data}
        submitLabel={t('legalDocuments.admin.form.save')}
        pendingLabel={t('legalDocuments.admin.form.saving')}
        pending={update.isPending}
        error={update.error}
        onSubmit={save}
      />
      <p>
        <Link to={paths.staff.admin.legalDocuments}>{t('legalDocuments.admin.back')}</Link>
      </p>
    </Page>
  );
}

/** An inline confirmation: it takes focus, Escape cancels, nothing is deleted without the second press. */
function DeleteConfirmation({ number, pending, error, onCancel, onConfirm }: { number: string; pending: boolean; error: unknown; onCancel(): void; onConfirm(): void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      role="alertdialog"
      aria-labelledby={headingId}
      aria-describedby={`${headingId}-body`}
      tabIndex={-1}
      className="alert alert--error legal-dialog"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id={headingId} className="alert__title">
        {t('legalDocuments.admin.delete.title', { number })}
      </h2>
      <p id={`${headingId}-body`}>{t('legalDocuments.admin.delete.body')}</p>
      {error ? <ErrorMessage error={error} /> : null}
      <div className="button-row">
        <Button onClick={onConfirm} disabled={pending}>
          {pending ? t('legalDocuments.admin.delete.deleting') : t('legalDocuments.admin.delete.confirm')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('legalDocuments.admin.delete.cancel')}
        </Button>
      </div>
    </div>
  );
}
