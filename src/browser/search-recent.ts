import { parseSearchRecent, type RecentPage, type SearchRecent, withPage, withSearch } from '../lib/search-recent';
import { type KeyValueStorage, storageKeys, type WriteResult } from './storage';

/*
 * The search panel's memory in storage: reads and writes the one value whose
 * parsing and updating live in lib/search-recent.ts. Loaded with the search
 * panel's code, only when there is a list to show or a result to remember.
 */

/** The stored list; `undefined` when the browser would not let it be read (then nothing is written over it). */
export function readRecent(storage: KeyValueStorage): SearchRecent | undefined {
  const read = storage.read(storageKeys.searchRecent);
  return read.ok ? parseSearchRecent(read.value) : undefined;
}

/**
 * Remembers a search and the result opened from it. Reads the stored list
 * again first, so another tab's additions since this page loaded are kept.
 */
export function rememberOpened(storage: KeyValueStorage, query: string | undefined, page: RecentPage): WriteResult {
  const recent = readRecent(storage);
  if (!recent) return 'unavailable';
  const next = withPage(query ? withSearch(recent, query) : recent, page);
  return storage.write(storageKeys.searchRecent, JSON.stringify(next));
}
