import { translator } from './translator';

/**
 * What the checklists' store says (resets and their undo, records from a newer
 * version), looked up with `cst`. A module of its own, imported by the store
 * only, so it goes where the store goes (the program pages and My progress)
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
  'planner.undone': '{title} is back as it was.',
  'planner.undoneKept': {
    one: '{title} is back, except 1 item changed since the reset, which keeps its newer state.',
    other: '{title} is back, except {count} items changed since the reset, which keep their newer state.',
  },
} as const;

/** Looks up a string of `checklistStoreUi` (see `translator`). */
export const cst = translator(checklistStoreUi);
