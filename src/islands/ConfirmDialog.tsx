import type { RefObject } from 'preact';
import { t } from '../i18n/ui';

interface Props {
  /** The dialog element, opened by the caller with `showModal()`. */
  dialogRef: RefObject<HTMLDialogElement>;
  id: string;
  title: string;
  text: string;
  confirmLabel: string;
  onConfirm: () => void;
}

/**
 * Asks before something destructive. Cancel has the focus, so Enter or Escape
 * never destroys anything by accident; the action itself offers Undo after.
 */
export function ConfirmDialog({ dialogRef, id, title, text, confirmLabel, onConfirm }: Props) {
  // Closed before the action, not after: the action's render moves the focus (`focusAfterRender`) before the
  // form would close the dialog, and the page behind a modal dialog refuses the focus.
  const confirm = () => {
    dialogRef.current?.close();
    onConfirm();
  };
  return (
    <dialog ref={dialogRef} class="dialog" aria-labelledby={id}>
      <form method="dialog">
        <h3 id={id}>{title}</h3>
        <p>{text}</p>
        <div class="dialog__actions">
          <button type="submit" class="button" value="cancel" autoFocus>
            {t('planner.cancel')}
          </button>
          <button type="submit" class="button button--danger" value="confirm" onClick={confirm}>
            {confirmLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
