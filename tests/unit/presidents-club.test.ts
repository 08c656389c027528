import { describe, expect, it } from 'vitest';
import toolkitData from '../../content/manager-toolkit.json';
import { FIGURE_FIELDS, FIGURE_KINDS, type FigureField } from '../../src/lib/manager/club-figures';
import { clubMarkdown } from '../../src/lib/manager/markdown';
import {
  type ClubChoices,
  CRITERION_IDS,
  type CsmEntry,
  criterionValue,
  HUNDRED_RULE_CRITERIA,
  PLACE_POINTS,
  scoreCategory,
  scoreClub,
  scoredCriteria,
} from '../../src/lib/manager/presidents-club';
import { CRITERIA, type CriterionId } from '../../src/lib/manager/toolkit';
import { endSentence, figuresApart, formatNumber } from '../../src/lib/manager/words';

/** CSMs by name, each with their team and a value in the EBR category (a percentage); an id is the name in lower case. */
function inTeams(rows: [name: string, team: string, value: number | undefined][]): CsmEntry[] {
  return rows.map(([name, team, value]) => ({ id: name.toLowerCase(), name, team, ebr: value }));
}

/** CSMs of one team with one value each in the EBR category. */
function ebr(values: Record<string, number | undefined>): CsmEntry[] {
  return inTeams(Object.entries(values).map(([name, value]) => [name, 'East', value]));
}

function points(entries: CsmEntry[], choices: ClubChoices = {}, criterion: CriterionId = 'ebr') {
  const pending = new Set<'lowerTie' | 'afterTie'>();
  const result = scoreCategory(criterion, entries, choices, pending);
  return {
    points: Object.fromEntries(result.rows.map((row) => [row.id, row.points])),
    why: Object.fromEntries(result.rows.map((row) => [row.id, row.why])),
    pending: [...pending],
  };
}

