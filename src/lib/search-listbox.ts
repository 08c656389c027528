/** The option the arrow keys make active: down past the last goes to the first, up from the first (or none) to the last. */
export function movedActive(active: number, count: number, key: 'ArrowDown' | 'ArrowUp'): number {
  if (key === 'ArrowDown') return (active + 1) % count;
  return active <= 0 ? count - 1 : active - 1;
}

/** The keys a click was made with (a mouse event's fields). */
export interface ClickKeys {
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** A plain click opens in this tab; a middle click or one with a modifier key is the browser's (a new tab, a window). */
export function isPlainClick(event: ClickKeys): boolean {
  return event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
}
