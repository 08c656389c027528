/*
 * The search panel's behaviour: loads Pagefind on first use, runs the query as the reader types and shows its
 * results, with the box empty the recent list. Loaded only when search is first opened (the dialog's opener is
 * ./search-open.ts); everything is rendered as text, never as HTML. This module runs a query and wires the panel's
 * parts, each a module of ./search-panel/: the list and its keyboard (listbox.ts), opening an option (open.ts), a
 * query's results (results.ts), the recent list (recent.ts), the filter chips (chips.ts), what loads on demand
 * (loads.ts), the elements the lists are made of (elements.ts), and the panel they share (panel.ts).
 */

import { openStorage } from '../browser/storage';
import type { PagefindSearch } from '../lib/pagefind-types';
import { rankBatch } from '../lib/search-batch';
import { type ChosenChips, chipFilters } from '../lib/search-chips';
import { lackingWords, othersThan } from '../lib/search-lacking';
import { searchedText, searchedWords } from '../lib/search-rank';
import { pagesWithAny } from '../lib/search-some';
import type { SearchMessages } from '../lib/search-status';
import { correctQuery } from '../lib/search-words';
import { attachChips, narrowingOf } from './search-panel/chips';
import { listenToKeys } from './search-panel/listbox';
import { loadPagefind, loadVocabulary } from './search-panel/loads';
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
 * Runs what is in the box: with the chips `chosen`, shows its results, or the recent list when it is empty. A word
 * found nowhere is searched as the nearest handbook word instead, and the status line says so; when no result has
 * every word, the pages with any of them are ranked instead (lib/search-some), and the status line says so too; a
 * word no page has is left out of the search, and the status line names it (lib/search-lacking). An
 * answer to a query the reader has typed over since is dropped.
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
  let searched = query;
  let shown = { ranked, results: found.results, some: false, options: narrowing };
  let lacking: string[] = [];
  /** Searches `text` as a whole; its results, if it finds any, stand for the query's (`undefined` for a stale query). */
  const searchInstead = async (text: string): Promise<boolean | undefined> => {
    const retry = await pagefind.debouncedSearch(searchedText(text), { filters }, 0);
    if (retry === null || query !== p.query) return undefined;
    const rankedRetry = await rankBatch(text, retry.results.slice(0, PAGES_PER_BATCH), narrowing);
    if (query !== p.query) return undefined;
    if (rankedRetry.pages.length === 0) return false;
    searched = text;
    shown = { ranked: rankedRetry, results: retry.results, some: false, options: narrowing };
    return true;
  };
  if (ranked.unmatched.length > 0) {
    // A word found nowhere: search for the nearest handbook word instead, and say so.
    const words = await loadVocabulary(p.base);
    const corrected = correctQuery(
      query,
      ranked.unmatched.map((term) => term.text),
      words,
    );
    if (corrected && query === p.query && (await searchInstead(corrected)) === undefined) return;
    // A word no page has, nor any near word: search for the others, and say which it was (lib/search-lacking);
    // with only common words left ("the pizza"), there is nothing to show, and the status says "No results".
    const without = lackingWords(shown.ranked.unmatched, words);
    const others = othersThan(searched, without);
    if (without.length > 0 && query === p.query) {
      if (!others) return showResults(p, query, { ...ranked, pages: [] }, [], narrowing, false, []);
      const instead = await searchInstead(others);
      if (instead === undefined) return;
      if (instead) lacking = without;
    }
  }
  const words = searchedWords(searched);
  if (!shown.ranked.whole && words.length > 1) {
    // No result has every word: search for each alone, one after another (a newer query cancels the next one).
    const searches: PagefindSearch[] = [];
    for (const word of words) {
      const alone = await pagefind.debouncedSearch(word, { filters }, 0);
      if (alone === null || query !== p.query) return;
      searches.push(alone);
    }
    const results = pagesWithAny(searches);
    // Ranked as such (lib/search-rank, `some`), and so is the next batch "Show more results" ranks.
    const options = { ...narrowing, some: true };
    const some = await rankBatch(searched, results.slice(0, PAGES_PER_BATCH), options);
    if (query !== p.query) return;
    if (some.pages.length > 0) shown = { ranked: some, results, some: true, options };
  }
  if (query === p.query) showResults(p, searched, shown.ranked, shown.results, shown.options, shown.some, lacking);
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