describe('President’s Club scoring, the seed’s rules', () => {
  it('scores the seed’s criteria in its order, with its units (the code’s lists match the data)', () => {
    expect(CRITERION_IDS).toEqual(CRITERIA.map((criterion) => criterion.id));
    expect(PLACE_POINTS).toEqual(toolkitData.points);
  });

  it('1st place 50, 2nd 35, 3rd 15, and no points after the top three', () => {
    expect(points(ebr({ Ana: 90, Ben: 80, Cy: 70, Di: 60 })).points).toEqual({ ana: 50, ben: 35, cy: 15, di: 0 });
  });

  it('several CSMs with 100 %: each of them gets 50', () => {
    const result = points(ebr({ Ana: 100, Ben: 100, Cy: 100, Di: 90 }), { afterTie: 'next-place' });
    expect(result.points).toMatchObject({ ana: 50, ben: 50, cy: 50 });
    expect(result.why.ana).toBe('hundred');
  });

  it('a tie for top place: 50 points each', () => {
    const result = points(ebr({ Ana: 90, Ben: 90, Cy: 70 }), { afterTie: 'next-place' });
    expect(result.points).toMatchObject({ ana: 50, ben: 50 });
    expect(result.why.ana).toBe('tie-top');
  });

  it('a CSM scoring 0 gets 0, never 3rd place by default; 1st and 2nd stay 50 and 35', () => {
    const result = points(ebr({ Ana: 90, Ben: 80, Cy: 0 }));
    expect(result.points).toEqual({ ana: 50, ben: 35, cy: 0 });
    expect(result.why.cy).toBe('zero');
  });

  it('a CSM without a value is not ranked and scores 0', () => {
    expect(points(ebr({ Ana: 90, Ben: undefined })).why.ben).toBe('missing');
  });

  it('net ARR contributions above 100 % are placed by their figure: a higher one never scores less than a lower one', () => {
    // Reported: 300 %, 200 %, 100 %, 100 % gave the two at 100 % "several at 100 %: 50 each" and 200 % 35.
    const contribution = (id: string, netArr: number): CsmEntry => ({
      id,
      name: id,
      team: 'East',
      netArr,
      endingArr: 100,
    });
    const entries = [
      contribution('zed', 300),
      contribution('ann', 200),
      contribution('bo', 100),
      contribution('cy', 100),
    ];
    const result = points(entries, { lowerTie: 'same-place' }, 'net-arr');
    expect(result.points).toEqual({ zed: 50, ann: 35, bo: 15, cy: 15 });
    expect(result.why).toMatchObject({ bo: 'tie-same', cy: 'tie-same' });
  });

  it('the 100 % rule is for the "% of Accounts" criteria, where 100 % is the most a CSM can have', () => {
    expect([...HUNDRED_RULE_CRITERIA]).toEqual(['ebr', 'green-plans', 'adoption-plays']);
    // Their figures are the ones the tally holds between 0 and 100.
    expect(
      [...HUNDRED_RULE_CRITERIA].map((id) => FIGURE_KINDS[FIGURE_FIELDS[CRITERION_IDS.indexOf(id) + 1] as FigureField]),
    ).toEqual(['percent', 'percent', 'percent']);
  });

  it('an ending ARR of 0 scores no points, for its own reason: netARR cannot be divided by it', () => {
    const entries: CsmEntry[] = [
      { id: 'ann', name: 'Ann', team: 'East', netArr: 10, endingArr: 100 },
      { id: 'dee', name: 'Dee', team: 'East', netArr: 10, endingArr: 0 },
      { id: 'eve', name: 'Eve', team: 'East', endingArr: 0 },
      { id: 'flo', name: 'Flo', team: 'East', netArr: 10 },
    ];
    const result = points(entries, {}, 'net-arr');
    expect(result.points).toEqual({ ann: 50, dee: 0, eve: 0, flo: 0 });
    // An ending ARR of 0 leaves nothing to divide by, whatever netARR is; Flo's ending ARR is not entered.
    expect(result.why).toEqual({ ann: 'place', dee: 'ending-zero', eve: 'ending-zero', flo: 'missing' });
    // The other criteria have no ending ARR to be 0.
    expect(points([{ id: 'dee', name: 'Dee', team: 'East', endingArr: 0 }]).why.dee).toBe('missing');
  });

  it('criterion 1 is netARR of closed opps divided by the ending ARR managed, as a percentage', () => {
    expect(criterionValue({ id: 'a', name: 'A', team: '', netArr: 150_000, endingArr: 1_000_000 }, 'net-arr')).toBe(15);
    expect(criterionValue({ id: 'a', name: 'A', team: '', netArr: 1, endingArr: 0 }, 'net-arr')).toBeUndefined();
  });

  it('tallies the top CSMs per team by points', () => {
    const entries: CsmEntry[] = [
      { id: 'ana', name: 'Ana', team: 'East', ebr: 90, workshops: 2 },
      { id: 'ben', name: 'Ben', team: 'East', ebr: 80, workshops: 5 },
      { id: 'cy', name: 'Cy', team: 'West', ebr: 70, workshops: 1 },
    ];
    const result = scoreClub(entries, {});
    // East: EBR Ana 50, Ben 35; workshops Ben 50, Ana 35. West: Cy is 1st in both.
    expect(result.teams.map(({ team, rows }) => ({ team, rows }))).toEqual([
      {
        team: 'East',
        rows: [
          { id: 'ana', name: 'Ana', team: 'East', total: 85, incomplete: undefined },
          { id: 'ben', name: 'Ben', team: 'East', total: 85, incomplete: undefined },
        ],
      },
      { team: 'West', rows: [{ id: 'cy', name: 'Cy', team: 'West', total: 100, incomplete: undefined }] },
    ]);
    expect(result.criteria).toEqual(CRITERION_IDS);
    expect(result.pending).toEqual([]);
  });

  it('counts places within each team ("Top CSMs per team", "In a smaller team"), not across teams', () => {
    const entries = inTeams([
      ['Ana', 'East', 90],
      ['Ben', 'East', 80],
      ['Cy', 'West', 70],
      ['Di', ' West ', 60],
    ]);
    const result = scoreClub(entries, { categories: 'all-five' });
    const west = result.teams.find((team) => team.team === 'West');
    expect(west?.rows.map((row) => [row.name, row.total])).toEqual([
      ['Cy', 50],
      ['Di', 35],
    ]);
    // Each team's working shows its own places.
    const westEbr = west?.categories.find((category) => category.criterion === 'ebr');
    expect(westEbr?.rows.map((row) => [row.id, row.place, row.points])).toEqual([
      ['cy', 1, 50],
      ['di', 2, 35],
    ]);
    expect(result.teams.find((team) => team.team === 'East')?.categories[1]?.rows.map((row) => row.id)).toEqual([
      'ana',
      'ben',
    ]);
  });

  it('matches team names without regard to letter case or runs of spaces, naming the team as first written', () => {
    // "Top CSMs per team": a typo in a team's name does not make a team of its own, with its own 1st place.
    const entries = inTeams([
      ['Ana', 'North  East', 90],
      ['Ben', 'north east', 80],
      ['Cy', ' NORTH EAST ', 70],
      ['Di', 'West', 60],
    ]);
    const result = scoreClub(entries, { categories: 'all-five' });
    expect(result.teams.map((team) => team.team)).toEqual(['North East', 'West']);
    expect(result.teams[0]?.rows.map((row) => [row.name, row.team, row.total])).toEqual([
      ['Ana', 'North East', 50],
      ['Ben', 'North East', 35],
      ['Cy', 'North East', 15],
    ]);
  });

  it('shared points are summed before they are rounded: three shares of 50 points tie with a plain 50', () => {
    // Ben, Cy and Di tie for 2nd in three categories and share 35 + 15 + 0 each time (16.666…); Ana is 1st once.
    // Rounded before summing, each share was 16.67 and their totals 50.01, placed ahead of Ana's 50.
    const entries: CsmEntry[] = [
      { id: 'ana', name: 'Ana', team: 'East', ebr: 90, greenPlans: 1, workshops: 1 },
      { id: 'ben', name: 'Ben', team: 'East', ebr: 80, greenPlans: 5, workshops: 5 },
      { id: 'cy', name: 'Cy', team: 'East', ebr: 80, greenPlans: 5, workshops: 5 },
      { id: 'di', name: 'Di', team: 'East', ebr: 80, greenPlans: 5, workshops: 5 },
      { id: 'eve', name: 'Eve', team: 'East', ebr: 10, greenPlans: 9, workshops: 9 },
    ];
    const result = scoreClub(entries, { categories: 'all-five', lowerTie: 'share', afterTie: 'count-csms' });
    const totals = Object.fromEntries(result.teams[0]?.rows.map((row) => [row.id, row.total]) ?? []);
    expect(totals).toEqual({ ana: 50, ben: 50, cy: 50, di: 50, eve: 100 });
    expect(result.teams[0]?.rows.map((row) => row.id)).toEqual(['eve', 'ana', 'ben', 'cy', 'di']);
  });

  it('a tie in one team asks for a choice without holding back another team’s points', () => {
    const result = scoreClub(
      inTeams([
        ['Ana', 'East', 90],
        ['Ben', 'East', 90],
        ['Cy', 'East', 80],
        ['Di', 'West', 80],
      ]),
      {},
    );
    expect(result.pending).toEqual(['afterTie']);
    expect(result.teams.find((team) => team.team === 'West')?.rows[0]).toMatchObject({
      total: 50,
      incomplete: undefined,
    });
    expect(result.teams.find((team) => team.team === 'East')?.rows.find((row) => row.id === 'cy')?.incomplete).toBe(
      'pending',
    );
  });
});

