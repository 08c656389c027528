import { translator } from './translator';

/**
 * What the President's Club tally says when another tab removes CSMs shown here (src/islands/manager/club-told.ts), in the
 * words the plan builder uses for a plan deleted there (plan-elsewhere-ui.ts); looked up with `cet`. A module of
 * its own, loaded with that message only.
 */
export const clubElsewhereUi = {
  'club.removedThere': '“{name}” was removed in another tab or window.',
  'club.removedThereTyping':
    '“{name}” was removed in another tab or window while you were typing in their card: bring them back, and what you typed comes back with them.',
  'club.removedThereMany': '{count} CSMs were removed in another tab or window.',
  'club.bringBack': 'Bring them back',
} as const;

/** Looks up a string of `clubElsewhereUi` (see `translator`). */
export const cet = translator(clubElsewhereUi);
