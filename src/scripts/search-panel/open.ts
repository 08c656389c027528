/*
 * Opening an option of the list: a recent search runs in place; a result or a recently opened page is remembered
 * in the recent list (with the search that found it), then opened. In this tab (a plain click, Enter) it waits for
 * the list to be saved first; a new tab (Ctrl+click, a middle click, Ctrl+Enter) leaves this page where it is, so
 * the list is saved when its code arrives.
 */

import { loadRecent, type RecentModule, recentModule } from './loads';
import type { Option, OptionTarget, Panel } from './panel';

/** An option that opens a page (a result, or a recently opened one): what the recent list remembers. */
type OpenedTarget = Exclude<OptionTarget, { kind: 'search' }>;

/** Remembers what the reader opened (and the search that found it), for the empty box next time. */
function remember(p: Panel, target: OpenedTarget, module: RecentModule): void {
  const url = new URL(target.url, window.location.href);
  const page = { url: url.pathname + url.hash, title: target.title, page: target.page };
  module.rememberOpened(p.storage, target.kind === 'result' ? target.query : undefined, page);
}

/** Opened in a new tab or window: remembered when the recent list's code arrives (a recent search is not). */
export function rememberLater(p: Panel, target: OptionTarget): void {
  if (target.kind !== 'search')
    void loadRecent()
      .then((module) => remember(p, target, module))
      .catch(() => {});
}

/** Opens an option in this tab: runs a recent search in place, or goes to the page. */
export async function openHere(p: Panel, option: Option): Promise<void> {
  const { target } = option;
  if (target.kind === 'search') {
    p.input.value = target.query;
    p.input.focus();
    p.search(target.query);
    return;
  }
  // The list must be saved before the page goes: wait for its code if it is not here yet (never fail the link for it).
  try {
    remember(p, target, recentModule ?? (await loadRecent()));
  } catch {
    // Not remembered this time.
  }
  p.onOpened?.();
  window.location.assign(option.element.href);
}
