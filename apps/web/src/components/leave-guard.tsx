import { useEffect, useRef } from 'react';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../features/dossiers/components/modal-dialog.tsx';

export interface LeaveGuardTexts {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

/**
 * Warns before unsaved work is lost: leaving for another page inside the portal asks
 * first (a dialog with the caller's words), closing or reloading the tab asks through the
 * browser (beforeunload). Changes of the query string on the same page (a new dossier's
 * id) are not "leaving".
 */
export function LeaveGuard({ when, texts }: { when: () => boolean; texts: LeaveGuardTexts }) {
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
      title={texts.title}
      body={<p>{texts.body}</p>}
      confirmLabel={texts.confirm}
      cancelLabel={texts.cancel}
      danger
      onConfirm={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
    />
  );
}
