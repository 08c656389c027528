/** What a keydown needs to be checked as the search shortcut. */
interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** `/` alone, or Ctrl+K (Cmd+K on macOS), opens search. */
export function isSearchShortcut(event: KeyLike): boolean {
  if (event.altKey) return false;
  if (event.key === '/') return !event.ctrlKey && !event.metaKey;
  return event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color']);

/** What a key event's target needs to be checked as a text field: an element read by its properties, so this stays pure. */
interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/**
 * Whether the reader is typing text in a field, where `/` must stay a character (a select is not typing). An
 * input's `type` is read as the browser gives it: lower case, "text" for one it does not know.
 */
export function isTypingTarget(target: EventTarget | TargetLike | null): boolean {
  const { tagName, type, isContentEditable } = (target ?? {}) as TargetLike;
  return (
    isContentEditable === true || tagName === 'TEXTAREA' || (tagName === 'INPUT' && !NON_TEXT_INPUTS.has(type ?? ''))
  );
}
