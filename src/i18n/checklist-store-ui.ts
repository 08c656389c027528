import { translator } from './translator';

/**
 * What the checklists' store says (resets and their undo, records from a newer
 * version, the progress summary's block names, the counts' words for tasks not
 * read), and the few words a program's panel and its My progress card share,
 * looked up with `cst`. A module of its own, imported by the store, the summary
 * and those two, so it goes where the
 * store goes (the program pages and My progress)
 * and not into every planner page's first load, as it would in `ui`. The
 * program pages' other strings are in checklist-ui.ts.
 */
export const checklistStoreUi = {
  'storage.lockedTask': 'This task was saved by a newer version of the site and cannot be changed here.',
  'storage.lockedProgram': 'These settings were saved by a newer version of the site and cannot be changed here.',
  'storage.lockedMeta': 'Your backup details were saved by a newer version of the site and are left as they are.',
  'planner.resetDone': '{title} was reset.',
  'planner.resetKeptNewer': {
    one: '{title} was reset; 1 task saved by a newer version of the site was left as it is.',
    other: '{title} was reset; {count} tasks saved by a newer version of the site were left as they are.',
  },
  'planner.undone': '{title} is back.',
  // After a count ("0 of 80 done · …"): tasks whose record this page did not read (saved by a newer version, or not
  // read), worded with no plural to carry: what they are, that they are kept, where to read why (a line under the
  // list that holds one: checklist-ui.ts, planner.newerTask and planner.unreadTask). Here, not in ui.ts, as only the
  // checklists' pages and My progress count them (`unknownWords`, src/lib/task-progress.ts); the home page's card
  // writes it at build time. Twin of export-ui's export.unknown: said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.unknownCount': '{count} could not be read (kept as saved; the checklist says why)',
  // What a program's panel and its card on My progress say of it, and Reset's confirm: shown on those two pages only,
  // which both load this module with the store.
  'planner.programComplete': 'Program complete: well done!',
  'planner.allDone': 'Nothing left to do.',
  'planner.resetConfirm': 'Reset',
  // The progress summary's dated blocks for a part with no dated list of its own (src/lib/progress-summary.ts).
  'summary.week': 'Week {index}',
  'summary.month': 'Month {index}',
  'summary.beyondMonth': 'Beyond month {index}',
} as const;

/** Looks up a string of `checklistStoreUi` (see `translator`). */
export const cst = translator(checklistStoreUi);
