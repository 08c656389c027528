/*
 * The page's comings and goings, for the record stores. Leaving is `pagehide`,
 * which browsers fire on a reload, a link, closing the tab or the back button
 * (unlike `beforeunload` and `unload`), and the page becoming hidden: a phone
 * may discard a tab in the background without any later event, so switching
 * apps counts as leaving too (saving early costs nothing). Coming back from
 * the back/forward cache is `pageshow` with `persisted`: the page was frozen,
 * so it missed what other tabs stored meanwhile. Without a window (unit tests
 * in Node) nothing is followed.
 */

/** Calls `listener` whenever the reader leaves the page, or it is hidden (another tab or app in front). */
export function onPageLeave(listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('pagehide', listener);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') listener();
  });
}

/** Calls `listener` whenever the page comes back from the back/forward cache. */
export function onPageBack(listener: () => void): void {
  if (typeof window === 'undefined') return;
  window.addEventListener('pageshow', (event) => {
    if (event.persisted) listener();
  });
}
