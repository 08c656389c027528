/*
 * zod/mini, like every schema that ships to the browser, but the search
 * panel's own copy of it (`zod-for-search` is npm's alias for the same zod
 * version). Were the search code to import `zod/mini` itself, the bundler
 * would move zod out of the planner islands' chunk into one shared with
 * search, and every planner page would load two files where it loads one:
 * 0.85 KB gzip more, past the plan builder's 40 KB budget. This copy loads
 * only with the recent list, when there is one to read or write.
 */
import { z } from 'zod-for-search/mini';

/*
 * What the search panel remembers in this browser, to show when its box is
 * empty: the reader's recent searches and the results they opened. Read
 * through src/lib/search-recent.ts; a value that does not pass is ignored and
 * replaced by the next search.
 */

/** Searches kept at most, newest first. */
export const MAX_RECENT_SEARCHES = 5;
/** Opened results kept at most, newest first. */
export const MAX_RECENT_PAGES = 5;
/** Longest search kept, in characters (a longer one is cut). */
export const MAX_RECENT_QUERY_LENGTH = 100;
/** Longest title kept, in characters (a longer one is cut). */
export const MAX_RECENT_TITLE_LENGTH = 200;
/** Longest address kept (a longer one is not kept). */
export const MAX_RECENT_URL_LENGTH = 500;

/**
 * An address on this site: one path from its root, so a stored value cannot
 * become a link elsewhere (`//host`, `/\host`, `javascript:`) or break out of
 * the attribute it is written to.
 */
const sitePathSchema = z
  .string()
  .check(z.maxLength(MAX_RECENT_URL_LENGTH), z.regex(/^\/(?![/\\])[^\s\\"'<>]*$/, 'a path on this site'));

/** A result the reader opened. */
export const recentPageSchema = z.object({
  /** Its address on this site, with `#section` when it is a section or task. */
  url: sitePathSchema,
  /** The section heading, or the page title for the page itself. */
  title: z.string().check(z.minLength(1), z.maxLength(MAX_RECENT_TITLE_LENGTH)),
  /** The title of the page it is on. */
  page: z.string().check(z.maxLength(MAX_RECENT_TITLE_LENGTH)),
});

/** The whole list, stored as JSON under one key (`csm-handbook:search-recent`). */
export const searchRecentSchema = z.object({
  v: z.literal(1),
  /** What the reader searched for and then opened a result of, newest first. */
  searches: z
    .array(z.string().check(z.minLength(1), z.maxLength(MAX_RECENT_QUERY_LENGTH)))
    .check(z.maxLength(MAX_RECENT_SEARCHES)),
  /** The results the reader opened, newest first. */
  pages: z.array(recentPageSchema).check(z.maxLength(MAX_RECENT_PAGES)),
});

export type RecentPage = z.infer<typeof recentPageSchema>;
export type SearchRecent = z.infer<typeof searchRecentSchema>;
