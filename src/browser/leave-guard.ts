/*
 * The browser's own question before the page is closed or reloaded ("Leave site? Changes you made may not be
 * saved."), for what the page holds and nothing else does: changes waiting for room in a full storage
 * (src/stores/storage-session.ts), text another tab wrote over, offered back in a message the reader has not
 * answered (src/stores/text-clash.ts), and a piece of evidence typed and not saved yet (the career ladder's
 * src/islands/ladder/EvidenceForm.tsx: saved by its button, not as typed). Browsers ask only on a page the reader
 * has used, and word the question themselves. The page's one `beforeunload` handler is set while anything holds it, and only then, so a page
 * with nothing to lose stays eligible for the back/forward cache everywhere.
 */

const holders = new Set<unknown>();

/** `holder` needs the question asked before the page goes (`ask`), or no longer does. */
export function askBeforeLeaving(holder: unknown, ask: boolean): void {
  if (ask) holders.add(holder);
  else holders.delete(holder);
  globalThis.onbeforeunload = holders.size ? (event) => event.preventDefault() : null;
}
