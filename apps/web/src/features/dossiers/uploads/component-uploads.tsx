import { MAX_DOSSIER_BYTES, MAX_FILE_BYTES, MAX_FILES_PER_COMPONENT, type TDossierComponent, type TDossierFile } from '@portal/domain';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button.tsx';
import { ProgressBar } from '../../../components/progress-bar.tsx';
import { templateDownloadUrl } from '../../catalogue/api.ts';
import { acceptAttribute, formatBytes, kindsLabel } from './file-checks.ts';
import type { PendingUpload } from './use-uploads.ts';

export const componentControlId = (idPrefix: string, componentId: string) => `${idPrefix}-component-${componentId}`;

export interface ComponentUploadsProps {
  procedureId: string;
  components: readonly TDossierComponent[];
  pending: readonly PendingUpload[];
  /** Messages per component id (a required one with no file, from Gửi đi) */
  errors: Readonly<Record<string, string>>;
  idPrefix: string;
  attachmentBytes: number;
  fileUrl: (fileId: string) => string | null;
  onFiles: (component: TDossierComponent, files: File[]) => void;
  onRemove: (file: TDossierFile) => void;
  onCancel: (key: string) => void;
  onDismiss: (key: string) => void;
  /** Files being removed (their button is disabled meanwhile) */
  removing: ReadonlySet<string>;
  /** Components whose original the applicant brings to the one-stop desk (seed 003, *Chọn thông tin bạn có*) */
  bringOriginals?: ReadonlySet<string>;
  /** Upload (false) or bring the original (true), where the component allows it */
  onBringOriginal?: (component: TDossierComponent, bring: boolean) => void;
  disabled?: boolean;
}

/**
 * Thành phần hồ sơ with their uploads: for each component its quantity, template and
 * accepted types, the files already attached (download, remove), the files on their
 * way (progress, cancel) or refused (why), and a drop zone with a "Chọn tệp" button.
 * Where the procedure allows it, a choice between uploading (*Tải tệp lên*) and bringing
 * the original to the one-stop desk (*Mang bản gốc đến bộ phận một cửa*, seed 003).
 */