describe('President’s Club scoring, where the seed is silent: the reader’s choice', () => {
  it('"each of the 4 categories" over five criteria: all five by default, or four without the one chosen', () => {
    expect(scoredCriteria(undefined)).toHaveLength(5);
    expect(scoredCriteria('all-five')).toHaveLength(5);
    expect(scoredCriteria('without-workshops')).toEqual(['net-arr', 'ebr', 'green-plans', 'adoption-plays']);
  });

  it('a tie for 2nd place, unchosen: no points guessed, the choice is asked for', () => {
    const result = points(ebr({ Ana: 90, Ben: 80, Cy: 80, Di: 70 }));
    expect(result.points).toMatchObject({ ana: 50, ben: undefined, cy: undefined });
    expect(result.pending).toContain('lowerTie');
  });

  it('a tie for 2nd place: each gets 2nd place’s 35, or 50 each (the tie rule read for every place), or they share 35 + 15', () => {
    const entries = ebr({ Ana: 90, Ben: 80, Cy: 80, Di: 70 });
    const base = { afterTie: 'next-place' } as const;
    expect(points(entries, { ...base, lowerTie: 'same-place' }).points).toEqual({ ana: 50, ben: 35, cy: 35, di: 15 });
    expect(points(entries, { ...base, lowerTie: 'fifty-each' }).points).toEqual({ ana: 50, ben: 50, cy: 50, di: 15 });
    expect(points(entries, { ...base, lowerTie: 'share' }).points).toEqual({ ana: 50, ben: 25, cy: 25, di: 15 });
  });

  it('a tie for 3rd place shares 15 + 0 when sharing', () => {
    const entries = ebr({ Ana: 90, Ben: 80, Cy: 70, Di: 70 });
    expect(points(entries, { lowerTie: 'share' }).points).toEqual({ ana: 50, ben: 35, cy: 7.5, di: 7.5 });
    expect(points(entries, { lowerTie: 'same-place' }).points).toEqual({ ana: 50, ben: 35, cy: 15, di: 15 });
  });

  it('after a tie for 1st, the next CSM: unchosen is asked for; 2nd place (35) or 3rd place (15) as chosen', () => {
    const entries = ebr({ Ana: 90, Ben: 90, Cy: 80 });
    const unchosen = points(entries);
    expect(unchosen.points.cy).toBeUndefined();
    expect(unchosen.pending).toEqual(['afterTie']);
    expect(points(entries, { afterTie: 'next-place' }).points).toEqual({ ana: 50, ben: 50, cy: 35 });
    expect(points(entries, { afterTie: 'count-csms' }).points).toEqual({ ana: 50, ben: 50, cy: 15 });
  });

  it('after three CSMs tie for 1st, counting CSMs puts the next one 4th (0 points)', () => {
    const entries = ebr({ Ana: 90, Ben: 90, Cy: 90, Di: 80 });
    expect(points(entries, { afterTie: 'count-csms' }).points.di).toBe(0);
    expect(points(entries, { afterTie: 'next-place' }).points.di).toBe(35);
  });

  it('a total waiting for a choice is marked incomplete', () => {
    const result = scoreClub(ebr({ Ana: 90, Ben: 90, Cy: 80 }), {});
    expect(result.teams[0]?.rows.find((row) => row.id === 'cy')?.incomplete).toBe('pending');
    expect(result.pending).toEqual(['afterTie']);
  });
});

