import { KEY_PREFIX } from '../browser/storage';

/*
 * The keys of the planners' records, each kind under a prefix of its own, with what they hold. The keys that
 * every page reads (the theme, the progress summary, search's recent list) are `storageKeys`, beside the
 * storage code in src/browser/storage.ts; these are here, in the planners' shared file, so that a plain page,
 * which reads none of them, does not carry their names (its 3 KB of JavaScript: docs/performance.md, "Budgets").
 */
export const recordKeys = {
  task: (id: string) => `${KEY_PREFIX}task:${id}`,
  program: (id: string) => `${KEY_PREFIX}program:${id}`,
  plan: (id: string) => `${KEY_PREFIX}plan:${id}`,
  /** The manager toolkit's records: review sessions, 1:1 agenda weeks, team, calls, tally, settings. */
  manager: (id: string) => `${KEY_PREFIX}manager:${id}`,
  meta: `${KEY_PREFIX}meta`,
  /** Career ladder: a rated item, a piece of evidence, the chosen levels (one key). */
  ladderRating: (id: string) => `${KEY_PREFIX}ladder-rating:${id}`,
  ladderEvidence: (id: string) => `${KEY_PREFIX}ladder-evidence:${id}`,
  ladderSettings: `${KEY_PREFIX}ladder-settings`,
  /**
   * Where a value is kept aside, with the time: one not readable as a record, or, with `:undo` after the key, what
   * Undo of a restore or Reset all kept aside of a record changed since (src/stores/undo-all.ts).
   */
  recovered: (key: string, at: string) => `${KEY_PREFIX}recovered:${at}:${key}`,
} as const;

/** Where Reset all writes its time, last, after removing each record: other tabs take it as their data cleared (src/stores/storage-session.ts). */
export const RESET_KEY = `${KEY_PREFIX}reset`;
