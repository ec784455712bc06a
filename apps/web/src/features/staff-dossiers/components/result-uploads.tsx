import { ACCEPTED_FILE_KINDS, MAX_FILE_BYTES, type TDossierFile } from '@portal/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ErrorMessage } from '../../../components/error-message.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { acceptAttribute, formatBytes } from '../../dossiers/uploads/file-checks.ts';
import { uploadDossierFile } from '../../dossiers/uploads/upload-file.ts';
import { resultUploadTarget, staffFileUrl } from '../api.ts';
import { useDeleteResultFile } from '../mutations.ts';
import { staffDossierKeys } from '../queries.ts';

interface Upload {
  key: number;
  name: string;
  progress: number;
  /** Refused in the browser, before any byte was sent */
  refusal?: string;
  error?: unknown;
}

/**
 * Văn bản kết quả, before Kết thúc xử lý: each chosen file goes up at once with its own
 * progress bar; uploaded ones can be opened or removed. `error` is the dialog's message
 * when it was confirmed without any result.
 */
export function ResultUploads({ dossierId, files, error }: { dossierId: string; files: readonly TDossierFile[]; error?: string | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const nextKey = useRef(0);
  const [uploads, setUploads] = useState<Upload[]>([]);
  const queryClient = useQueryClient();
  const remove = useDeleteResultFile(dossierId);
  // Closing the dialog cancels what is still on its way.
  const aborter = useRef(new AbortController());
  useEffect(() => {
    const controller = new AbortController();
    aborter.current = controller;
    return () => controller.abort();
  }, []);

  const update = (key: number, change: Partial<Upload>) => setUploads((all) => all.map((upload) => (upload.key === key ? { ...upload, ...change } : upload)));

  const send = async (file: File) => {
    const key = nextKey.current++;
    setUploads((all) => [...all, { key, name: file.name, progress: 0 }]);
    if (file.size > MAX_FILE_BYTES) {
      update(key, { refusal: t('staffDossiers.dialog.tooLarge', { name: file.name }) });
      return;
    }
    try {
      await uploadDossierFile({
        target: resultUploadTarget(dossierId),
        file,
        onProgress: (progress) => update(key, { progress }),
        signal: aborter.current.signal,
      });
      await queryClient.invalidateQueries({ queryKey: staffDossierKeys.detail(dossierId) });
      setUploads((all) => all.filter((upload) => upload.key !== key));
    } catch (failure) {
      if (failure instanceof DOMException && failure.name === 'AbortError') return;
      update(key, { error: failure });
    }
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    event.target.value = '';
    void Promise.all(chosen.map(send));
  };

  return (
    <div className={error ? 'form-field form-field--error' : 'form-field'}>
      <p className="form-group__legend" id={`${id}-label`}>
        {t('staffDossiers.dialog.resultFiles')}
      </p>
      <p id={`${id}-hint`} className="form-field__hint">
        {t('staffDossiers.dialog.resultFilesHint')}
      </p>
      {error ? (
        <p id={`${id}-error`} className="form-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <ul className="result-uploads" aria-labelledby={`${id}-label`}>
        {files.map((file) => (
          <li key={file.id} className="result-uploads__row">
            <a href={staffFileUrl(dossierId, file.id)} target="_blank" rel="noopener">
              {file.name}
            </a>
            <span className="file-meta">({formatBytes(file.size, i18n.language)})</span>
            <Button variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate(file.id)}>
              {t('staffDossiers.dialog.removeFile', { name: file.name })}
            </Button>
          </li>
        ))}
        {uploads.map((upload) => (
          <li key={upload.key} className="result-uploads__row">
            <span>{upload.name}</span>
            {upload.refusal ? (
              <p className="form-field__error" role="alert">
                {upload.refusal}
              </p>
            ) : upload.error ? (
              <ErrorMessage error={upload.error} />
            ) : (
              <ProgressBar label={t('staffDossiers.dialog.uploading', { name: upload.name })} value={upload.progress} />
            )}
          </li>
        ))}
        {files.length === 0 && uploads.length === 0 ? <li className="file-meta">{t('staffDossiers.dialog.noResultYet')}</li> : null}
      </ul>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      <input
        ref={input}
        id={`${id}-input`}
        className="visually-hidden"
        type="file"
        multiple
        accept={acceptAttribute(ACCEPTED_FILE_KINDS)}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
        onChange={onChange}
        tabIndex={-1}
      />
      <Button variant="secondary" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} onClick={() => input.current?.click()}>
        {t('staffDossiers.dialog.chooseFiles')}
      </Button>
    </div>
  );
}
