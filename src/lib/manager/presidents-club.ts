import { CLUB_CHOICES, CRITERION_IDS } from '../../schemas/manager';
import { FIGURE_FIELDS, type FigureField } from './club-figures';
import { tidyName } from './names';
import type { CriterionId } from './toolkit';

/*
 * President's Club scoring, by the seed's rules:
 * - 1st place 50 points, 2nd 35, 3rd 15; none after the top three,
 * - unless several CSMs have 100 % in a category: each of them gets 50
 *   (read where 100 % is the most a CSM can have, the "% of Accounts"
 *   criteria, as the seed's example, success plans, is: a net ARR
 *   contribution can pass 100 %, and one above 100 % is never placed below it),
 * - two or more CSMs tying for a position: "50 points each for top place",
 * - a CSM scoring 0 in a category gets 0 there (never "defaulting to 3rd"),
 *   and 1st/2nd stay 50/35.
 * Places are counted within each team: the seed's final tally is "Top CSMs
 * per team by points", and its conditions speak of "a smaller team" whose
 * CSMs would otherwise default to 3rd place, which only a team's own
 * ranking can do. A team is one whatever its letter case and spacing ("East",
 * "east", "East "), named as first written: a typo makes no team of its own.
 * Where the seed is silent or says two things, the reader chooses
 * (`ClubChoices`); a case that needs a choice not yet made scores nothing
 * and is listed in `pending`, never guessed.
 */

/** Points for 1st, 2nd and 3rd place, the seed's (a test checks them against its data). */
export const PLACE_POINTS = [50, 35, 15] as const;

// The five criteria and each gap's choices are listed once, beside the stored tally's schema, which reads them too.
export { CLUB_CHOICES, CRITERION_IDS };
/**
 * The criteria the 100 % rule ("multiple CSMs with 100%", "success plans for example") is read for: the "% of
 * Accounts" ones, where 100 % is the most a CSM can have. Not workshops, a count, nor the net ARR contribution,
 * which can pass 100 %: there several at 100 % with 50 each would score above a CSM at 200 %.
 */
export const HUNDRED_RULE_CRITERIA: ReadonlySet<CriterionId> = new Set(['ebr', 'green-plans', 'adoption-plays']);

export interface CsmEntry {
  id: string;
  name: string;
  team: string;
  /** netARR of closed opps the CSM is assigned to. */
  netArr?: number | undefined;
  /** Ending ARR managed by the CSM. */
  endingArr?: number | undefined;
  ebr?: number | undefined;
  greenPlans?: number | undefined;
  adoptionPlays?: number | undefined;
  workshops?: number | undefined;
  /**
   * Figures the reader typed and the tally refused (readFigure), while the page is open, each as its CSM's id and
   * field ("c1ebr"), anyone's: scored as not entered.
   */
  toFix?: ReadonlySet<string> | undefined;
}

/** "Scoring Process for each of the 4 categories" over five listed criteria: which the reader scores. */
type CategoryChoice = 'all-five' | `without-${CriterionId}`;
/** Ties for 2nd or 3rd place (the seed names only ties for top place). */
type LowerTieChoice = 'same-place' | 'fifty-each' | 'share';
/** The place of the next CSM after a tie: the next place (35 after a tie for 1st), or counted by CSMs above (15). */
type AfterTieChoice = 'next-place' | 'count-csms';

export interface ClubChoices {
  categories?: CategoryChoice | undefined;
  lowerTie?: LowerTieChoice | undefined;
  afterTie?: AfterTieChoice | undefined;
}

type GapId = 'lowerTie' | 'afterTie';

interface CategoryResult {
  criterion: CriterionId;
  /** Per CSM: value used, place (undefined: not placed), points (undefined: waits for a choice), and why. */
  rows: { id: string; value: number | undefined; place: number | undefined; points: number | undefined; why: Why }[];
}

type Why =
  | 'place'
  | 'tie-top'
  | 'hundred'
  | 'tie-same'
  | 'tie-fifty'
  | 'tie-share'
  | 'after-top-three'
  | 'zero'
  | 'missing'
  | 'ending-zero'
  | 'pending'
  | 'to-fix';

