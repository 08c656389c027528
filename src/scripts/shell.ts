/*
 * The script every page runs, as one file: the search dialog's opener and the theme choice (the frame guard
 * runs with the islands, on the pages that have them: src/browser/frame.ts). One entry rather than one per component: three
 * small files cost about 200 bytes more gzip than one, and that is what keeps
 * a plain page within the 3 KB of JavaScript the site allows (docs/performance.md,
 * "Budgets"). It shares its file with the storage code every page uses (the `site` group,
 * src/build/chunk-groups.ts). The handbook layout's menu, contents and progress marks are one file of their
 * own (src/scripts/handbook-shell.ts), and the home page's continue card stays with its component.
 */
import './search-open';
import './theme-select';
