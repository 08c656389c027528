/*
 * Valibot, like every schema that ships to the browser. The planner islands
 * import it too, so the bundler puts the functions both use in one small
 * shared file that planner pages load beside their own (measured 0.3-0.4 KB
 * gzip more than a second copy for search under an npm alias, as zod had: one
 * way of importing the validator is worth that).
 */
import * as v from 'valibot';

/*
 * What the search panel remembers in this browser, to show when its box is
 * empty: the reader's recent searches and the results they opened. Read and
 * written by src/browser/search-recent.ts, parsed by src/lib/search-recent.ts;
 * a value that does not pass is ignored and replaced by the next search.
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
const MAX_RECENT_URL_LENGTH = 500;

/**
 * An address on this site: one path from its root, so a stored value cannot
 * become a link elsewhere (`//host`, `/\host`, `javascript:`) or break out of
 * the attribute it is written to.
 */
const sitePathSchema = v.pipe(v.string(), v.maxLength(MAX_RECENT_URL_LENGTH), v.regex(/^\/(?![/\\])[^\s\\"'<>]*$/));

/** A result the reader opened. */
const recentPageSchema = v.object({
  /** Its address on this site, with `#section` when it is a section or task. */
  url: sitePathSchema,
  /** The section heading, or the page title for the page itself. */
  title: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_RECENT_TITLE_LENGTH)),
  /** The title of the page it is on. */
  page: v.pipe(v.string(), v.maxLength(MAX_RECENT_TITLE_LENGTH)),
});

/** The whole list, stored as JSON under one key (`csm-handbook:search-recent`). */
export const searchRecentSchema = v.object({
  v: v.literal(1),
  /** What the reader searched for and then opened a result of, newest first. */
  searches: v.pipe(
    v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_RECENT_QUERY_LENGTH))),
    v.maxLength(MAX_RECENT_SEARCHES),
  ),
  /** The results the reader opened, newest first. */
  pages: v.pipe(v.array(recentPageSchema), v.maxLength(MAX_RECENT_PAGES)),
});

export type RecentPage = v.InferOutput<typeof recentPageSchema>;
export type SearchRecent = v.InferOutput<typeof searchRecentSchema>;
