/*
 * One search panel as its modules share it: its elements and what it has on screen. Types only.
 *
 * The fields are named in full although the minifier never shortens a property name: one-letter names saved about
 * 100 bytes gzip of the panel's code, which loads when search opens, and cost every reader of these modules a
 * lookup here (docs/performance-log.md).
 */

import type { KeyValueStorage } from '../../browser/storage';
import type { PagefindResult } from '../../lib/pagefind-types';
import type { RankOptions } from '../../lib/search-rank';
import type { SearchMessages, ShownResults as ShownCounts } from '../../lib/search-status';

/** What an option of the list opens: a result, a recent search, or a recently opened result. */
export type OptionTarget =
  | { kind: 'result'; query: string; url: string; title: string; page: string }
  | { kind: 'search'; query: string }
  | { kind: 'page'; url: string; title: string; page: string };

export interface Option {
  element: HTMLAnchorElement;
  target: OptionTarget;
}

/** Pagefind's results for the query on screen, with what the status line counts (lib/search-status). */
interface ShownResults extends ShownCounts {
  results: PagefindResult[];
  /** What the chips leave out of the pages found (other readers' parts), for "Show more results" too. */
  narrowing: RankOptions;
}

export interface Panel {
  /** The search box, which keeps the focus: the list's options are its `aria-activedescendant`. */
  input: HTMLInputElement;
  /** The list (the listbox) the options are in, in groups. */
  list: HTMLElement;
  /** The status line over the list. */
  status: HTMLElement;
  /** The Clear button under the recent list. */
  clear: HTMLButtonElement;
  /** The "Show more results" button under the results. */
  more: HTMLButtonElement;
  /** The panel's strings. */
  messages: SearchMessages;
  /** The storage the recent list is kept in. */
  storage: KeyValueStorage;
  /** The site's base path (`/`, or `/handbook/` under a base path). */
  base: string;
  /** The options in the list, in order. */
  options: Option[];
  /** The active option's index in `options`, or -1 for none. */
  active: number;
  /** The last query typed (trimmed): an answer that arrives for another is dropped. */
  query: string;
  /** The results on screen, or `undefined` when the list shows the recent list or nothing. */
  shown?: ShownResults | undefined;
  /** Runs a query in the panel (a recent search opened runs through it), saying so in the status if it fails. */
  search: (query: string) => void;
  /** Called when the reader opens a result in this tab (the dialog closes, for a section of this very page). */
  onOpened: (() => void) | undefined;
  /** The query Enter was pressed for before the search code came: its first result opens once shown. */
  enterFor?: string | undefined;
}
