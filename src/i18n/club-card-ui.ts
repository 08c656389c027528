import { translator } from './translator';

/**
 * The words of the President's Club tally's view on My progress
 * (src/islands/my-progress/ClubCard.tsx). The view loads on demand, only for
 * a reader who has a tally, so its words load with it and not with the page;
 * the toolkit's own words it shows ("needs your choice", "(no team)") are
 * the page's copy of manager-ui.ts (TOOLKIT_STRINGS_FOR_WEEK). Looked up with `cct`.
 */
export const clubCardUi = {
  // Twin of manager-page-ui's manager.clubTitle, export-ui's manager.mdClubTitle:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'clubCard.title': 'President’s Club tally',
  'clubCard.intro': 'Each team’s CSMs, most points first, as the tally ranks them.',
  'clubCard.csm': '{name}, {points} points',
  'clubCard.edit': 'Edit the tally on the manager page',
} as const;

/** Looks up a string of `clubCardUi` (see `translator`). */
export const cct = translator(clubCardUi);
