/*
 * The search panel's behaviour: loads Pagefind on first use, runs the query
 * as the reader types, ranks the sections and tasks of the pages found
 * (lib/search-rank), and lists them as links grouped by page. It implements
 * the combobox pattern on those links: focus stays in the input, arrows move
 * the active option, Enter opens it; the links themselves open in a new tab,
 * can be copied, and show their address, like any link. With the box empty it
 * lists recent searches and opened results. Loaded only when search is first
 * opened; everything is rendered as text, never as HTML.
 */

import { openStorage, storageKeys } from '../browser/storage';
import { fill } from '../i18n/fill';
import type { Pagefind, PagefindFilters, PagefindResult } from '../lib/pagefind-types';
import { othersParts, type PageParts, parsePageParts } from '../lib/search-audience';
import type { ExcerptPart } from '../lib/search-excerpt';
import { type RankedPage, type RankedResults, type RankOptions, rankResults } from '../lib/search-rank';
import { correctQuery, parseVocabulary } from '../lib/search-words';
import { siteToolAbout } from '../lib/site-tools';

/** Wait after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 100;
/** Pages ranked and shown at a time ("Show more results" adds as many again). */
const PAGES_PER_BATCH = 10;

type RecentModule = typeof import('../browser/search-recent');

/** What an option of the list opens: a result, a recent search, or a recently opened result. */
type OptionTarget =
  | { kind: 'result'; query: string; url: string; title: string; page: string }
  | { kind: 'search'; query: string }
  | { kind: 'page'; url: string; title: string; page: string };

