/*
 * The search panel's behaviour: loads Pagefind on first use, runs the query
 * as the reader types, renders results as text (never HTML), and implements
 * the combobox pattern (focus stays in the input; arrows move the active
 * option; Enter opens it). Loaded only when search is first opened.
 */
import { fill } from '../i18n/fill';
import type { Pagefind, PagefindFilters, PagefindResultData } from '../lib/pagefind-types';
import { parseExcerpt } from '../lib/search-excerpt';

/** Wait after the last keystroke before searching. */
const SEARCH_DEBOUNCE_MS = 100;
/** Pages shown at most, and sections shown under each. */
const MAX_PAGES = 10;
const MAX_SECTIONS_PER_PAGE = 3;

interface Option {
  url: string;
  element: HTMLLIElement;
}

let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(base: string): Promise<Pagefind> {
  pagefindPromise ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // In the page's own thread: the search is a few milliseconds of WebAssembly,
    // and the worker script would add ~43 KB to what opening search fetches.
    await pagefind.options({ baseUrl: base, excerptLength: 24, noWorker: true });
    await pagefind.init();
    return pagefind;
  })();
  // A failed load may succeed later (for example after a network hiccup).
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

function excerptElement(excerpt: string): HTMLSpanElement {
  const span = document.createElement('span');
  span.className = 'search-result__excerpt';
  for (const part of parseExcerpt(excerpt)) {
    if (part.match) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      span.append(mark);
    } else span.append(part.text);
  }
  return span;
}

function textElement(tag: 'span' | 'strong', className: string, text: string): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

interface Messages {
  loading: string;
  count: string;
  countOne: string;
  none: string;
  unavailable: string;
}

/** The panel's UI strings, rendered into `data-messages` by SearchPanel.astro. */
function readMessages(panel: HTMLElement): Messages {
  return JSON.parse(panel.dataset.messages ?? '{}') as Messages;
}

export interface SearchPanel {
  /** Runs a query now (the search page uses it for `?q=`). */
  search(query: string): void;
}

/** Wires up one search panel (in the dialog, or on the search page). */
export function attachSearch(panel: HTMLElement, base: string, onQuery?: (query: string) => void): SearchPanel {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]');
  const list = panel.querySelector<HTMLUListElement>('[data-search-results]');
  const status = panel.querySelector<HTMLElement>('[data-search-status]');
  const filterBox = panel.querySelector<HTMLElement>('[data-search-filters]');
  if (!input || !list || !status || !filterBox) throw new Error('search panel markup is incomplete');
  const messages = readMessages(panel);

  const idPrefix = `${input.id}-option`;
  const selected: Record<string, Set<string>> = {};
  let options: Option[] = [];
  let active = -1;
  let lastQuery = '';

  const setActive = (index: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = index;
    const option = options[active];
    if (option) {
      option.element.setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', option.element.id);
      option.element.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const addOption = (url: string, build: (li: HTMLLIElement) => void, sub: boolean) => {
    const li = document.createElement('li');
    li.id = `${idPrefix}-${options.length}`;
    li.setAttribute('role', 'option');
    li.setAttribute('aria-selected', 'false');
    li.className = sub ? 'search-result search-result--section' : 'search-result';
    build(li);
    li.addEventListener('click', () => window.location.assign(url));
    li.addEventListener('mousemove', () => {
      const index = options.findIndex((option) => option.element === li);
      if (index !== active) setActive(index);
    });
    options.push({ url, element: li });
    list.append(li);
  };

  const render = (query: string, pages: PagefindResultData[]) => {
    list.replaceChildren();
    options = [];
    active = -1;
    input.removeAttribute('aria-activedescendant');
    for (const page of pages) {
      const title = page.meta.title ?? page.url;
      addOption(
        page.url,
        (li) => li.append(textElement('strong', 'search-result__title', title), excerptElement(page.excerpt)),
        false,
      );
      const sections = page.sub_results
        .filter((sub) => sub.anchor && sub.url !== page.url)
        .slice(0, MAX_SECTIONS_PER_PAGE);
      for (const sub of sections) {
        addOption(
          sub.url,
          (li) =>
            li.append(
              textElement('span', 'search-result__page', title),
              textElement('strong', 'search-result__title', sub.title),
              excerptElement(sub.excerpt),
            ),
          true,
        );
      }
    }
    input.setAttribute('aria-expanded', String(options.length > 0));
    list.hidden = options.length === 0;
    status.textContent =
      pages.length === 0
        ? fill(messages.none, { query })
        : pages.length === 1
          ? fill(messages.countOne, { query })
          : fill(messages.count, { count: pages.length, query });
  };

  /** Pagefind, or undefined after telling the reader it could not be loaded. */
  const pagefindOrMessage = async (): Promise<Pagefind | undefined> => {
    try {
      return await loadPagefind(base);
    } catch {
      status.textContent = messages.unavailable;
      return undefined;
    }
  };

  const currentFilters = (): PagefindFilters => {
    const filters: PagefindFilters = {};
    for (const [name, values] of Object.entries(selected)) if (values.size > 0) filters[name] = { any: [...values] };
    return filters;
  };

  const run = async (raw: string) => {
    const query = raw.trim();
    lastQuery = query;
    onQuery?.(query);
    if (!query) {
      list.replaceChildren();
      list.hidden = true;
      options = [];
      input.setAttribute('aria-expanded', 'false');
      status.textContent = '';
      return;
    }
    const pagefind = await pagefindOrMessage();
    if (!pagefind) return;
    const search = await pagefind.debouncedSearch(query, { filters: currentFilters() }, SEARCH_DEBOUNCE_MS);
    if (search === null || query !== lastQuery) return; // a newer query is on its way
    const pages = await Promise.all(search.results.slice(0, MAX_PAGES).map((result) => result.data()));
    if (query === lastQuery) render(query, pages);
  };

  for (const chip of filterBox.querySelectorAll<HTMLButtonElement>('button[data-filter]')) {
    const { filter: name, value } = chip.dataset;
    if (!name || !value) continue;
    chip.addEventListener('click', () => {
      const set = selected[name] ?? new Set<string>();
      selected[name] = set;
      if (set.has(value)) set.delete(value);
      else set.add(value);
      chip.setAttribute('aria-pressed', String(set.has(value)));
      void run(input.value);
    });
  }
  filterBox.hidden = false;

  input.addEventListener('input', () => void run(input.value));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      setActive((active + 1) % options.length);
    } else if (event.key === 'ArrowUp' && options.length > 0) {
      event.preventDefault();
      setActive(active <= 0 ? options.length - 1 : active - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[active] ?? options[0];
      if (option) window.location.assign(option.url);
    } else if (event.key === 'Home' || event.key === 'End') {
      // Keep Home and End for moving inside the text.
    }
  });

  // Start loading Pagefind now, so the first query does not wait for it.
  status.textContent = messages.loading;
  void pagefindOrMessage().then(() => {
    if (status.textContent === messages.loading) status.textContent = '';
  });
  // The reader may have typed before this module arrived: search what is there.
  if (input.value.trim()) void run(input.value);

  return { search: (query) => void run(query) };
}
