import { translator } from './translator';

/**
 * Whether the reader's last change is saved, in the words of every planner that shows it (SaveState.tsx): the plan
 * builder and the career ladder. "In this browser" because that is where it is: nothing leaves it.
 */
export const saveStateUi = {
  'save.saved': 'Saved in this browser',
  'save.saving': 'Saving…',
  'save.failed': 'Not saved',
} as const;

/** Looks up a save state's words (see `translator`). */
export const sst = translator(saveStateUi);
