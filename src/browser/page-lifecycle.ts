/*
 * The page's comings and goings, for the record stores. Leaving is `pagehide`:
 * the one event browsers fire on every way out (a reload, a link, closing the
 * tab, the back button), unlike `beforeunload` and `unload`. Coming back from
 * the back/forward cache is `pageshow` with `persisted`: the page was frozen,
 * so it missed what other tabs stored meanwhile. Without a window (unit tests
 * in Node) nothing is followed.
 */

/** Calls `listener` whenever the reader leaves the page. */
export function onPageLeave(listener: () => void): void {
  if (typeof window !== 'undefined') window.addEventListener('pagehide', listener);
}

/** Calls `listener` whenever the page comes back from the back/forward cache. */
export function onPageBack(listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) listener();
  });
}