interface TallyRow {
  id: string;
  /** The name the CSM is shown by: the caller's, told apart from another of the same name (namesApart). */
  name: string;
  team: string;
  total: number;
  /**
   * Why the total is not final, in the working's words (`manager.why.*`): some category waits for a choice
   * ('pending'), or a figure scored was refused as typed and counts as not entered ('to-fix').
   */
  incomplete: 'pending' | 'to-fix' | undefined;
}

interface TeamResult {
  team: string;
  /** The team's CSMs, most points first. */
  rows: TallyRow[];
  /** The working: each scored category, placed within the team. */
  categories: CategoryResult[];
}

export interface ClubResult {
  /** The criteria scored, in the seed's order. */
  criteria: CriterionId[];
  /** The teams, by name. */
  teams: TeamResult[];
  /** Choices the entries need and the reader has not made. */
  pending: GapId[];
}

/**
 * The criterion value of one CSM: criterion 1 is netARR / ending ARR, as a percentage; each other criterion is
 * its figure as typed (FIGURE_FIELDS has them in the criteria's order, after criterion 1's two).
 */
export function criterionValue(entry: CsmEntry, criterion: CriterionId): number | undefined {
  // A figure refused as typed is none, whatever is stored (the figure the field was last left with).
  if (toFix(entry, criterion)) return undefined;
  if (criterion !== 'net-arr') return entry[FIGURE_FIELDS[CRITERION_IDS.indexOf(criterion) + 1] as FigureField];
  const { netArr, endingArr } = entry;
  return netArr === undefined || endingArr === undefined || endingArr <= 0 ? undefined : (netArr / endingArr) * 100;
}

/** Whether a figure of `criterion` (criterion 1 has two) was refused as typed (CsmEntry.toFix). */
const toFix = (entry: CsmEntry, criterion: CriterionId) =>
  (criterion === 'net-arr' ? ['netArr', 'endingArr'] : [FIGURE_FIELDS[CRITERION_IDS.indexOf(criterion) + 1]]).some(
    (field) => entry.toFix?.has(entry.id + field),
  );

export function scoredCriteria(choice: CategoryChoice | undefined): CriterionId[] {
  return choice && choice !== 'all-five'
    ? CRITERION_IDS.filter((id) => `without-${id}` !== choice)
    : [...CRITERION_IDS];
}

/**
 * A sum of points without the floating-point noise of shared points (50 / 3 three times is 50.00000000000001):
 * points are kept exact and rounded only where they are shown (figuresApart, formatNumber). Rounding each
 * share to 2 decimals first made three shares of 50 total 50.01, placed ahead of a plain 50. Two different
 * totals of shares (multiples of 5 over tie sizes) differ by far more than 1e-9.
 */
const withoutNoise = (value: number) => Math.round(value * 1e9) / 1e9;

/** A figure's place in its category (undefined: waits for a choice) and how many CSMs share it. */
type Placed = { place: number | undefined; size: number };

