import { announce } from '../../stores/announcer';

interface AddProps {
  id: string;
  label: string;
  /** Set when the list is full: why nothing can be added, shown under the button. */
  fullMessage?: string | undefined;
  onAdd: () => void;
  small?: boolean;
}

/**
 * "+ Add …" for a list. A full list keeps the button focusable (aria-disabled,
 * not disabled) with the reason beside it, so the reader learns why, and a
 * press says it again.
 */
export function AddButton({ id, label, fullMessage, onAdd, small = false }: AddProps) {
  const messageId = `${id}-full`;
  return (
    <>
      <button
        type="button"
        id={id}
        class={`button${small ? ' button--small' : ''}`}
        aria-disabled={fullMessage ? 'true' : undefined}
        aria-describedby={fullMessage ? messageId : undefined}
        onClick={() => (fullMessage ? announce(fullMessage, 'error') : onAdd())}
      >
        + {label}
      </button>
      {fullMessage && (
        <p id={messageId} class="plan-full">
          {fullMessage}
        </p>
      )}
    </>
  );
}