describe('figures ranked against each other are shown apart', () => {
  const shown = (values: (number | undefined)[]) => {
    const figure = figuresApart(values);
    return values.map((value) => (value === undefined ? '–' : figure(value)));
  };

  it('with 2 decimals at most, as every figure of the tool, where that tells them apart', () => {
    expect(shown([90, 80.5, 33.333, undefined])).toEqual(['90', '80.5', '33.33', '–']);
    expect(figuresApart([90])(90)).toBe(formatNumber(90));
  });

  it('with the decimals it takes where 2 would show two different figures as one', () => {
    // Placed 1st and 2nd: "33.33" twice would hide why.
    expect(shown([33.331, 33.334, 80])).toEqual(['33.331', '33.334', '80']);
    expect(shown([12.5, 12.50004])).toEqual(['12.5', '12.50004']);
  });

  it('never shows a figure other than 0 as 0: a figure above 0 scores, one at 0 or below does not', () => {
    // Reported: 0.001 read "0" and scored 35, beside the working's "scored 0 or less: no points".
    expect(shown([0.001, 90])).toEqual(['0.001', '90']);
    expect(shown([0.001, 90, 0])).toEqual(['0.001', '90', '0']);
    expect(shown([-0.004, 5])).toEqual(['-0.004', '5']);
    expect(shown([0.000000001])).toEqual(['0.000000001']);
    expect(shown([0.001, 0.0012])).toEqual(['0.001', '0.0012']);
  });

  it('shows 99.9999 % apart from 100 %: the "multiple CSMs with 100%" rule counts only 100', () => {
    expect(shown([100, 99.9999])).toEqual(['100', '99.9999']);
  });

  it('shows equal figures the same: they tie', () => {
    expect(shown([33.33, 33.33, 20])).toEqual(['33.33', '33.33', '20']);
    // netARR / ending ARR: 1/3 and 2/6 are the one figure.
    const ratio = (netArr: number, endingArr: number) =>
      criterionValue({ id: '', name: '', team: '', netArr, endingArr }, 'net-arr');
    expect(shown([ratio(1, 3), ratio(2, 6)])).toEqual(['33.33', '33.33']);
  });

  it('tells apart figures however close, criterion 1’s ratios included', () => {
    const a = criterionValue({ id: 'a', name: 'A', team: '', netArr: 1, endingArr: 3 }, 'net-arr') as number;
    const b = criterionValue(
      { id: 'b', name: 'B', team: '', netArr: 100_000, endingArr: 300_001 },
      'net-arr',
    ) as number;
    const [shownA, shownB] = shown([a, b]);
    expect(shownA).not.toBe(shownB);
    expect([shownA, shownB]).toEqual(['33.3333', '33.3332']);
    // Two doubles one step apart still read differently.
    const next = 33.333333333333336;
    const [x, y] = shown([next, 33.33333333333333]);
    expect(x).not.toBe(y);
  });

  it('the Markdown tally shows them as the page does', () => {
    const csms = [
      { id: 'a', name: 'Ana', team: 'East', ebr: 33.331 },
      { id: 'b', name: 'Ben', team: 'East', ebr: 33.334 },
      { id: 'c', name: 'Cy', team: 'West', ebr: 33.3 },
    ];
    const md = clubMarkdown({}, scoreClub(csms, {}), PLACE_POINTS);
    // (Markdown escapes the full stop.)
    expect(md).toContain('| Ana | East | – → 0 | 33\\.331 → 35 |');
    expect(md).toContain('| Ben | East | – → 0 | 33\\.334 → 50 |');
    // Places are counted within each team: West's figure needs no more decimals.
    expect(md).toContain('| Cy | West | – → 0 | 33\\.3 → 50 |');
  });
});

