import { translator } from './translator';

/**
 * The career ladder page's words that never change on the page (its lead,
 * notes, section titles, each level's reading aids and the page's quirks), rendered at build
 * time around the ladder tool: they never ship as JavaScript, as the manager
 * page's fixed words (manager-page-ui.ts). The tool's own strings are in
 * ladder-ui.ts. Looked up with `lpt`.
 */
export const ladderPageUi = {
  'ladder.pageDescription':
    'Compare any two CSM job levels side by side, assess yourself against the next one with evidence, and draft your promotion document.',
  'ladder.lead':
    'Compare any two levels of the CSM job family, rate yourself on what is new with evidence, and take a promotion document draft to your manager.',
  // The page's title, its heading and its breadcrumb.
  // Twin of export-ui's ladder.md.ladder, progress-ui's progressPage.ladderTitle, page-ui's nav.careerLadder:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.pageTitle': 'Career ladder',
  // Said once for the whole tool: the levels' titles are the page's (its headings), its two tracks the site's.
  'ladder.siteNote':
    'A tool of this site, built from the job family page: the items and the levels’ titles are the page’s own words; comparisons, notes and your self-assessment are the site’s, and so are the two tracks, individual contributor and manager: the page names no tracks.',
  'ladder.fromPage': 'Read the job family page',
  'ladder.openLadder': 'Open the career ladder',
  // What the site notes on the job family page and the ladder page are about: each note's name among the landmarks.
  'ladder.bannerAbout': 'the career ladder',
  'ladder.siteNoteAbout': 'how the career ladder is made',
  'ladder.gradeSentenceAbout': 'the {level}’s job grade',
  'ladder.openLadderText': 'Compare levels side by side, assess yourself with evidence and draft a promotion document.',
  'ladder.compareWith': 'Compare with another level',
  'ladder.compareWithLevel': 'Compare with {level}',
  'ladder.compareWithBelow': 'Compare with the level below',
  // A level link's note on the job family page, among the handbook's words (src/build/ladder-links.ts).
  'ladder.noteOnPage': 'From this site:',
  'ladder.noScript':
    'Comparing other levels and the self-assessment need JavaScript. Senior CSM and Staff CSM are compared below, and every level is listed in full further down.',
  'ladder.aspiringTitle': 'Before you start: what the aspiring leaders program says',
  'ladder.promotionDocTitle': 'What the handbook says about the promotion document',
  'ladder.reportsTo': 'Reports to the {manager}',
  // A level's track on its own line, beside its grade: capitalised, as the sentences' `ladder.trackLong.*` are not.
  'ladder.trackLine.ic': 'Individual contributor track',
  'ladder.trackLine.manager': 'Manager track',
  'ladder.everyLevel': 'Every level, in full',
  'ladder.everyLevelIntro':
    'Each level as the job family page states it: its own items, then what it extends, folded. “Extends” chains are followed to the end.',
  'ladder.inherited': {
    one: 'Also, from the levels it extends: 1 item',
    other: 'Also, from the levels it extends: {count} items',
  },
  'ladder.noOwnItems': 'The page lists none of its own.',
  'ladder.specialtiesTitle': 'Specialties',
  // Said as the specialty picker above stands (ladder.css): without the tool it does nothing, so it is not mentioned.
  'ladder.specialtiesIntro': 'A specialty adds its items to a level.',
  'ladder.specialtiesPick': 'A specialty adds its items to a level: pick one above to add it to both levels compared.',
  'ladder.specialtiesPicked':
    'A specialty adds its items to a level: the one picked above is added to both levels compared.',
  'ladder.quirksTitle': 'What the job family page says, as it says it',
  'ladder.quirksIntro':
    'The ladder follows the page’s words; where they are surprising, it says so rather than fixing them.',
  'ladder.quirk.missing-grade':
    'No level is job grade {grades}: the page goes from grade {below} ({belowLevel}) to grade {above} ({aboveLevel}).',
  'ladder.quirk.shared-grade': '{levels} are all job grade {grade}: the grade alone does not tell which is higher.',
  'ladder.quirk.grade-sentence':
    'The {level} section’s grade sentence, upstream, reads “{upstream}”: it names the Director of Customer Success, whose own section says grade 10. This site’s page reads “{sentence}”; the ladder takes grade {grade} as the {level}’s.',
  'ladder.quirk.grade-sentence-plain':
    'The {level} section’s grade sentence reads “{sentence}”, naming another level; the ladder takes grade {grade} as the {level}’s.',
  // The job family page's site note after that sentence, which it keeps as the handbook writes it (gradeSentenceNote).
  'ladder.gradeSentenceNote':
    'The handbook’s sentence names the {named} under the {level}’s job grade; the {named}’s own section gives job grade {namedGrade}. The career ladder takes grade {grade} as the {level}’s.',
  'ladder.quirk.starts-fresh':
    '{level} extends no other level: the manager track starts with its own lists, and nothing of Senior or Staff CSM carries over.',
  'ladder.quirk.restated': {
    one: '{level} restates 1 of the {group} it extends; it is counted once, where it first appears.',
    other: '{level} restates {count} of the {group} it extends; each is counted once, where it first appears.',
  },
  'ladder.quirk.family-stated': {
    one: '1 of the job family’s own {group} (listed at the top of the page for the whole family) appears again only under {levels}. The page does not say whether the family’s lists apply at every level, so comparisons show it apart: not new at {levels}, not rated, not a gap.',
    other:
      '{count} of the job family’s own {group} (listed at the top of the page for the whole family) appear again only under {levels}. The page does not say whether the family’s lists apply at every level, so comparisons show them apart: not new at {levels}, not rated, not gaps.',
  },
  // A group of a level's items, as the two quirks above name it ({group}).
  'ladder.quirk.group.responsibilities': 'responsibilities',
  'ladder.quirk.group.requirements': 'requirements',
  'ladder.quirk.group.indicators': 'performance indicators',
  'ladder.quirk.group.specialty': 'specialty items',
  'ladder.careerLadderSays': 'The page’s own “Career Ladder” section says: “{text}”',
} as const;

/** Looks up a ladder page string (see `translator`). */
export const lpt = translator(ladderPageUi);
