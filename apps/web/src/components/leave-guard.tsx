import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../components/modal-dialog.tsx';

/**
 * Warns before unsaved work is lost: leaving for another page inside the portal asks
 * first (a dialog), closing or reloading the tab asks through the browser (beforeunload).
 * Changes of the query string on the same page (the new dossier's id) are not "leaving".
 */
export function LeaveGuard({ when }: { when: () => boolean }) {
  const { t } = useTranslation();
  const whenRef = useRef(when);
  whenRef.current = when;
  const blocker = useBlocker(({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && whenRef.current());

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!whenRef.current()) return;
      event.preventDefault();
      // Older browsers need a value; modern ones show their own text.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return (
    <ConfirmDialog
      open={blocker.state === 'blocked'}
      title={t('dossiers.editor.leaveTitle')}
      body={<p>{t('dossiers.editor.leaveBody')}</p>}
      confirmLabel={t('dossiers.editor.leaveConfirm')}
      cancelLabel={t('dossiers.editor.leaveCancel')}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
