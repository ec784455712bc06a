import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Button } from '../../../components/button.tsx';

/**
 * A modal <dialog>, open while `open` is true: the browser traps focus inside and Esc
 * closes it (reported through `onClose`); focus goes back to whatever had it before.
 */
export function ModalDialog({
  open,
  title,
  onClose,
  children,
  closeLabel,
  wide = false,
  role,
}: {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Shows a close button in the header */
  closeLabel?: string;
  wide?: boolean;
  /** `alertdialog` for confirmations */
  role?: 'alertdialog';
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
      // React's autoFocus ran while the dialog was still closed (and it writes no autofocus
      // attribute for showModal to find): the control marked data-autofocus gets the focus now.
      dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const handleClose = () => {
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
      onCloseRef.current();
    };
    // Esc: let the close event report it, so state and the element never disagree.
    const handleCancel = (event: Event) => {
      event.preventDefault();
      dialog.close();
    };
    dialog.addEventListener('close', handleClose);
    dialog.addEventListener('cancel', handleCancel);
    return () => {
      dialog.removeEventListener('close', handleClose);
      dialog.removeEventListener('cancel', handleCancel);
    };
  }, []);

  return (
    <dialog ref={ref} className={wide ? 'dialog dialog--wide' : 'dialog dialog--narrow'} aria-labelledby={titleId} role={role}>
      {open ? (
        <>
          <div className="dialog__header">
            <h2 id={titleId} className="dialog__title">
              {title}
            </h2>
            {closeLabel ? (
              <Button variant="ghost" onClick={() => ref.current?.close()}>
                {closeLabel}
              </Button>
            ) : null}
          </div>
          {children}
        </>
      ) : null}
    </dialog>
  );
}

/** Yes / no before something that cannot be undone (Xóa ngay / Bỏ qua). */
export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
  error,
  danger = false,
}: {
  open: boolean;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
  error?: ReactNode;
  danger?: boolean;
}) {
  return (
    <ModalDialog open={open} title={title} onClose={onCancel} role="alertdialog">
      <div className="dialog__body">{body}</div>
      {error}
      <div className="button-row dialog__actions">
        <Button className={danger ? 'button--danger' : undefined} onClick={onConfirm} disabled={busy}>
          {confirmLabel}
        </Button>
        {/* Autofocus on the safe choice: Enter right after opening does nothing harmful. */}
        <Button variant="secondary" onClick={onCancel} disabled={busy} autoFocus data-autofocus>
          {cancelLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
