import { translator } from './translator';

/**
 * The words of "My week as a manager" on My progress
 * (src/islands/my-progress/ManagerWeek.tsx), apart from the toolkit's own
 * (src/i18n/manager-ui.ts) so the manager page does not carry them. Looked
 * up with `wt`.
 */
export const managerWeekUi = {
  'manager.weekTitle': 'My week as a manager',
  'manager.weekIntro': 'From the manager toolkit on the CSM Manager Handbook page.',
  'manager.weekEmpty':
    'Nothing logged yet. The review cadences, the 1:1 agenda and the President’s Club tally are on the CSM Manager Handbook page.',
  'manager.weekRenewalUnset': 'At least twice-monthly, on days the handbook does not name:',
  'manager.weekChooseDays': 'choose them on the manager page',
  // No full stop here: the week's label may end a sentence of its own (the 5th week's does); endSentence adds one.
  'manager.weekAgenda': 'This week’s 1:1 agenda: {week}',
  'manager.weekOpenItems': {
    one: '1 open agenda item carried over.',
    other: '{count} open agenda items carried over.',
  },
  'manager.weekOneOnOnes': '1:1s this week: {done} of {total} held.',
  'manager.weekIdp': 'IDP syncs this quarter: {done} of {total} held.',
  'manager.openManagerPage': 'Open the manager toolkit',
  // The tally's view, loaded with no click (ClubSlot.tsx), could not come: said as the ladder card's is.
  'manager.weekClubFailed':
    'The President’s Club tally could not load. Nothing is lost: your progress stays in this browser. Reload the page to try again.',
  // Twin of manager-page-ui's manager.agendaTitle, manager-page-ui's manager.agendaPart:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.weekAgendaTitle': 'This week’s 1:1 agenda',
  'manager.weekCarriedTitle': 'Open agenda items carried over',
  'manager.weekTeamTitle': '1:1s and IDP syncs',
} as const;

/**
 * The toolkit's own strings (manager-ui.ts) that "My week" shows, by key or
 * key prefix: My progress carries only these (ManagerUiStrings), not the
 * whole dictionary. tests/unit/manager-i18n.test.ts checks the list.
 */
export const TOOLKIT_STRINGS_FOR_WEEK = [
  'manager.state.',
  'manager.week.',
  'manager.fifthWeek',
  'manager.lastDone',
  'manager.neverDone',
  'manager.callsTitle',
  'manager.unknown',
  // The tally's view (ClubCard.tsx), in the tally's own words.
  'manager.needsChoice',
  'manager.noTeamName',
  // Its word for a CSM not named yet, "CSM 2" (clubNames).
  'manager.colCsm',
] as const;

/** Looks up a My week as a manager string (see `translator`). */
export const wt = translator(managerWeekUi);