interface Option {
  element: HTMLAnchorElement;
  target: OptionTarget;
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // In the page's own thread: the search is a few milliseconds of WebAssembly,
    // and the worker script would add ~43 KB to what opening search fetches.
    await pagefind.options({ baseUrl: base, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load may succeed later (for example after a network hiccup).
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

let vocabularyPromise: Promise<string[]> | undefined;

/** The handbook's words, for suggestions; fetched the first time a query word is found nowhere. */
function loadVocabulary(base: string): Promise<string[]> {
  vocabularyPromise ??= fetch(`${base}search-words.json`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then(parseVocabulary)
    .catch(() => []);
  return vocabularyPromise;
}

let audiencesPromise: Promise<PageParts | undefined> | undefined;

/** Who the parts of the pages are for (lib/search-audience); fetched the first time an audience chip is on. */
function loadAudiences(base: string): Promise<PageParts | undefined> {
  audiencesPromise ??= fetch(`${base}search-audiences.json`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then(parsePageParts)
    .catch(() => undefined);
  // Without it the chips narrow pages only, as they did before; the next search asks again.
  void audiencesPromise.then((data) => {
    if (!data) audiencesPromise = undefined;
  });
  return audiencesPromise;
}

let recentPromise: Promise<RecentModule> | undefined;
let recentModule: RecentModule | undefined;

/** The recent list's code (with its schema): loaded when there is a list to show or a result about to be opened. */
function loadRecent(): Promise<RecentModule> {
  recentPromise ??= import('../browser/search-recent').then((module) => {
    recentModule = module;
    return module;
  });
  // A failed load may succeed later; meanwhile nothing is remembered, and nothing else waits on it.
  recentPromise.catch(() => {
    recentPromise = undefined;
  });
  return recentPromise;
}

function partsElement(className: string, parts: readonly ExcerptPart[]): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  for (const part of parts) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      span.append(mark);
    } else span.append(part.text);
  }
  return span;
}

function textElement(className: string, text: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = className;
  span.textContent = text;
  return span;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A small clock beside a recent search, as search boxes mark their history. */
function clockIcon(): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'search-recent__icon');
  const circle = document.createElementNS(SVG, 'circle');
  circle.setAttribute('cx', '12');
  circle.setAttribute('cy', '12');
  circle.setAttribute('r', '9');
  const hands = document.createElementNS(SVG, 'path');
  hands.setAttribute('d', 'M12 7v5l3 2');
  svg.append(circle, hands);
  return svg;
}

/** A group of options under a visible title; the group is named by it for screen readers. */
function groupElement(title: string): HTMLDivElement {
  const group = document.createElement('div');
  group.className = 'search-group';
  group.setAttribute('role', 'group');
  group.setAttribute('aria-label', title);
  const heading = textElement('search-group__title', title);
  heading.setAttribute('aria-hidden', 'true');
  group.append(heading);
  return group;
}

interface Messages {
  loading: string;
  count: string;
  countMore: string;
  resultCount: string;
  resultCountOne: string;
  pageCount: string;
  pageCountOne: string;
  corrected: string;
  none: string;
  task: string;
  siteTool: string;
  recentSearches: string;
  recentPages: string;
  recentCleared: string;
  filtersToggle: string;
  filtersToggleOn: string;
}

/** The panel's UI strings, rendered into `data-messages` by SearchPanel.astro. */
function readMessages(panel: HTMLElement): Messages {
  return JSON.parse(panel.dataset.messages ?? '{}') as Messages;
}

/** A page's data, copied: Pagefind hands the same object to every search, and a later one rewrites its matches. */
async function found(result: PagefindResult) {
  const data = await result.data();
  return {
    score: result.score,
    data: {
      url: data.url,
      content: data.content,
      meta: { title: data.meta.title },
      anchors: data.anchors,
      weighted_locations: [...data.weighted_locations],
    },
  };
}

export interface SearchOptions {
  /** Called with the query as it changes (the search page keeps it in the address). */
  onQuery?: (query: string) => void;
  /** Called when the reader opens a result in this tab (the dialog closes, for a section of this very page). */
  onOpen?: () => void;
}

/** Wires up one search panel (in the dialog, or on the search page). */
export function attachSearch(panel: HTMLElement, base: string, options: SearchOptions = {}): void {
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
  const messages = readMessages(panel);
  const storage = openStorage();

  const idPrefix = `${input.id}-option`;
  const selected: Record<string, Set<string>> = {};
  let optionList: Option[] = [];
  let active = -1;
  let lastQuery = '';
  /**
   * Pagefind's results for the query on screen: how many of them are ranked
   * (`loaded`), and the pages and entries shown (pages with no real match are left out).
   */
  let current:
    | {
        query: string;
        results: PagefindResult[];
        /** What the chips leave out of the pages found (other readers' parts), for "Show more results" too. */
        narrowing: RankOptions;
        loaded: number;
        shownPages: number;
        shownEntries: number;
      }
    | undefined;

  /** Makes an option the active one; `scroll` brings it into view (arrow keys), not when results arrive. */
  const setActive = (index: number, scroll = true) => {
    optionList[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = optionList[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      if (scroll) option.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const clearList = () => {
    list.replaceChildren();
    list.scrollTop = 0;
    optionList = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  const showList = () => {
    const any = optionList.length > 0;
    list.hidden = !any;
    input.setAttribute('aria-expanded', String(any));
  };

  /** Remembers what the reader opened (and the search that found it), for the empty box next time. */
  const remember = (target: OptionTarget, module: RecentModule) => {
    if (target.kind === 'search') return;
    const url = new URL(target.url, window.location.href);
    const page = { url: url.pathname + url.hash, title: target.title, page: target.page };
    module.rememberOpened(storage, target.kind === 'result' ? target.query : undefined, page);
  };

  /** Opens an option in this tab: runs a recent search in place, or goes to the page. */
  const openHere = async (option: Option) => {
    const { target } = option;
    if (target.kind === 'search') {
      input.value = target.query;
      input.focus();
      runSafely(target.query);
      return;
    }
    // The list must be saved before the page goes: wait for its code if it is not here yet (never fail the link for it).
    try {
      remember(target, recentModule ?? (await loadRecent()));
    } catch {
      // Not remembered this time.
    }
    options.onOpen?.();
    window.location.assign(option.element.href);
  };

  const addOption = (parent: HTMLElement, href: string, className: string, target: OptionTarget): HTMLAnchorElement => {
    const link = document.createElement('a');
    link.id = `${idPrefix}-${optionList.length}`;
    link.href = href;
    link.className = className;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    // Focus stays in the box (aria-activedescendant): the links are not tab stops of their own.
    link.tabIndex = -1;
    const option = { element: link, target };
    link.addEventListener('click', (event) => {
      const plain = event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey;
      if (plain) {
        // This tab: a recent search runs in place; a result waits for the recent list to be saved, then goes.
        event.preventDefault();
        void openHere(option);
      } else if (target.kind !== 'search') {
        // A new tab or window: this page stays, so the list is saved when its code arrives.
        void loadRecent()
          .then((module) => remember(target, module))
          .catch(() => {});
      }
    });
    // The recent list's code is fetched as the press starts, so the click that follows need not wait for it.
    link.addEventListener('pointerdown', () => void loadRecent().catch(() => {}));
    link.addEventListener('auxclick', (event) => {
      if (event.button === 1 && target.kind !== 'search') {
        void loadRecent()
          .then((module) => remember(target, module))
          .catch(() => {});
      }
    });
    link.addEventListener('mousemove', () => {
      const index = optionList.indexOf(option);
      if (index !== active) setActive(index, false);
    });
    optionList.push(option);
    parent.append(link);
    return link;
  };

  const countText = (count: number, one: string, many: string) => (count === 1 ? one : fill(many, { count }));

  const renderPages = (query: string, pages: readonly RankedPage[]) => {
    for (const page of pages) {
      const group = groupElement(page.title);
      for (const entry of page.entries) {
        const title = entry.title.map((part) => part.text).join('');
        // A tool of the site's own (its title is all search indexes of it): said so, with what it does.
        const tool = entry.kind === 'section' ? siteToolAbout(entry.section) : undefined;
        const link = addOption(group, entry.url, `search-result search-result--${tool ? 'tool' : entry.kind}`, {
          kind: 'result',
          query,
          url: entry.url,
          title,
          page: page.title,
        });
        link.dataset.searchHit = '';
        if (entry.section) link.dataset.section = entry.section;
        const head = document.createElement('span');
        head.className = 'search-result__head';
        const titleElement = partsElement('search-result__title', entry.title);
        // The heading above ("Week 1" for "Async Material Review"), when the title does not already say it, then a
        // "›" kept on its line (no-break space) and not read out, then a space that keeps the heading and the title
        // two words for screen readers. Drawn here rather than by CSS, whose bytes every page loads.
        if (entry.context) {
          const context = textElement('search-result__context', entry.context);
          const separator = document.createElement('span');
          separator.setAttribute('aria-hidden', 'true');
          separator.textContent = '\u00a0›';
          context.append(separator, ' ');
          titleElement.prepend(context);
        }
        head.append(titleElement);
        // A tag is a word of the result's name ("… Task", "… Site tool"): a space keeps it a word of its own.
        const tag = tool ? messages.siteTool : entry.kind === 'task' ? messages.task : undefined;
        if (tag) head.append(' ', textElement(`search-result__kind${tool ? ' search-result__kind--tool' : ''}`, tag));
        link.append(
          head,
          tool ? textElement('search-result__about', tool) : partsElement('search-result__excerpt', entry.excerpt),
        );
      }
      list.append(group);
    }
  };

  const statusText = (query: string, corrected: string | undefined) => {
    if (!current) return '';
    const results = countText(current.shownEntries, messages.resultCountOne, messages.resultCount);
    const pages = countText(current.shownPages, messages.pageCountOne, messages.pageCount);
    if (corrected) return fill(messages.corrected, { query, corrected, results, pages });
    const more = current.loaded < current.results.length;
    return fill(more ? messages.countMore : messages.count, { query, results, pages });
  };

  const render = (
    query: string,
    ranked: RankedResults,
    results: PagefindResult[],
    narrowing: RankOptions,
    corrected?: string,
  ) => {
    clearList();
    clearButton.hidden = true;
    const loaded = Math.min(results.length, PAGES_PER_BATCH);
    current = {
      query: corrected ?? query,
      results,
      narrowing,
      loaded,
      shownPages: ranked.pages.length,
      shownEntries: 0,
    };
    renderPages(corrected ?? query, ranked.pages);
    current.shownEntries = optionList.length;
    showList();
    moreButton.hidden = loaded >= results.length;
    status.textContent = optionList.length === 0 ? fill(messages.none, { query }) : statusText(query, corrected);
    // The first result opens on Enter: show it as such (without scrolling the search page under the reader).
    if (optionList.length > 0) setActive(0, false);
  };

  const rank = async (query: string, batch: PagefindResult[], narrowing: RankOptions) =>
    rankResults(query, await Promise.all(batch.map(found)), narrowing);

  /** Shows recent searches and opened results (the box is empty). */
  const showRecent = async () => {
    clearList();
    current = undefined;
    moreButton.hidden = true;
    status.textContent = '';
    const stored = storage.read(storageKeys.searchRecent);
    const module = stored.ok && stored.value !== null ? await loadRecent().catch(() => undefined) : undefined;
    if (input.value.trim()) return; // the reader typed meanwhile
    const recent = module?.readRecent(storage);
    clearList();
    if (recent && recent.searches.length > 0) {
      const group = groupElement(messages.recentSearches);
      for (const query of recent.searches) {
        const link = addOption(group, `${base}search/?q=${encodeURIComponent(query)}`, 'search-recent', {
          kind: 'search',
          query,
        });
        link.append(clockIcon(), query);
      }
      list.append(group);
    }
    if (recent && recent.pages.length > 0) {
      const group = groupElement(messages.recentPages);
      for (const page of recent.pages) {
        const link = addOption(group, page.url, 'search-recent search-recent--page', { kind: 'page', ...page });
        link.append(textElement('search-result__title', page.title), textElement('search-recent__page', page.page));
      }
      list.append(group);
    }
    clearButton.hidden = optionList.length === 0;
    showList();
  };

  /** Pagefind, or undefined after telling the reader it could not be loaded. */
  const pagefindOrMessage = async (): Promise<Pagefind | undefined> => {
    try {
      return await loadPagefind(base);
    } catch {
      status.textContent = status.dataset.unavailable ?? '';
      return undefined;
    }
  };

  /** What the audience chips on leave out of the pages found: the parts of readers not chosen. */
  const narrowingOf = async (): Promise<RankOptions> => {
    const chosen = selected.audience;
    if (!chosen || chosen.size === 0) return {};
    const audiences = await loadAudiences(base);
    return audiences ? { isOthers: othersParts(audiences, chosen) } : {};
  };

  const currentFilters = (): PagefindFilters => {
    const filters: PagefindFilters = {};
    for (const [name, values] of Object.entries(selected)) if (values.size > 0) filters[name] = { any: [...values] };
    return filters;
  };

  const run = async (raw: string) => {
    const query = raw.trim();
    lastQuery = query;
    options.onQuery?.(query);
    if (!query) {
      await showRecent();
      return;
    }
    const pagefind = await pagefindOrMessage();
    if (!pagefind) return;
    const filters = currentFilters();
    const [search, narrowing] = await Promise.all([
      pagefind.debouncedSearch(query, { filters }, SEARCH_DEBOUNCE_MS),
      narrowingOf(),
    ]);
    if (search === null || query !== lastQuery) return; // a newer query is on its way
    const ranked = await rank(query, search.results.slice(0, PAGES_PER_BATCH), narrowing);
    if (query !== lastQuery) return;
    if (ranked.unmatched.length > 0) {
      // A word found nowhere: search for the nearest handbook word instead, and say so.
      const words = await loadVocabulary(base);
      const corrected = correctQuery(
        query,
        ranked.unmatched.map((term) => term.text),
        words,
      );
      if (corrected && query === lastQuery) {
        const retry = await pagefind.debouncedSearch(corrected, { filters }, 0);
        if (retry === null || query !== lastQuery) return;
        const rankedRetry = await rank(corrected, retry.results.slice(0, PAGES_PER_BATCH), narrowing);
        if (query !== lastQuery) return;
        if (rankedRetry.pages.length > 0) {
          render(query, rankedRetry, retry.results, narrowing, corrected);
          return;
        }
      }
    }
    if (query === lastQuery) render(query, ranked, search.results, narrowing);
  };

  /** Runs a query; a failure to fetch part of the index says so in the status instead of failing silently. */
  const runSafely = (raw: string) =>
    void run(raw).catch(() => {
      status.textContent = status.dataset.unavailable ?? '';
    });

  moreButton.addEventListener('click', async () => {
    const shown = current;
    if (!shown) return;
    const batch = shown.results.slice(shown.loaded, shown.loaded + PAGES_PER_BATCH);
    const ranked = await rank(shown.query, batch, shown.narrowing);
    if (current !== shown) return;
    const firstNew = optionList.length;
    renderPages(shown.query, ranked.pages);
    shown.loaded += batch.length;
    shown.shownPages += ranked.pages.length;
    shown.shownEntries = optionList.length;
    moreButton.hidden = shown.loaded >= shown.results.length;
    status.textContent = statusText(lastQuery, shown.query === lastQuery ? undefined : shown.query);
    showList();
    // Back to the box, on the first new result, so the arrows carry on from there.
    input.focus();
    if (optionList[firstNew]) setActive(firstNew);
  });

  clearButton.addEventListener('click', () => {
    storage.remove(storageKeys.searchRecent);
    clearList();
    showList();
    clearButton.hidden = true;
    status.textContent = messages.recentCleared;
    input.focus();
  });

  const updateToggle = () => {
    const on = Object.values(selected).reduce((sum, values) => sum + values.size, 0);
    filterToggle.textContent = on > 0 ? fill(messages.filtersToggleOn, { count: on }) : messages.filtersToggle;
  };
  filterToggle.addEventListener('click', () => {
    const open = filterToggle.getAttribute('aria-expanded') !== 'true';
    filterToggle.setAttribute('aria-expanded', String(open));
    filterBox.classList.toggle('search-panel__filters--open', open);
  });
  filterToggle.hidden = false;

  for (const chip of filterBox.querySelectorAll<HTMLButtonElement>('button[data-filter]')) {
    const { filter: name, value } = chip.dataset;
    if (!name || !value) continue;
    chip.addEventListener('click', () => {
      const set = selected[name] ?? new Set<string>();
      selected[name] = set;
      if (set.has(value)) set.delete(value);
      else set.add(value);
      chip.setAttribute('aria-pressed', String(set.has(value)));
      // Who the parts of the pages are for, fetched as the chip goes on rather than with the next query.
      if (name === 'audience' && set.has(value)) void loadAudiences(base);
      updateToggle();
      runSafely(input.value);
    });
  }
  filterBox.hidden = false;

  input.addEventListener('input', () => runSafely(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && optionList.length > 0) {
      event.preventDefault();
      setActive((active + 1) % optionList.length);
    } else if (event.key === 'ArrowUp' && optionList.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? optionList.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = optionList[active];
      if (!option) return;
      if ((event.ctrlKey || event.metaKey) && option.target.kind !== 'search') {
        // Ctrl+Enter (Cmd+Enter): a new tab, as Ctrl+click on the link would.
        const { target } = option;
        window.open(option.element.href, '_blank', 'noopener');
        void loadRecent()
          .then((module) => remember(target, module))
          .catch(() => {});
      } else void openHere(option);
    }
  });

  // Start loading Pagefind now, so the first query does not wait for it.
  status.textContent = messages.loading;
  void pagefindOrMessage().then(() => {
    if (status.textContent === messages.loading) status.textContent = '';
  });
  // The reader may have typed before this module arrived (or the search page has ?q=): search what is there.
  runSafely(input.value);
}
