import { translator } from './translator';

/**
 * The words of the career ladder card on My progress
 * (src/islands/my-progress/LadderCard.tsx). The card loads on demand, only
 * for a reader who has compared levels, so its words load with it and not
 * with the page. Looked up with `lct`.
 */
export const ladderCardUi = {
  'ladderCard.levels': '{from} to {to}',
  'ladderCard.specialty': 'Specialty: {specialty}',
  // Twin of ladder-ui's ladder.progress: said alike (tests/unit/i18n.test.ts, TWINS).
  'ladderCard.progress': {
    one: '{demonstrated} of 1 item demonstrated',
    other: '{demonstrated} of {count} items demonstrated',
  },
  // Twin of ladder-ui's ladder.progressPartly: said alike (tests/unit/i18n.test.ts, TWINS).
  'ladderCard.partly': '{count} partly',
  'ladderCard.lower': '{to} is below {from} on the ladder: nothing to assess for a promotion.',
  'ladderCard.nothingNew': '{to} has nothing new compared with {from}.',
  'ladderCard.unavailable':
    'Could not load the ladder’s items to count them: open the comparison to see your progress.',
  'ladderCard.loading': 'Counting…',
} as const;

/** Looks up a string of `ladderCardUi` (see `translator`). */
export const lct = translator(ladderCardUi);