export function ComponentUploads(props: ComponentUploadsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (props.components.length === 0) return <p>{t('procedure.noComponents')}</p>;
  return (
    <div className="component-uploads">
      <p className="form-field__hint">
        {t('dossiers.components.limits', {
          fileSize: formatBytes(MAX_FILE_BYTES, lang),
          dossierSize: formatBytes(MAX_DOSSIER_BYTES, lang),
          count: MAX_FILES_PER_COMPONENT,
        })}{' '}
        {/* Nothing attached yet: no "1 KB used" (the size formatter rounds up to 1 KB). */}
        {props.attachmentBytes > 0
          ? t('dossiers.components.usage', { used: formatBytes(props.attachmentBytes, lang), limit: formatBytes(MAX_DOSSIER_BYTES, lang) })
          : null}
      </p>
      <ol className="component-uploads__list">
        {props.components.map((component) => (
          <li key={component.id}>
            <ComponentCard component={component} {...props} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function ComponentCard({
  component,
  procedureId,
  pending,
  errors,
  idPrefix,
  fileUrl,
  onFiles,
  onRemove,
  onCancel,
  onDismiss,
  removing,
  bringOriginals,
  onBringOriginal,
  disabled,
}: ComponentUploadsProps & { component: TDossierComponent }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const input = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const controlId = componentControlId(idPrefix, component.id);
  const headingId = `${controlId}-name`;
  const error = errors[component.id];
  const mine = pending.filter((item) => item.componentId === component.id);
  const offersPaper = component.paperOriginalAllowed && onBringOriginal !== undefined;
  const bringing = offersPaper && (bringOriginals?.has(component.id) ?? false);
  const quantity = [
    component.originals > 0 ? t('procedure.originals', { count: component.originals }) : null,
    component.copies > 0 ? t('procedure.copies', { count: component.copies }) : null,
  ].filter(Boolean);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (disabled || bringing) return;
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0) onFiles(component, files);
  };

  return (
    <section
      className={['component-card', error ? 'component-card--error' : '', dragging ? 'component-card--dragging' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled && !bringing) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <h3 id={headingId} className="component-card__name">
        {component.name}{' '}
        <span className={component.required ? 'badge badge--required' : 'badge badge--optional'}>
          {component.required ? t('dossiers.components.required') : t('dossiers.components.optional')}
        </span>
      </h3>
      {component.description ? <p className="component-card__description">{component.description}</p> : null}
      <p className="component-card__meta">
        {quantity.length > 0 ? <span>{quantity.join(', ')}. </span> : null}
        <span>{t('dossiers.components.accepted', { types: kindsLabel(component.acceptedTypes) })}</span>
        {component.template ? (
          <>
            {' '}
            <a href={templateDownloadUrl(procedureId, component.template.id)} download>
              {t('dossiers.components.template')}: {component.template.name}
            </a>
          </>
        ) : null}
      </p>
      {error ? (
        <p id={`${controlId}-error`} className="form-field__error">
          {error}
        </p>
      ) : null}

      {offersPaper ? (
        // Named with the component (the legend alone reads the same on every card)
        <fieldset className="component-card__how" aria-label={`${t('dossiers.components.how')}: ${component.name}`}>
          <legend>{t('dossiers.components.how')}</legend>
          {(['upload', 'bring'] as const).map((how) => (
            <div key={how} className="form-field--checkbox choice-group__option">
              <input
                id={`${controlId}-${how}`}
                type="radio"
                name={`${controlId}-how`}
                value={how}
                checked={how === 'bring' ? bringing : !bringing}
                disabled={disabled}
                onChange={() => onBringOriginal?.(component, how === 'bring')}
              />
              <label htmlFor={`${controlId}-${how}`}>{how === 'bring' ? t('dossiers.components.howBring') : t('dossiers.components.howUpload')}</label>
            </div>
          ))}
          {bringing ? (
            <p className="component-card__bring">
              {t('dossiers.components.bringNote')}
              {component.files.length > 0 ? ` ${t('dossiers.components.bringKeptFiles')}` : ''}
            </p>
          ) : null}
        </fieldset>
      ) : null}

      {component.files.length > 0 ? (
        <ul className="file-rows" aria-label={t('dossiers.components.files')}>
          {component.files.map((file) => {
            const url = fileUrl(file.id);
            return (
              <li key={file.id} className="file-row">
                <span className="file-row__name">
                  {url ? (
                    <a href={url} download={file.name} aria-label={t('dossiers.components.download', { name: file.name })}>
                      {file.name}
                    </a>
                  ) : (
                    file.name
                  )}{' '}
                  <span className="file-meta">({formatBytes(file.size, lang)})</span>
                </span>
                <Button
                  variant="ghost"
                  disabled={disabled || removing.has(file.id)}
                  aria-label={t('dossiers.components.removeFile', { name: file.name })}
                  onClick={() => onRemove(file)}
                >
                  {t('dossiers.components.remove')}
                </Button>
              </li>
            );
          })}
        </ul>
      ) : mine.length === 0 && !bringing ? (
        <p className="component-card__none">{t('dossiers.components.none')}</p>
      ) : null}

      {mine.length > 0 ? (
        <ul className="file-rows file-rows--pending">
          {mine.map((item) => (
            <li key={item.key} className={item.error ? 'file-row file-row--error' : 'file-row'}>
              {item.error ? (
                <>
                  <p className="form-field__error" role="alert">
                    {item.error}
                  </p>
                  <Button variant="ghost" onClick={() => onDismiss(item.key)}>
                    {t('dossiers.components.dismiss')}
                  </Button>
                </>
              ) : (
                <>
                  <ProgressBar label={t('dossiers.components.uploading', { name: item.name })} value={item.progress} />
                  <Button variant="ghost" onClick={() => onCancel(item.key)}>
                    {t('dossiers.components.cancel')}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {bringing ? null : (
        <div className="drop-zone">
          <span aria-hidden="true">{t('dossiers.components.drop')}</span>
          <button
            id={controlId}
            type="button"
            className="button button--secondary"
            disabled={disabled}
            aria-describedby={error ? `${controlId}-error` : undefined}
            aria-label={t('dossiers.components.chooseFor', { name: component.name })}
            onClick={() => input.current?.click()}
          >
            {t('dossiers.components.choose')}
          </button>
          <input
            ref={input}
            type="file"
            multiple
            hidden
            accept={acceptAttribute(component.acceptedTypes)}
            data-testid={`file-input-${component.id}`}
            onChange={(event) => {
              const files = Array.from(event.target.files ?? []);
              event.target.value = ''; // choosing the same file again fires change again
              if (files.length > 0) onFiles(component, files);
            }}
          />
        </div>
      )}
    </section>
  );
}
