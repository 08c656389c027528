/*
 * Which modules of the browser bundle share a file (Rolldown's `output.codeSplitting.groups`, set on the client
 * build in astro.config.mjs).
 *
 * Left to itself, the bundler puts each set of modules that the same entry points share in a file of its own.
 * With an entry per island kind and per page script, that made 22 files on a checklist page, some of 100 bytes,
 * and each file is compressed on its own: the same page's code measured 31.5 KB gzip in 22 files and 26.8 KB
 * as one (December 3). Six groups, taken in this order (a higher priority claims a module first, and a
 * group also takes what its modules import, unless a group before it has claimed that):
 *
 *  - `preload-helper`: Vite's helper for lazy imports stays a file of its own, so that the build's
 *    `csm-handbook:no-idle-preload-helper` step can find it and drop it (src/build/preload-helper.ts);
 *  - `valibot`: the validator, which search's recent list loads too: kept out of the planners' file, opening
 *    search does not fetch the planners' code; with it its plain-object check (0.3 KB), which every stored
 *    kind but the checklists' uses, rather than a fifth file of its own on four pages;
 *  - `site`: what every page runs: the shell (BaseLayout's script, src/scripts/shell.ts: search's opener,
 *    the theme choice) with what it shares with the planners (storage, the progress-summary
 *    reader, `fill`). So the planners' group stops there, and a plain page loads one file, named after the
 *    layout's script, where it loaded the shell and a shared file (December 4, late night: −140 bytes gzip on
 *    every page, one gzip stream instead of two);
 *  - `planner-core`: what every planner page runs at load: Preact and the islands' Preact client
 *    (src/integrations/preact-client.ts, which runs the frame guard first, and the JSX runtime it stands in for, src/integrations/jsx-runtime.ts), nanostores, the storage session and record store, the reader's day, the announcer
 *    and storage notices, the shared dictionary and dates, the one rule of when a change is stamped (`stamp-time.ts`, which
 *    plans and the toolkit's and the ladder's merge share: a file of its own otherwise, about 110 bytes gzip more on the plan
 *    builder, December 7), and the small parts several kinds of island use
 *    (confirm, copy, focus after a render, length counter, progress meter, date field);
 *  - `checklist-data`: the checklists' store (with its request to keep storage), the progress summary it writes
 *    and the program's shape and schedule, which the program pages and My progress (its program cards, backup and Reset all) both load. It
 *    takes only the modules it names (`includeDependenciesRecursively: false`), so that code its modules import
 *    and other planner pages use too stays out of its file, which those pages would then load whole.
 *  - `ladder-records`: the career ladder's stored records (their schema, reader, merge, store and its words),
 *    which the ladder, My progress and My progress's backup code load. Left to the bundler, the backup code
 *    loading on demand (December 6) split them in two files, the schema's part and the store's, by who imports
 *    each, and the ladder page paid 207 bytes gzip for the second file. Only the modules it names, as above.
 *
 * The checklists' two island kinds (the lists and the program's panel) are one entry, `src/islands/checklists.ts`,
 * so the bundler puts what only they use in that entry's own file: left to the bundler as two entries, they made
 * six files on a checklist page (10.6 KB gzip); as a group of their own, two files and a file of 71 bytes for each
 * kind that only pointed at the group's (December 4); as one entry, one file (December 5: 176 bytes less).
 *
 * Each other island kind's own code (the plan builder, the ladder, the manager's tools, My progress) is left to
 * the bundler. Rolldown names a group's file after an entry it holds: `planner-core`'s file is named after the
 * islands' client (`preact-client.<hash>.js`), which used to be a file of 74 bytes of its own. A page that has no use for a module of `planner-core` still loads it: the ladder
 * and the plan builder carry the progress meter, which their first load never shows, and are still 0.5 and
 * 0.8 KB lighter than in 16 files each. `tests/e2e/budgets.spec.ts` holds every page to its budget, and
 * fails if `planner-core` reaches a plain page.
 */

/** A group as Rolldown takes it (the fields used here). */
interface ChunkGroup {
  name: string;
  test: (id: string) => boolean;
  priority: number;
  /** Whether the group also takes what its modules import (Rolldown's default) or only the modules it names. */
  includeDependenciesRecursively?: boolean;
}

const any =
  (...patterns: RegExp[]) =>
  (id: string) =>
    patterns.some((pattern) => pattern.test(id));

const SITE = any(
  /[\\/]src[\\/]browser[\\/]storage\.ts$/,
  /[\\/]src[\\/]lib[\\/](summary-read|search-shortcut|theme)\.ts$/,
  /[\\/]src[\\/]i18n[\\/]fill\.ts$/,
  /[\\/]src[\\/]scripts[\\/](shell|search-open|theme-select)\.ts$/,
  /[\\/]src[\\/]layouts[\\/]BaseLayout\.astro\?astro&type=script&index=0&lang\.ts$/,
);

