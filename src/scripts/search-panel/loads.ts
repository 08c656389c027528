/*
 * What the search panel fetches on demand, each once (a failed load is asked again next time): Pagefind, the
 * handbook's words for suggestions, who the parts of the pages are for, the recent list's code, and the code a query
 * that falls short needs.
 */

import type { Pagefind } from '../../lib/pagefind-types';
import { type PageParts, parsePageParts } from '../../lib/search-audience';
import { parseVocabulary } from '../../lib/search-words';

export type RecentModule = typeof import('../../browser/search-recent');
type FallbackModule = typeof import('./fallback');

let pagefindPromise: Promise<Pagefind> | undefined;

export function loadPagefind(base: string): Promise<Pagefind> {
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
export function loadVocabulary(base: string): Promise<string[]> {
  vocabularyPromise ??= fetch(`${base}search-words.json`)
    .then((response) => (response.ok ? response.json() : undefined))
    .then(parseVocabulary)
    .catch(() => []);
  return vocabularyPromise;
}

let audiencesPromise: Promise<PageParts | undefined> | undefined;

/** Who the parts of the pages are for (lib/search-audience); fetched the first time an audience chip is on. */
export function loadAudiences(base: string): Promise<PageParts | undefined> {
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
/** The recent list's code once it has come (a result opened then need not wait for it). */
export let recentModule: RecentModule | undefined;

/** The recent list's code (with its schema): loaded when there is a list to show or a result about to be opened. */
export function loadRecent(): Promise<RecentModule> {
  recentPromise ??= import('../../browser/search-recent').then((module) => {
    recentModule = module;
    return module;
  });
  // A failed load may succeed later; meanwhile nothing is remembered, and nothing else waits on it.
  recentPromise.catch(() => {
    recentPromise = undefined;
  });
  return recentPromise;
}

let fallbackPromise: Promise<FallbackModule> | undefined;

/**
 * The code a query needs when its first answer falls short (./fallback.ts): loaded the first time one does. Its
 * failure is said by the query's catch, as Pagefind's; the next query asks again.
 */
export function loadFallback(): Promise<FallbackModule> {
  fallbackPromise ??= import('./fallback');
  fallbackPromise.catch(() => {
    fallbackPromise = undefined;
  });
  return fallbackPromise;
}
