/** What a keydown needs to be checked as the search shortcut. */
export interface KeyLike {
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
export interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

/** Whether the reader is typing text in a field, where `/` must stay a character (a select is not typing). */
export function isTypingTarget(target: EventTarget | TargetLike | null): boolean {
  if (target === null || typeof target !== 'object') return false;
  const { tagName, type, isContentEditable } = target as TargetLike;
  if (isContentEditable === true) return true;
  if (tagName === 'TEXTAREA') return true;
  return tagName === 'INPUT' && !NON_TEXT_INPUTS.has(String(type ?? 'text').toLowerCase());
}
