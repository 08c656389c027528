import { translator } from './translator';

/**
 * What the career ladder's store says (evidence added, deleted and put back, limits,
 * records from a newer version), looked up with `lst`. A module of its own,
 * imported by the store only, so it goes where the store goes (the ladder page
 * and My progress) and not into every planner page's first load, as it would
 * in `ui`. The ladder page's own strings are in ladder-ui.ts.
 */
export const ladderStoreUi = {
  'ladder.evidenceAdded': 'Added “{title}” to your record.',
  'ladder.evidenceDeleted': 'Deleted “{title}” from your record.',
  'ladder.evidenceRestored': 'Put “{title}” back.',
  'ladder.evidenceFull': 'Your record holds {max} pieces of evidence, the most it can. Delete one to add another.',
  'ladder.evidenceFullItem': 'This item has {max} pieces of evidence, the most it can hold.',
  'ladder.lockedRecord':
    'This career ladder record was saved by a newer version of the site, so it is kept as it is and not changed here.',
} as const;

/** Looks up a string of `ladderStoreUi` (see `translator`). */
export const lst = translator(ladderStoreUi);
