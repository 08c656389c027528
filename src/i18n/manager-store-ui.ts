import { translator } from './translator';

/**
 * What the manager toolkit's store says (undo, limits, records from a newer
 * version), looked up with `mst`. A module of its own, imported by the store
 * only, so it goes where the store goes (the manager page's tools and My
 * progress) and not into every planner page's first load, as it would in `ui`.
 * The toolkit's islands' strings are in manager-ui.ts.
 */
export const managerStoreUi = {
  'manager.locked':
    'This manager toolkit record was saved by a newer version of the site, so it is shown but not changed here.',
  'manager.sessionDeleted': 'Session deleted.',
  'manager.rosterFull': 'The team list is full ({max} people).',
  'manager.clubFull': 'The tally is full ({max} CSMs).',
  'manager.clubCleared': 'Tally cleared.',
  'manager.memberRemoved': '{name} removed from the team.',
  'manager.csmRemoved': '{name} and their figures removed from the tally.',
  'manager.undone': 'Put back.',
  // Undo or Bring them back finding a CSM back already, put back by the other (in two tabs): not added twice.
  'manager.alreadyBack': 'Already put back in another tab or window.',
} as const;

/** Looks up a string of `managerStoreUi` (see `translator`). */
export const mst = translator(managerStoreUi);
