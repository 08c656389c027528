/**
 * Asks the browser to keep this site's storage when the device runs short of room (`navigator.storage.persist`),
 * and says whether it could ask (a browser without the API cannot be asked). The browser grants or refuses
 * silently; either way the reader's data stays in localStorage as before, so a refusal changes nothing.
 * When to ask is the checklists' store's rule (src/stores/planner.ts): once, after the reader's first saved tick.
 */
export function askToKeepStorage(): boolean {
  // No navigator (Node) or no API: nothing asked, false. A refusal is a rejected promise, caught and let be.
  return !!globalThis.navigator?.storage?.persist?.().catch(() => {});
}
