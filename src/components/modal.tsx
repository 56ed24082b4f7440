import { useEffect, useId, useState, type ReactNode } from 'react';

export interface ModalProps {
  readonly title: string;
  /** Called when the dialog has closed (Escape, a button, or after a confirmed action). */
  readonly onClose: () => void;
  readonly className?: string;
  /** The content; `close` closes the dialog (onClose follows). */
  readonly children: (close: () => void) => ReactNode;
}

/** A native modal dialog, named by its heading, open from the first render; Escape closes it. */
export function Modal({ title, onClose, className = 'exchange-dialog', children }: ModalProps) {
  // The element as state (a callback ref), so `close` can be handed to the content while rendering.
  const [dialog, setDialog] = useState<HTMLDialogElement | null>(null);
  const titleId = useId();
  useEffect(() => {
    if (dialog && !dialog.open) dialog.showModal();
  }, [dialog]);
  const close = () => dialog?.close();
  return (
    <dialog ref={setDialog} aria-labelledby={titleId} className={className} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children(close)}
    </dialog>
  );
}

/** The confirm and cancel buttons at the foot of a dialog. */
export function DialogActions(props: {
  readonly confirm: string;
  readonly onConfirm: () => void;
  readonly cancel: string;
  readonly onCancel: () => void;
  readonly disabled?: boolean;
}) {
  return (
    <div className="dialog-actions">
      <button type="button" disabled={props.disabled} onClick={props.onConfirm}>
        {props.confirm}
      </button>
      <button type="button" onClick={props.onCancel}>
        {props.cancel}
      </button>
    </div>
  );
}
