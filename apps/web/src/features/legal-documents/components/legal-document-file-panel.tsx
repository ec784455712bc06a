import { localDateOf, type TAdminLegalDocument } from '@portal/domain';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { fileSizeKb, formatIsoDate } from '../../../lib/format.ts';
import { legalDocumentFileUrl, removeLegalDocumentFile } from '../api.ts';
import { useLegalDocumentMutation, usePdfUpload } from '../queries.ts';

/**
 * The document's PDF: what is stored, upload or replace it (with progress; the API
 * checks that it is a PDF by its content), or remove it. `onChanged` gets the record
 * after each change, whose revision the editor then saves with.
 */
export function LegalDocumentFilePanel({ document, onChanged }: { document: TAdminLegalDocument; onChanged(document: TAdminLegalDocument): void }) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const upload = usePdfUpload(document.id);
  const remove = useLegalDocumentMutation(() => removeLegalDocumentFile(document.id));
  const [notice, setNotice] = useState<string | null>(null);
  const file = document.file;
  const busy = upload.isPending || remove.isPending;

  const send = (chosen: File) => {
    setNotice(null);
    remove.reset();
    upload.mutate(
      { file: chosen },
      {
        onSuccess: (updated) => {
          onChanged(updated);
          setNotice(t('legalDocuments.admin.filePanel.uploaded', { name: updated.file?.name ?? chosen.name }));
        },
        onSettled: () => {
          if (input.current) input.current.value = '';
        },
      },
    );
  };

  return (
    <section className="admin-panel legal-file-panel" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('legalDocuments.admin.filePanel.heading')}</h2>
      <div role="status" aria-live="polite">
        {notice ? <p className="alert alert--success">{notice}</p> : null}
      </div>
      {file ? (
        <p>
          {t('legalDocuments.admin.filePanel.current')}: <strong>{file.name}</strong>{' '}
          <span className="file-meta">
            ({t('common.fileSize', { size: fileSizeKb(file.size) })}, {t('legalDocuments.admin.filePanel.uploadedAt', { date: formatIsoDate(localDateOf(new Date(file.uploadedAt)), i18n.language) })})
          </span>
          {document.published ? (
            <>
              {' · '}
              <a href={legalDocumentFileUrl(document.id)}>{t('legalDocuments.admin.filePanel.publicLink')}</a>
            </>
          ) : null}
        </p>
      ) : (
        <p>{t('legalDocuments.admin.filePanel.none')}</p>
      )}
      <label htmlFor={inputId}>{file ? t('legalDocuments.admin.filePanel.replace') : t('legalDocuments.admin.filePanel.upload')}</label>
      <p id={`${inputId}-hint`} className="form-field__hint">
        {t('legalDocuments.admin.form.fileHint')}
      </p>
      <input
        ref={input}
        id={inputId}
        type="file"
        accept="application/pdf,.pdf"
        aria-describedby={`${inputId}-hint`}
        disabled={busy}
        onChange={(event) => {
          const chosen = event.target.files?.[0];
          if (chosen) send(chosen);
        }}
      />
      {upload.progress !== null ? (
        <ProgressBar label={t('legalDocuments.admin.filePanel.uploading', { name: upload.variables?.file.name ?? '' })} value={upload.progress} />
      ) : null}
      {upload.error ? <ErrorMessage error={upload.error} fieldLabels={{ file: t('legalDocuments.admin.form.file') }} /> : null}
      {file ? (
        <div className="button-row">
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => {
              setNotice(null);
              upload.reset();
              remove.mutate(undefined, {
                onSuccess: (updated) => {
                  onChanged(updated);
                  setNotice(t('legalDocuments.admin.filePanel.removed'));
                },
              });
            }}
          >
            {t('legalDocuments.admin.filePanel.remove')}
          </Button>
        </div>
      ) : null}
      {remove.error ? <ErrorMessage error={remove.error} /> : null}
    </section>
  );
}