describe('endSentence', () => {
  it('ends a sentence with one full stop, not a second after a label that ends its own', () => {
    expect(endSentence('This week’s 1:1 agenda: 1st week of March 2027')).toBe(
      'This week’s 1:1 agenda: 1st week of March 2027.',
    );
    expect(endSentence('…: the handbook defines no agenda for it.')).toBe('…: the handbook defines no agenda for it.');
  });
});

describe('a figure the reader typed and the tally refused', () => {
  it('counts as not entered, marked to fix, whatever figure is stored meanwhile', () => {
    // Zed typed 150 in EBRs and 2.5 in workshops: the figures stored are earlier ones, never scored while refused.
    const zed: CsmEntry = {
      id: 'zed',
      name: 'Zed',
      team: 'T',
      netArr: 10,
      endingArr: 100,
      ebr: 15,
      workshops: 2,
      toFix: new Set(['zedebr', 'zedworkshops']),
    };
    const result = scoreClub([zed], {});
    const row = (criterion: CriterionId) =>
      result.teams[0]?.categories.find((category) => category.criterion === criterion)?.rows[0];
    expect(row('ebr')).toMatchObject({ value: undefined, points: 0, why: 'to-fix' });
    expect(row('workshops')).toMatchObject({ value: undefined, points: 0, why: 'to-fix' });
    expect(row('net-arr')).toMatchObject({ value: 10, points: 50, why: 'place' });
    expect(result.teams[0]?.rows[0]).toMatchObject({ total: 50, incomplete: 'to-fix' });
    // Criterion 1 takes two figures: either refused leaves it to fix.
    const net = scoreClub([{ ...zed, toFix: new Set(['zedendingArr']) }], {}).teams[0];
    expect(net?.categories[0]?.rows[0]).toMatchObject({ value: undefined, why: 'to-fix' });
    expect(scoreClub([{ ...zed, toFix: new Set<string>() }], {}).teams[0]?.rows[0]).toMatchObject({
      total: 150,
      incomplete: undefined,
    });
  });
});
