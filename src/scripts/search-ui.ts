/*
 * The search panel's behaviour: loads Pagefind on first use, runs the query as the reader types and shows its
 * results, with the box empty the recent list. Loaded only when search is first opened (the dialog's opener is
 * ./search-open.ts); everything is rendered as text, never as HTML. This module runs a query and wires the panel's
 * parts, each a module of ./search-panel/: the list and its keyboard (listbox.ts), opening an option (open.ts), a
 * query's results (results.ts), the recent list (recent.ts), the filter chips (chips.ts), what loads on demand
 * (loads.ts), the elements the lists are made of (elements.ts), and the panel they share (panel.ts).
 */

import { openStorage } from '../browser/storage';
import { rankBatch } from '../lib/search-batch';
import { type ChosenChips, chipFilters } from '../lib/search-chips';
import { searchedText, searchedWords } from '../lib/search-rank';
import type { SearchMessages } from '../lib/search-status';
import { attachChips, narrowingOf } from './search-panel/chips';
import { listenToKeys } from './search-panel/listbox';
import { loadFallback, loadPagefind } from './search-panel/loads';
import type { Panel } from './search-panel/panel';
import { listenToClear, showRecent } from './search-panel/recent';
import { listenToMore, PAGES_PER_BATCH, showResults } from './search-panel/results';

/** Wait after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 100;

export interface SearchOptions {
  /** Called with the query as it changes (the search page keeps it in the address). */
  onQuery?: (query: string) => void;
  /** Called when the reader opens a result in this tab (the dialog closes, for a section of this very page). */
  onOpen?: () => void;
}

/**
 * Runs what is in the box: with the chips `chosen`, shows its results, or the recent list when it is empty. A query
 * with a word found nowhere, or with no result that has every word, is searched again (./search-panel/fallback.ts).
 * An answer to a query the reader has typed over since is dropped.
 */
async function runQuery(p: Panel, raw: string, chosen: ChosenChips, onQuery: SearchOptions['onQuery']): Promise<void> {
  const query = raw.trim();
  p.query = query;
  onQuery?.(query);
  if (!query) {
    await showRecent(p);
    return;
  }
  // Pagefind that could not load is said by the caller, as any part of the index that could not.
  const pagefind = await loadPagefind(p.base);
  const filters = chipFilters(chosen);
  const [found, narrowing] = await Promise.all([
    // A question is asked for its own words less those it is asked with, which no answer says (lib/search-rank).
    pagefind.debouncedSearch(searchedText(query), { filters }, SEARCH_DEBOUNCE_MS),
    narrowingOf(chosen, p.base),
  ]);
  if (found === null || query !== p.query) return; // a newer query is on its way
  const ranked = await rankBatch(query, found.results.slice(0, PAGES_PER_BATCH), narrowing);
  if (query !== p.query) return;
  // Most queries end here; what one that falls short needs is loaded then (./search-panel/fallback.ts).
  if (ranked.unmatched.length > 0 || (!ranked.whole && searchedWords(query).length > 1)) {
    const { fallBack } = await loadFallback();
    if (query === p.query) await fallBack(p, query, { ranked, results: found.results }, pagefind, filters, narrowing);
  } else showResults(p, query, ranked, found.results, narrowing, false, []);
}

/**
 * Wires up one search panel (in the dialog, or on the search page). `entered`: the reader pressed Enter in the box
 * before this code came; the first result of what the box holds opens once shown, as Enter would have opened it (the
 * box was a form's, whose Enter went to the search page). Not an option: a property's name is never minified, and
 * the dialog's opener, which passes it, is on every page.
 */
export function attachSearch(panel: HTMLElement, base: string, options: SearchOptions = {}, entered = false): void {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
  const list = panel.querySelector<HTMLElement>('[data-search-results]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]');
  const filterToggle = panel.querySelector<HTMLButtonElement>('[data-search-filters-toggle]');
  const clearButton = panel.querySelector<HTMLButtonElement>('[data-search-clear]');
  const moreButton = panel.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!input || !list || !status || !filterBox || !filterToggle || !clearButton || !moreButton) {
    throw new Error('search panel markup is incomplete');
  }
  // The panel's UI strings, rendered into `data-messages` by SearchPanel.astro.
  const messages = JSON.parse(panel.dataset.messages ?? '{}') as SearchMessages;

  /** Says search cannot be used now (Pagefind or part of its index could not load); the next query tries again. */
  const unavailable = () => {
    status.textContent = status.dataset.unavailable ?? '';
  };
  /** Runs a query; a failure to fetch part of the index says so in the status instead of failing silently. */
  const run = (raw: string) => void runQuery(p, raw, chosen, options.onQuery).catch(unavailable);
  const p: Panel = {
    input,
    list,
    status,
    clear: clearButton,
    more: moreButton,
    messages,
    storage: openStorage(),
    base,
    options: [],
    active: -1,
    query: '',
    search: run,
    onOpened: options.onOpen,
    enterFor: entered ? input.value.trim() : undefined,
  };
  const chosen = attachChips(p, filterBox, filterToggle);
  listenToMore(p);
  listenToClear(p);
  listenToKeys(p);
  input.addEventListener('input', () => run(input.value));

  // Start loading Pagefind now, so the first query does not wait for it.
  status.textContent = messages.loading;
  loadPagefind(base).then(() => {
    if (status.textContent === messages.loading) status.textContent = '';
  }, unavailable);
  // The reader may have typed before this module arrived (or the search page has ?q=): search what is there.
  run(input.value);
}
