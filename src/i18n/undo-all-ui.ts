import { translator } from './translator.ts';

/**
 * What Undo of a restore or of Reset all says (src/stores/undo-all.ts): loaded with that code, when a restore or a
 * reset is done, rather than with My progress, which most visits never undo.
 */
export const undoAllUi = {
  'restore.undone': 'Undone: your data is back as it was.',
  'restore.undoneKept': {
    one: 'Undone, except 1 record changed since, which keeps its newer state.',
    other: 'Undone, except {count} records changed since, which keep their newer state.',
  },
  'restore.undoneMerged': 'Undone: your data is back as it was, and what was added since is kept too.',
  'restore.undoneAside': {
    one: 'Undone, except 1 record changed since, which keeps its newer state; what it held before is kept aside in this browser, under a key starting with “csm-handbook:recovered:”.',
    other:
      'Undone, except {count} records changed since, which keep their newer state; what they held before is kept aside in this browser, under keys starting with “csm-handbook:recovered:”.',
  },
  'restore.undoneAsideFailed': {
    one: 'Undone, except 1 record changed since, which keeps its newer state. What it held before could not be kept aside: the browser’s storage is full.',
    other:
      'Undone, except {count} records changed since, which keep their newer state. What they held before could not be kept aside: the browser’s storage is full.',
  },
} as const;

/** Looks up a string of `undoAllUi` (see `translator`). */
export const ut = translator(undoAllUi);
