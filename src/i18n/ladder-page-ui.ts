import { translator } from './translator';

/**
 * The career ladder page's words that never change on the page (its lead,
 * notes, section titles and each level's reading aids), rendered at build
 * time around the ladder tool: they never ship as JavaScript, as the manager
 * page's fixed words (manager-page-ui.ts). The tool's own strings are in
 * ladder-ui.ts. Looked up with `lpt`.
 */
export const ladderPageUi = {
  'ladder.pageDescription':
    'Compare any two CSM job levels side by side, assess yourself against the next one with evidence, and draft your promotion document.',
  'ladder.lead':
    'Compare any two levels of the CSM job family, rate yourself on what is new with evidence, and take a promotion document draft to your manager.',
  'ladder.breadcrumbTitle': 'Career ladder',
  'ladder.siteNote':
    'A tool of this site, built from the job family page: the items are the page’s own words; comparisons, notes and your self-assessment are the site’s.',
  'ladder.fromPage': 'Read the job family page',
  'ladder.openLadder': 'Open the career ladder',
  'ladder.openLadderText': 'Compare levels side by side, assess yourself with evidence and draft a promotion document.',
  'ladder.compareWith': 'Compare with another level',
  'ladder.compareWithLevel': 'Compare with {level}',
  'ladder.compareWithBelow': 'Compare with the level below',
  'ladder.noScript':
    'Comparing other levels and the self-assessment need JavaScript. Senior CSM and Staff CSM are compared below, and every level is listed in full further down.',
  'ladder.aspiringTitle': 'Before you start: what the aspiring leaders program says',
  'ladder.promotionDocTitle': 'What the CSM manager handbook says about the promotion document',
  'ladder.reportsTo': 'Reports to the {manager}',
  'ladder.everyLevel': 'Every level, in full',
  'ladder.everyLevelIntro':
    'Each level as the job family page states it: its own items, then what it extends, folded. “Extends” chains are followed to the end.',
  'ladder.inherited': {
    one: 'Also, from the levels it extends: 1 item',
    other: 'Also, from the levels it extends: {count} items',
  },
  'ladder.noOwnItems': 'The page lists none of its own.',
  'ladder.specialtiesTitle': 'Specialties',
  'ladder.specialtiesIntro': 'A specialty adds its items to a level: pick one above to add it to both levels compared.',
  'ladder.quirksTitle': 'What the job family page says, as it says it',
  'ladder.quirksIntro':
    'The ladder follows the page’s words; where they are surprising, it says so rather than fixing them.',
  'ladder.careerLadderSays': 'The page’s own “Career Ladder” section says: “{text}”',
} as const;

/** Looks up a ladder page string (see `translator`). */
export const lpt = translator(ladderPageUi);
