import { formatDateTimeVn } from '@portal/domain';
import { useTranslation } from 'react-i18next';

export type TSaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Autosave skipped: a value the schema refuses (shown once the citizen presses a button) */
  | { kind: 'blocked' }
  | { kind: 'failed' }
  /** Someone else saved first; the latest version was loaded */
  | { kind: 'conflict' };

/** "Đã lưu lúc HH:mm", "Đang tự động lưu…", or why it did not save; announced politely. */
export function SaveStatus({ status, dirty, uploading }: { status: TSaveStatus; dirty: boolean; uploading: boolean }) {
  const { t } = useTranslation();
  let text = '';
  let tone = '';
  switch (status.kind) {
    case 'saving':
      text = t('dossiers.editor.autosaving');
      break;
    case 'saved':
      text = dirty ? t('dossiers.editor.unsaved') : t('dossiers.editor.savedAt', { time: formatDateTimeVn(status.at).slice(0, 5) });
      break;
    case 'blocked':
      text = t('dossiers.editor.autosaveBlocked');
      tone = 'warning';
      break;
    case 'failed':
      text = t('dossiers.editor.autosaveFailed');
      tone = 'warning';
      break;
    case 'conflict':
      text = t('dossiers.editor.versionConflict');
      tone = 'error';
      break;
    case 'idle':
      text = dirty ? t('dossiers.editor.unsaved') : '';
      break;
  }
  return (
    <div className="save-status" role={tone === 'error' ? 'alert' : 'status'} aria-live={tone === 'error' ? 'assertive' : 'polite'}>
      {text ? <p className={tone ? `save-status__text save-status__text--${tone}` : 'save-status__text'}>{text}</p> : null}
      {uploading ? <p className="save-status__text">{t('dossiers.editor.uploadsInProgress')}</p> : null}
    </div>
  );
}
