/*
 * The search panel's memory: recent searches and opened results, kept in one
 * small value (read and written by browser/search-recent.ts; this module is
 * its pure part: parsing and adding). Every read validates it; a value
 * that fails (hand-edited, from a future version, cut short) counts as empty
 * and is replaced by the next write, never thrown into the page. Loaded with
 * the search panel's code, only when there is a list to show or a result to
 * remember, so a page's first load never carries it.
 */

import * as v from 'valibot';
import {
  MAX_RECENT_PAGES,
  MAX_RECENT_QUERY_LENGTH,
  MAX_RECENT_SEARCHES,
  MAX_RECENT_TITLE_LENGTH,
  type RecentPage,
  type SearchRecent,
  searchRecentSchema,
} from '../schemas/search-recent';

export type { RecentPage, SearchRecent };

export const EMPTY_RECENT: SearchRecent = { v: 1, searches: [], pages: [] };

/** The stored list, or the empty one when the value is missing or not a valid list. Never throws. */
export function parseSearchRecent(raw: string | null): SearchRecent {
  if (raw === null) return EMPTY_RECENT;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return EMPTY_RECENT;
  }
  const parsed = v.safeParse(searchRecentSchema, value);
  return parsed.success ? parsed.output : EMPTY_RECENT;
}

/** Text cut to `max` characters, never inside a character made of two UTF-16 units. */
function cut(text: string, max: number): string {
  return Array.from(text).slice(0, max).join('');
}

/** The list with `query` first (once, whatever its case), capped. */
export function withSearch(recent: SearchRecent, query: string): SearchRecent {
  const text = cut(query.trim().replace(/\s+/g, ' '), MAX_RECENT_QUERY_LENGTH);
  if (!text) return recent;
  const others = recent.searches.filter((search) => search.toLowerCase() !== text.toLowerCase());
  return { ...recent, searches: [text, ...others].slice(0, MAX_RECENT_SEARCHES) };
}

/** The list with `page` first (once per address), capped; an address that is not a path on this site is not kept. */
export function withPage(recent: SearchRecent, page: RecentPage): SearchRecent {
  const entry = {
    url: page.url,
    title: cut(page.title.trim(), MAX_RECENT_TITLE_LENGTH),
    page: cut(page.page.trim(), MAX_RECENT_TITLE_LENGTH),
  };
  const next = {
    ...recent,
    pages: [entry, ...recent.pages.filter((p) => p.url !== entry.url)].slice(0, MAX_RECENT_PAGES),
  };
  return v.is(searchRecentSchema, next) ? next : recent;
}