/** Scores one category. */
export function scoreCategory(
  criterion: CriterionId,
  entries: readonly CsmEntry[],
  choices: ClubChoices,
  pending: Set<GapId>,
): CategoryResult {
  const values = entries.map((entry) => ({ entry, value: criterionValue(entry, criterion) }));
  // 0 places nowhere (condition 3); missing values are not ranked.
  const ranked = values.filter((v): v is typeof v & { value: number } => v.value !== undefined && v.value > 0);
  const distinct = [...new Set(ranked.map((v) => v.value))].sort((a, b) => b - a);
  const rows: CategoryResult['rows'] = [];
  // Each distinct value is a place. After a tie, the next place is the seed's gap: counted by places
  // (dense: 1, 1, 2) or by CSMs above (1, 1, 3). Asked only when the two readings give different points.
  const placeOf = new Map<number, Placed>();
  let above = 0;
  distinct.forEach((value, index) => {
    const size = ranked.filter((v) => v.value === value).length;
    const byPlaces = index + 1;
    const byCsms = above + 1;
    const place =
      byPlaces === byCsms || byPlaces > 3
        ? byPlaces
        : choices.afterTie === 'next-place'
          ? byPlaces
          : choices.afterTie === 'count-csms'
            ? byCsms
            : undefined;
    placeOf.set(value, { place, size });
    above += size;
  });
  for (const { entry, value } of values) {
    // One row per CSM: each case below says its place, points and why (one push, the fields named once).
    const row = (place: number | undefined, points: number | undefined, why: Why) =>
      rows.push({ id: entry.id, value, place, points, why });
    if (value === undefined) {
      // An ending ARR of 0: netARR cannot be divided by it, whatever netARR is (entered or not). The seed is
      // silent; the box of gaps says what the tally does.
      row(
        undefined,
        0,
        toFix(entry, criterion)
          ? 'to-fix'
          : criterion === 'net-arr' && entry.endingArr === 0
            ? 'ending-zero'
            : 'missing',
      );
      continue;
    }
    if (value <= 0) {
      row(undefined, 0, 'zero');
      continue;
    }
    // Every figure above 0 has its place (distinct holds it).
    const { place, size } = placeOf.get(value) as Placed;
    if (place === undefined) {
      pending.add('afterTie');
      row(undefined, undefined, 'pending');
      continue;
    }
    if (place === 1) {
      // Several at 100 % where it is the most a CSM can have are a tie for top place, 50 each either way: named by
      // the seed's rule for them.
      row(
        place,
        PLACE_POINTS[0],
        size < 2 ? 'place' : value === 100 && HUNDRED_RULE_CRITERIA.has(criterion) ? 'hundred' : 'tie-top',
      );
      continue;
    }
    if (place > 3) {
      row(place, 0, 'after-top-three');
      continue;
    }
    if (size === 1) {
      row(place, PLACE_POINTS[place - 1], 'place');
      continue;
    }
    // A tie for 2nd or 3rd: the seed does not say.
    if (choices.lowerTie === 'same-place') {
      row(place, PLACE_POINTS[place - 1], 'tie-same');
    } else if (choices.lowerTie === 'fifty-each') {
      row(place, PLACE_POINTS[0], 'tie-fifty');
    } else if (choices.lowerTie === 'share') {
      // The points of the places the tied CSMs take, shared equally (places after 3rd are worth 0).
      let sum = 0;
      for (let p = place; p < place + size; p += 1) sum += PLACE_POINTS[p - 1] ?? 0;
      row(place, sum / size, 'tie-share');
    } else {
      pending.add('lowerTie');
      row(place, undefined, 'pending');
    }
  }
  return { criterion, rows };
}

/** Scores every chosen category within each team and tallies each team's CSMs. */
export function scoreClub(entries: readonly CsmEntry[], choices: ClubChoices): ClubResult {
  const pending = new Set<GapId>();
  const criteria = scoredCriteria(choices.categories);
  // Each team under its name in lower case, with the name as first written and its CSMs.
  const byTeam = new Map<string, [string, CsmEntry[]]>();
  for (const entry of entries) {
    // One team whatever the letter case and spacing ("East", "east", "East "): a typo makes no team of its own,
    // with its own 1st place. The team is named as first written.
    const team = tidyName(entry.team);
    const found = byTeam.get(team.toLowerCase());
    if (found) found[1].push(entry);
    else byTeam.set(team.toLowerCase(), [team, [entry]]);
  }
  const teams = [...byTeam.values()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([team, members]): TeamResult => {
      const categories = criteria.map((criterion) => scoreCategory(criterion, members, choices, pending));
      const rows = members.map((entry): TallyRow => {
        let total = 0;
        let incomplete: TallyRow['incomplete'];
        for (const category of categories) {
          const scored = category.rows.find((row) => row.id === entry.id);
          if (scored?.points === undefined) incomplete = 'pending';
          else total += scored.points;
          if (scored?.why === 'to-fix') incomplete ??= 'to-fix';
        }
        return {
          id: entry.id,
          name: entry.name,
          team,
          total: withoutNoise(total),
          incomplete,
        };
      });
      rows.sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
      return { team, rows, categories };
    });
  return { criteria, teams, pending: [...pending] };
}
