/*
 * The browser's own question before the page is closed or reloaded ("Leave site? Changes you made may not be
 * saved."), for what the page holds and nothing else does: text another tab wrote over, offered back in a
 * message the reader has not answered (src/stores/text-clash.ts). Browsers ask only on a page the reader has
 * used, and word the question themselves.
 */

/** Asks before the page goes, until the returned function is called (each call holds on its own). */
export function askBeforeLeaving(): () => void {
  const ask = (event: BeforeUnloadEvent) => event.preventDefault();
  addEventListener('beforeunload', ask);
  return () => removeEventListener('beforeunload', ask);
}