const PLANNER_CORE = any(
  /[\\/]node_modules[\\/]preact[\\/]/,
  /[\\/]node_modules[\\/]nanostores[\\/]/,
  /[\\/]src[\\/]integrations[\\/](preact-client|jsx-runtime)\.ts$/,
  // The reader's day (`today.ts`, which brings the day's change with it), followed by the plan builder, My progress and
  // the manager toolkit: left to the bundler, a file of 254 bytes gzip on each of them, about 100 in this one on the
  // checklists and the ladder, which do not use it. Moved here December 7, late night, with the manager toolkit's page at its bar
  // (its whole −198 bytes, the plan builder's −168, My progress's −164; the checklists' +99, the ladder's +102).
  /[\\/]src[\\/]stores[\\/](storage-session|record-store|record-keys|announcer|today)\.ts$/,
  // The record store's own modules (src/stores/record-store/): left to the bundler, `store-group.ts` was a file of
  // its own on every page with a checklist or the ladder.
  /[\\/]src[\\/]stores[\\/]record-store[\\/][\w-]+\.ts$/,
  /[\\/]src[\\/]i18n[\\/](ui|translator)\.ts$/,
  /[\\/]src[\\/]lib[\\/](dates|stored-records|stable-json|progress|text-limit|stamp-time)\.ts$/,
  /[\\/]src[\\/]schemas[\\/](calendar-date|roles|stored)\.ts$/,
  /[\\/]src[\\/]browser[\\/](frame|page-lifecycle|download|toast-place|clipboard|leave-guard)\.ts$/,
  /[\\/]src[\\/]islands[\\/](use-store|use-started|use-confirm|use-copy|use-lazy|focus-after-render|load-or-say)\.tsx?$/,
  /[\\/]src[\\/]islands[\\/](Announcer|StorageNotices|LengthCounter|ProgressMeter|DateInput)\.tsx$/,
);

const CHECKLIST_DATA = any(
  /[\\/]src[\\/]stores[\\/](planner|summary)\.ts$/,
  // The checklists' store asks through it, and no other module: alone it made a file of 120 bytes (+105 gzip).
  /[\\/]src[\\/]browser[\\/]persistent-storage\.ts$/,
  /[\\/]src[\\/]lib[\\/](program-view|schedule|progress-summary|task-progress|clip-text)\.ts$/,
  /[\\/]src[\\/]i18n[\\/]checklist-store-ui\.ts$/,
  /[\\/]src[\\/]islands[\\/]use-planner-ready\.ts$/,
);

const LADDER_RECORDS = any(
  /[\\/]src[\\/]schemas[\\/](ladder-slugs|ladder-records)\.ts$/,
  /[\\/]src[\\/]lib[\\/](ladder-records|ladder-merge|evidence-link)\.ts$/,
  /[\\/]src[\\/]stores[\\/]ladder-records\.ts$/,
  /[\\/]src[\\/]i18n[\\/]ladder-store-ui\.ts$/,
);

export const CLIENT_CHUNK_GROUPS: readonly ChunkGroup[] = [
  { name: 'preload-helper', test: any(/vite[\\/]preload-helper/), priority: 6 },
  {
    name: 'valibot',
    test: any(/[\\/]node_modules[\\/]valibot[\\/]/, /[\\/]src[\\/]schemas[\\/]plain-object\.ts$/),
    priority: 5,
  },
  { name: 'site', test: SITE, priority: 4 },
  { name: 'planner-core', test: PLANNER_CORE, priority: 3 },
  { name: 'ladder-records', test: LADDER_RECORDS, priority: 2, includeDependenciesRecursively: false },
  { name: 'checklist-data', test: CHECKLIST_DATA, priority: 1, includeDependenciesRecursively: false },
];

/** The group that claims a module by its own id first (what it is imported along with is Rolldown's to add). */
export function chunkGroupOf(id: string): string | undefined {
  return [...CLIENT_CHUNK_GROUPS].sort((a, b) => b.priority - a.priority).find((group) => group.test(id))?.name;
}

/*
 * A component's script is an entry named after it, as Vite names it: `BaseLayout.astro_astro_type_script_index_0_lang`.
 * Every file that imports the shell's file (the handbook layout's, the continue card's, the planners' shared
 * file) writes that name out, where gzip finds nothing to share it with: 36 bytes a file on the job family page,
 * which must stay within 3 KB. So the file is named after the component alone (`BaseLayout.<hash>.js`).
 */
const SCRIPT_NAME_TAIL = /\.astro_astro_type_script_index_(\d+)_lang(?=\.)/;

/** A file name of the browser bundle without the tail Vite gives a component's script (the first of a component keeps no number). */
export function shortFileName(fileName: string): string {
  return fileName.replace(SCRIPT_NAME_TAIL, (_, index: string) => (index === '0' ? '' : `-${index}`));
}

/** Rolldown's output options with their naming of entries and chunks (Astro's functions) passed through `shortFileName`. */
export function withShortFileNames<Output extends object>(output: Output): Output {
  const named = { ...output } as Record<string, unknown>;
  for (const key of ['entryFileNames', 'chunkFileNames']) {
    const names = named[key];
    if (typeof names === 'function') named[key] = (chunk: unknown) => shortFileName(names(chunk));
  }
  return named as Output;
}
