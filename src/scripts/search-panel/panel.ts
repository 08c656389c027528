/*
 * One search panel as its modules share it: its elements and what it has on screen. Types only.
 *
 * The fields have one-letter names on purpose: the minifier shortens a variable but never a property name, and
 * these are read on almost every line of the panel's code, which opening search fetches (long names cost that file
 * about 100 bytes gzip, docs/performance-log.md). Each field says what it is; read the names through this type.
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
export interface ShownResults extends ShownCounts {
  results: PagefindResult[];
  /** What the chips leave out of the pages found (other readers' parts), for "Show more results" too. */
  narrowing: RankOptions;
}

export interface Panel {
  /** The search box, which keeps the focus: the list's options are its `aria-activedescendant`. */
  i: HTMLInputElement;
  /** The list (the listbox) the options are in, in groups. */
  l: HTMLElement;
  /** The status line over the list. */
  s: HTMLElement;
  /** The Clear button under the recent list. */
  c: HTMLButtonElement;
  /** The "Show more results" button under the results. */
  x: HTMLButtonElement;
  /** The panel's strings. */
  m: SearchMessages;
  /** The storage the recent list is kept in. */
  k: KeyValueStorage;
  /** The site's base path (`/`, or `/handbook/` under a base path). */
  b: string;
  /** The options in the list, in order. */
  o: Option[];
  /** The active option's index in `o`, or -1 for none. */
  a: number;
  /** The last query typed (trimmed): an answer that arrives for another is dropped. */
  q: string;
  /** The results on screen, or `undefined` when the list shows the recent list or nothing. */
  r?: ShownResults | undefined;
  /** Runs a query in the panel (a recent search opened runs through it), saying so in the status if it fails. */
  f: (query: string) => void;
  /** Called when the reader opens a result in this tab (the dialog closes, for a section of this very page). */
  h: (() => void) | undefined;
}
