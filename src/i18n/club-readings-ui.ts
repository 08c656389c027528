import { translator } from './translator';

/**
 * What the President's Club tally does where the handbook is silent and there
 * is nothing to choose: each gap in the handbook's terms, then the site's
 * reading. One source for both places that say them: the tally's box of gaps
 * on the manager page (rendered at build time, ManagerTool.astro) and the
 * tally's Markdown export (src/lib/manager/markdown.ts, loaded on demand, with
 * these words), so a table pasted elsewhere does not pass the site's readings
 * off as the handbook's rules. Looked up with `crt`.
 */
export const clubReadingsUi = {
  'club.readingsTitle': 'This site’s readings (the handbook does not say)',
  'club.silent.team':
    'Its final tally is “per team” and its conditions speak of “a smaller team”, but it does not say whether places are counted within each team or across every CSM, nor when two teams’ names are one.',
  'club.here.team':
    'Here places are counted within each team. A team typed in another letter case or spacing is the same team (“East” and “east” are one), named as first written.',
  'club.silent.zero':
    'It says a score of 0 gets no points “in a smaller team”, without saying what a smaller team is, or what a score below 0 gets (net ARR can fall).',
  'club.here.zero': 'Here 0 or less gets no points, in every team.',
  'club.silent.missing': 'It does not say what a figure not entered scores.',
  'club.here.missing': 'Here it scores no points, marked “not entered”.',
  'club.silent.endingZero':
    'It does not say what the net ARR contribution is when the ending ARR managed is 0 (netARR cannot be divided by 0).',
  'club.here.endingZero': 'Here it scores no points, marked “ending ARR is 0”.',
  'club.silent.hundred':
    'It gives each CSM scoring 100 % 50 points (“success plans for example”), but a net ARR contribution can be above 100 %, where 100 % is not the top.',
  'club.here.hundred':
    'Here the 100 % rule applies to the three “% of Accounts” criteria, where 100 % is the most a CSM can have; net ARR contributions are placed by their figure, so a higher one never scores less than a lower one.',
  'club.silent.top': 'It does not say how many CSMs of a team are “top”.',
  'club.here.top': 'Here every CSM is listed, most points first.',
  'club.silent.ties': 'It does not say in what order CSMs with equal points are listed.',
  'club.here.ties': 'Here they are listed by name, in alphabetical order.',
} as const;

/** The readings, in the order the box of gaps and the export give them. */
export const CLUB_READINGS = ['team', 'zero', 'missing', 'endingZero', 'hundred', 'top', 'ties'] as const;

/** Looks up a string of `clubReadingsUi` (see `translator`). */
export const crt = translator(clubReadingsUi);
