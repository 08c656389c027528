import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { cadences, points } from '../../content/manager-toolkit.json';
import { CLUB_READINGS, crt } from '../../src/i18n/club-readings-ui';
import { agendaWeekView, carriedInto } from '../../src/lib/manager/agenda';
import { agendaEvents, cadenceEvents, recurringCalendarFile } from '../../src/lib/manager/calendar';
import { agendaMarkdown, clubMarkdown, reviewMarkdown } from '../../src/lib/manager/markdown';
import { namesApart } from '../../src/lib/manager/names';
import { PLACE_POINTS, scoreClub } from '../../src/lib/manager/presidents-club';
import { tickedCount } from '../../src/lib/manager/session';
import {
  AGENDA_USE,
  AGENDAS,
  agendaItems,
  CRITERIA,
  cadenceWords,
  REVIEWS,
  reviewView,
  type Toolkit,
} from '../../src/lib/manager/toolkit';
import {
  CADENCE_IDS,
  cadenceRows,
  callsThisWeek,
  callWeekToCount,
  memberRows,
} from '../../src/lib/manager/week-summary';
import { weekLabel } from '../../src/lib/manager/words';
import { escapeMarkdownLine } from '../../src/lib/markdown-escape';
import type { AgendaWeek, Calls, Club, ReviewSession } from '../../src/schemas/manager';

/** The seed with runs of white space (a no-break space among them) as one space. */
const SEED = readFileSync(join(import.meta.dirname, '../../../shared/seeds/002_ed7b8002d6220d82.txt'), 'utf8').replace(
  /\s+/g,
  ' ',
);

const week = (start: string, items: AgendaWeek['items'], chosenAgenda?: 1 | 2 | 3 | 4): AgendaWeek => ({
  v: 2,
  kind: 'agenda',
  week: start,
  items,
  updatedAt: 0,
  ...(chosenAgenda ? { chosenAgenda } : {}),
});

/** The whole toolkit, as the pages read it. */
const TOOLKIT: Toolkit = {
  reviews: REVIEWS,
  agendas: AGENDAS,
  agendaUse: AGENDA_USE,
  criteria: CRITERIA,
  cadences,
  points: points as Toolkit['points'],
};

describe('the toolkit’s data is the seed’s words', () => {
  it('every review item, agenda item and criterion is in the seed as written', () => {
    const texts = [
      ...TOOLKIT.reviews.flatMap((review) => [
        review.title,
        ...review.items.flatMap((item) => [item.text, item.label ?? '']),
      ]),
      ...TOOLKIT.agendas.flatMap((agenda) => agenda.items),
      ...TOOLKIT.criteria.flatMap((criterion) => [criterion.text, criterion.detail ?? '']),
      ...Object.values(TOOLKIT.cadences),
    ].filter(Boolean);
    expect(texts.filter((text) => !SEED.includes(text.replace(/\s+/g, ' ')))).toEqual([]);
  });

  // December 7, afternoon (a review against the seed): the 1:1 event's description was "it is highly recommended
  // that 1:1s are 45-60 minutes in length", a lower-case piece of the seed's sentence, unlike the other cadences'.
  it('each cadence’s calendar words are a whole sentence of the seed, from its capital letter', () => {
    for (const text of Object.values(TOOLKIT.cadences)) expect(text).toMatch(/^[A-Z0-9]/);
    expect(TOOLKIT.cadences.oneOnOne).toBe(
      'In order to review the customer portfolio with a CSM and also have time for CSM agenda items, it is highly recommended that 1:1s are 45-60 minutes in length',
    );
  });

  it('says whose 1:1 the agenda is for in the seed’s words: its section’s, and the responsibilities table’s', () => {
    // The table's sentence has a link in it: compared as the page reads it, without the markup.
    const read = SEED.replace(/<[^>]+>/g, '');
    expect(read).toContain(TOOLKIT.agendaUse.whose);
    expect(read).toContain(TOOLKIT.agendaUse.alsoFor);
    expect(TOOLKIT.agendaUse.whose).toContain('weekly 1:1 with their direct manager (Director or Vice President)');
  });

  it('has the seed’s counts: 5 checklist items, 3, 6, 3 and 5 questions, four agendas ending with Discussion, five criteria', () => {
    expect(TOOLKIT.reviews.map((review) => review.items.length)).toEqual([5, 3, 6, 3, 5]);
    expect(TOOLKIT.agendas.map((agenda) => agenda.items.at(-1))).toEqual(Array(4).fill('Discussion'));
    expect(TOOLKIT.criteria).toHaveLength(5);
    expect(TOOLKIT.points).toEqual([50, 35, 15]);
  });
});

describe('this week’s 1:1 agenda', () => {
  it('shows the seed’s agenda for the week, and carries open items (a note, not done) until ticked', () => {
    const weeks = [
      week('2026-12-07', { 'a1-2': { done: false, note: 'Growth plan' }, 'a1-3': { done: true, note: 'Hired' } }),
    ];
    const first = agendaWeekView('2026-12-08', weeks, 'monday', agendaItems());
    expect(first.agenda).toBe(1);
    expect(first.items.map((item) => item.title)).toEqual(TOOLKIT.agendas[0]?.items);
    const next = agendaWeekView('2026-12-14', weeks, 'monday', agendaItems());
    expect(next.agenda).toBe(2);
    expect(next.carried.map((item) => [item.key, item.carried?.note])).toEqual([['2026-12-07.a1-2', 'Growth plan']]);
    // Still open two weeks on; ticked done in the 2nd week, it stops.
    expect(carriedInto('2026-12-21', weeks, agendaItems())).toHaveLength(1);
    const ticked = [...weeks, week('2026-12-14', { '2026-12-07.a1-2': { done: true, note: '' } })];
    expect(carriedInto('2026-12-21', ticked, agendaItems())).toEqual([]);
  });

  it('an item left open that the week’s agenda holds again is shown once, in its place, as the item carried over', () => {
    // The 4th week's first item noted, not ticked; the 5th week after it takes the 4th week's agenda again. It was
    // listed twice, on the agenda and under Carried over: two boxes of one name.
    const title = TOOLKIT.agendas[3]?.items[0];
    const weeks = [week('2027-08-23', { 'a4-1': { done: false, note: 'Ask about Acme' } }), week('2027-08-30', {}, 4)];
    const view = agendaWeekView('2027-08-30', weeks, 'monday', agendaItems());
    expect([...view.items, ...view.noted, ...view.carried].filter((item) => item.title === title)).toEqual([
      {
        key: '2027-08-23.a4-1',
        title,
        state: { done: false, note: '' },
        stored: '2027-08-30',
        carried: { from: '2027-08-23', note: 'Ask about Acme' },
      },
    ]);
    expect(view.items.map((item) => item.key)).toEqual(['2027-08-23.a4-1', 'a4-2', 'a4-3']);
    expect(view.carried).toEqual([]);
    const md = agendaMarkdown(view);
    expect(md.split(title ?? '')).toHaveLength(2);
    expect(md).toContain(`- [ ] ${title} (carried over from the week of 23 Aug 2027)\\\n  Earlier: Ask about Acme\n`);
    expect(md).not.toContain('### Carried over');
    // Ticked there, it is done: the week after carries nothing.
    const ticked = [...weeks.slice(0, 1), week('2027-08-30', { '2027-08-23.a4-1': { done: true, note: '' } }, 4)];
    expect(carriedInto('2027-09-06', ticked, agendaItems())).toEqual([]);
  });

  describe('an item of one name left open in two weeks is one item, open since the earlier', () => {
    // "OKR /Big Rock initiatives progress" is on the 2nd and the 4th week's agendas. Left open in the 2nd week of
    // August 2027 and noted again on the 4th week's agenda (as the page let a reader do while the 2nd week's was
    // listed apart), it was carried over twice: in the 2nd week of September one took the agenda's place and the
    // other stayed under Carried over, one name twice, each with its own week.
    const title = TOOLKIT.agendas[1]?.items[2] ?? '';
    const second = week('2027-08-09', { 'a2-3': { done: false, note: 'Big Rock slipped' } });
    const fourth = week('2027-08-23', { 'a4-2': { done: false, note: 'OKRs behind plan' } });
    const named = (view: ReturnType<typeof agendaWeekView>) =>
      [...view.items, ...view.noted, ...view.carried].filter((item) => item.title === title);

    it('is listed once where the agenda holds it again, carried over from the earlier week with the latest note', () => {
      expect(TOOLKIT.agendas[3]?.items[1]).toBe(title);
      const view = agendaWeekView('2027-09-13', [second, fourth], 'monday', agendaItems());
      expect(named(view)).toEqual([
        {
          key: '2027-08-09.a2-3',
          title,
          state: { done: false, note: '' },
          stored: '2027-09-13',
          carried: { from: '2027-08-09', note: 'OKRs behind plan' },
        },
      ]);
      expect(view.items.map((item) => item.key)).toEqual(['a2-1', 'a2-2', '2027-08-09.a2-3', 'a2-4']);
      expect(view.carried).toEqual([]);
      const md = agendaMarkdown(view);
      expect(md.split(title)).toHaveLength(2);
      expect(md).toContain(
        `- [ ] ${title} (carried over from the week of 9 Aug 2027)\\\n  Earlier: OKRs behind plan\n`,
      );
      // Ticked there, it is done: the week after carries nothing.
      const ticked = [second, fourth, week('2027-09-13', { '2027-08-09.a2-3': { done: true, note: '' } })];
      expect(carriedInto('2027-09-20', ticked, agendaItems())).toEqual([]);
    });

    it('is listed once under Carried over where the agenda does not hold it', () => {
      const view = agendaWeekView('2027-09-06', [second, fourth], 'monday', agendaItems());
      expect(named(view)).toMatchObject([{ key: '2027-08-09.a2-3', carried: { from: '2027-08-09' } }]);
      expect(agendaMarkdown(view).split(title)).toHaveLength(2);
    });

    it('in the later week, the agenda’s item of that name is the item carried over, with its note there', () => {
      // Not noted there yet: the item carried over takes its place.
      expect(named(agendaWeekView('2027-08-23', [second], 'monday', agendaItems()))).toMatchObject([
        { key: '2027-08-09.a2-3', stored: '2027-08-23', carried: { from: '2027-08-09', note: 'Big Rock slipped' } },
      ]);
      // Noted there under the agenda's own item: that note, saved where it is, on the one line.
      const view = agendaWeekView('2027-08-23', [second, fourth], 'monday', agendaItems());
      expect(named(view)).toEqual([
        {
          key: 'a4-2',
          title,
          state: { done: false, note: 'OKRs behind plan' },
          stored: '2027-08-23',
          carried: { from: '2027-08-09', note: 'Big Rock slipped' },
        },
      ]);
      expect(agendaMarkdown(view).split(title)).toHaveLength(2);
      // Noted there under both keys (two tabs), both notes are in sight: the other one apart, saying where it was noted.
      const both = week('2027-08-23', { ...fourth.items, '2027-08-09.a2-3': { done: false, note: 'Also' } });
      const twice = agendaWeekView('2027-08-23', [second, both], 'monday', agendaItems());
      expect(named(twice).map((item) => [item.key, item.state.note])).toEqual([
        ['2027-08-09.a2-3', 'Also'],
        ['a4-2', 'OKRs behind plan'],
      ]);
      expect(twice.noted).toMatchObject([{ key: 'a4-2', noted: { agenda: 4, week: '2027-08-23' } }]);
      // Ticked there, the item is done: the weeks after carry nothing of that name.
      const ticked = [second, week('2027-08-23', { 'a4-2': { done: true, note: 'OKRs behind plan' } })];
      expect(carriedInto('2027-08-30', ticked, agendaItems())).toEqual([]);
    });
  });

  it('a 5th week has no agenda until the reader chooses one', () => {
    expect(agendaWeekView('2027-03-29', [], 'monday', agendaItems())).toMatchObject({
      agenda: undefined,
      chosen: false,
      items: [],
    });
    const chosen = agendaWeekView('2027-03-29', [week('2027-03-29', {}, 2)], 'monday', agendaItems());
    expect(chosen).toMatchObject({ agenda: 2, chosen: true });
    expect(weekLabel(chosen)).toBe(
      'A 5th week after the 4th week of March 2027: the handbook defines no agenda for it.',
    );
    expect(agendaMarkdown(chosen)).toContain('Agenda of the 2nd week, my choice.');
    expect(agendaMarkdown(agendaWeekView('2027-03-29', [], 'monday', agendaItems()))).toContain(
      'No agenda chosen for this week.',
    );
  });

  it('shows a note from another agenda apart from the week’s agenda, saying where it was noted, and so exports it', () => {
    // A 5th week: a note on the 3rd week's agenda, then the 1st week's chosen.
    const weeks = [week('2027-08-30', { 'a3-1': { done: false, note: 'Red Initech' } }, 1)];
    const view = agendaWeekView('2027-08-30', weeks, 'monday', agendaItems());
    expect(view.items.map((item) => item.title)).toEqual(TOOLKIT.agendas[0]?.items);
    expect(view.noted).toMatchObject([{ key: 'a3-1', noted: { agenda: 3, week: '2027-08-30' } }]);
    expect(agendaMarkdown(view)).toContain(
      [
        '- [ ] Discussion',
        '',
        '### Other notes this week',
        '',
        '- [ ] Adoption Risk (Red DevSecOps, Low License)\\',
        '  From the 3rd week’s agenda, noted in the week of 30 Aug 2027.\\',
        '  Note: Red Initech',
      ].join('\n'),
    );
  });

  it('exports the week as Markdown with notes escaped and carried items under their own heading', () => {
    const weeks = [week('2026-12-07', { 'a1-2': { done: false, note: 'Ask @sam about <b>#1</b>\nthen plan' } })];
    const md = agendaMarkdown(agendaWeekView('2026-12-14', weeks, 'monday', agendaItems()));
    expect(md).toContain('## 1:1 agenda, week of 14 Dec 2026');
    expect(md).toContain('For your weekly 1:1 with your director or vice president');
    expect(md).toContain('2nd week of December 2026');
    expect(md).toContain('- [ ] Success Plan Review (2 SPs)');
    expect(md).toContain('### Carried over');
    expect(md).toContain('- [ ] Development: Personal Growth Plan (carried over from the week of 7 Dec 2026)\\');
    expect(md).toContain('Earlier: Ask \\@sam about \\<b\\>\\#1\\</b\\>\\');
  });
});

describe('the 1:1 agenda when weeks start on the other day', () => {
  // Notes written with Monday weeks: the 4th week of March 2027 (22 Mar) and the 5th (29 Mar, the 3rd week's agenda chosen).
  const mondayWeeks = [
    week('2027-03-22', { 'a4-1': { done: false, note: 'Risk of churn' }, 'a4-2': { done: true, note: 'Closed' } }),
    week('2027-03-29', { 'a3-1': { done: false, note: 'Red accounts' } }, 3),
  ];
  // Every note shown, in the page's order: the agenda's, notes from elsewhere, items carried over.
  const noted = (view: ReturnType<typeof agendaWeekView>) =>
    [...view.items, ...view.noted, ...view.carried]
      .filter((item) => item.state.note)
      .map((item) => [item.key, item.state.note, item.stored]);

  it('switched to Sunday: a Monday week’s notes are shown in the Sunday week holding its first day, and keep carrying', () => {
    // Monday 22 March lies in the Sunday week of 21 March; Monday 29 March in the Sunday week of 28 March.
    expect(noted(agendaWeekView('2027-03-24', mondayWeeks, 'sunday', agendaItems()))).toEqual([
      ['a4-1', 'Risk of churn', '2027-03-22'],
      ['a4-2', 'Closed', '2027-03-22'],
    ]);
    expect(noted(agendaWeekView('2027-03-30', mondayWeeks, 'sunday', agendaItems()))).toEqual([
      ['a3-1', 'Red accounts', '2027-03-29'],
    ]);
    const april = agendaWeekView('2027-04-05', mondayWeeks, 'sunday', agendaItems());
    expect(april.carried.map((item) => [item.key, item.carried?.note])).toEqual([
      ['2027-03-22.a4-1', 'Risk of churn'],
      ['2027-03-29.a3-1', 'Red accounts'],
    ]);
    const md = agendaMarkdown(april);
    expect(md).toContain('### Carried over');
    expect(md).toContain('Earlier: Risk of churn');
    expect(md).toContain('Earlier: Red accounts');
    // The same notes with Monday weeks, as before.
    expect(carriedInto('2027-04-05', mondayWeeks, agendaItems()).map((item) => item.key)).toEqual([
      '2027-03-22.a4-1',
      '2027-03-29.a3-1',
    ]);
  });

  it('a note made under the other setting’s agenda is shown with its agenda named, and edits go to the week it is stored in', () => {
    // Sunday 21 March is the 3rd week: its agenda is the 3rd week’s; the note was on the 4th week’s agenda.
    const view = agendaWeekView('2027-03-21', mondayWeeks, 'sunday', agendaItems());
    expect(view.agenda).toBe(3);
    expect(view.noted.find((item) => item.key === 'a4-1')).toMatchObject({
      title: TOOLKIT.agendas[3]?.items[0],
      noted: { agenda: 4, week: '2027-03-22' },
    });
    // A new note in this week goes to the stored week already in it, not to a new record that Monday weeks would
    // put in the week before.
    expect(view.stored).toBe('2027-03-22');
    expect(view.items.find((item) => item.key === 'a3-1')?.stored).toBe('2027-03-22');
    expect(agendaMarkdown(view)).toContain('Risk of churn');
  });

  it('two stored weeks in one shown week: every note is shown, each saved where it is stored', () => {
    // Back to Monday weeks after notes were written in the Sunday week of 28 March (the 4th week under Sunday too).
    const both = [
      week('2027-03-22', { 'a4-1': { done: false, note: 'Monday note' } }),
      week('2027-03-28', { 'a4-1': { done: false, note: 'Sunday note' }, 'a4-3': { done: false, note: 'Hiring' } }),
    ];
    const view = agendaWeekView('2027-03-24', both, 'monday', agendaItems());
    expect(noted(view)).toEqual([
      ['a4-1', 'Monday note', '2027-03-22'],
      ['a4-3', 'Hiring', '2027-03-28'],
      ['a4-1', 'Sunday note', '2027-03-28'],
    ]);
    expect(view.noted.at(-1)?.noted).toEqual({ agenda: 4, week: '2027-03-28' });
    const md = agendaMarkdown(view);
    expect(md).toContain('Note: Monday note');
    expect(md).toContain('Note: Sunday note');
    // Both open notes carry over, the item noted in both as one, from the earlier stored week, with the later note.
    expect(carriedInto('2027-03-29', both, agendaItems()).map((item) => [item.key, item.carried.note])).toEqual([
      ['2027-03-22.a4-1', 'Sunday note'],
      ['2027-03-28.a4-3', 'Hiring'],
    ]);
  });

  it('a 5th week’s agenda is the one last chosen or taken back in any stored week shown as it, and is changed there', () => {
    // Sunday 29 August and Monday 30 August 2027 start 5th weeks. With Sunday weeks an agenda was picked and taken
    // back (the week of 29 August is stored, with no choice); then with Monday weeks the 3rd week's was chosen.
    const sunday: AgendaWeek = { ...week('2027-08-29', {}), at: { chosenAgenda: 1_000 } };
    const monday: AgendaWeek = {
      ...week('2027-08-30', { 'a3-1': { done: false, note: 'Red Globex' } }, 3),
      at: { chosenAgenda: 2_000 },
    };
    const view = agendaWeekView('2027-08-31', [sunday, monday], 'sunday', agendaItems());
    expect(view).toMatchObject({ agenda: 3, chosen: true, stored: '2027-08-29', chosenIn: '2027-08-30' });
    // Its note is on the agenda shown, in its place, and saved where it is stored.
    expect(view.items[0]).toMatchObject({ key: 'a3-1', state: { note: 'Red Globex' }, stored: '2027-08-30' });
    expect(view.items[0]?.noted).toBeUndefined();
    expect(agendaMarkdown(view)).toContain('Agenda of the 3rd week, my choice.');
    // Chosen later in the other stored week, that choice; taken back later, none.
    const later: AgendaWeek = { ...sunday, chosenAgenda: 2, at: { chosenAgenda: 3_000 } };
    expect(agendaWeekView('2027-08-31', [later, monday], 'sunday', agendaItems())).toMatchObject({
      agenda: 2,
      chosenIn: '2027-08-29',
    });
    const { chosenAgenda: _taken, ...takenBack } = { ...monday, at: { chosenAgenda: 4_000 } };
    expect(agendaWeekView('2027-08-31', [later, takenBack], 'sunday', agendaItems())).toMatchObject({
      agenda: undefined,
      chosen: false,
      chosenIn: '2027-08-30',
    });
    // Stored before choices were dated: the stored week that has one, else the first shown.
    expect(
      agendaWeekView('2027-08-31', [week('2027-08-29', {}), week('2027-08-30', {}, 4)], 'sunday', agendaItems()),
    ).toMatchObject({ agenda: 4, chosenIn: '2027-08-30' });
    expect(
      agendaWeekView('2027-08-31', [week('2027-08-29', {}), week('2027-08-30', {})], 'sunday', agendaItems()),
    ).toMatchObject({ agenda: undefined, chosenIn: '2027-08-29' });
  });

  it('a 5th week’s open note keeps carrying, and is still shown, when another agenda is chosen afterwards', () => {
    // Monday 30 August 2027 is a 5th week: a note on the 3rd week’s agenda, then the 1st week’s (or none) chosen.
    for (const chosen of [1, undefined] as const) {
      const weeks = [week('2027-08-30', { 'a3-2': { done: false, note: 'Low licence use' } }, chosen)];
      expect(carriedInto('2027-09-06', weeks, agendaItems()).map((item) => [item.key, item.carried.note])).toEqual([
        ['2027-08-30.a3-2', 'Low licence use'],
      ]);
      const same = agendaWeekView('2027-08-30', weeks, 'monday', agendaItems());
      expect(same.noted.find((item) => item.key === 'a3-2')).toMatchObject({
        state: { note: 'Low licence use' },
        noted: { agenda: 3, week: '2027-08-30' },
      });
    }
  });
});

describe('review sessions and the tally, exported', () => {
  const session: ReviewSession = {
    v: 2,
    kind: 'review',
    id: 'abc',
    review: 'checklist',
    date: '2026-12-07',
    finished: false,
    items: { 'account-assignment': { done: true, note: '- not a list' } },
    updatedAt: 0,
  };

  it('a review session as a GitLab issue: task list, notes escaped, a source link', () => {
    const md = reviewMarkdown(reviewView('checklist'), session, 'https://example.com/m/#review-checklist');
    expect(md).toContain('## Review Checklist: 7 Dec 2026');
    expect(md).toContain('In progress.');
    expect(md).toContain('- [x] Account assignment: Accounts have been reviewed and are assigned or are in review\\');
    expect(md).toContain('Note: \\- not a list');
    expect(md).toContain('[Review Checklist](https://example.com/m/#review-checklist)');
    const triage = reviewMarkdown(
      reviewView('triage-health'),
      { ...session, review: 'triage-health', items: {} },
      'javascript:x',
    );
    expect(triage).toContain('- [ ] Gainsight region dashboard for unhealthy accounts: Red accounts to inquire about');
    expect(triage).not.toContain('javascript');
  });

  it('names where a review comes from without calling its items questions (the checklist is "a short checklist")', () => {
    for (const review of ['checklist', 'triage-health', 'renewal'] as const) {
      const md = reviewMarkdown(reviewView(review), { ...session, review }, 'https://example.com/m/');
      expect(md).not.toContain('Questions');
      expect(md).toContain(`From the CSM Manager Handbook: [${reviewView(review).title}](https://example.com/m/).`);
    }
  });

  it('the tally as a Markdown table with the choices printed', () => {
    const club: Club = {
      v: 2,
      kind: 'club',
      csms: [
        { id: 'a', name: 'Ana|B', team: 'East', ebr: 90, netArr: 10, endingArr: 100, added: 1 },
        { id: 'b', name: 'Ben', team: 'East', ebr: 90, added: 2 },
      ],
      choices: { categories: 'without-workshops' },
      removed: {},
    };
    const md = clubMarkdown(club.choices, scoreClub(club.csms, club.choices), PLACE_POINTS);
    expect(md).toContain(
      '| CSM | Team | Net ARR contribution \\% | EBRs \\% | Green success plans \\% | Adoption plays \\% | Points |',
    );
    expect(md).toContain('| Ana\\|B | East | 10 → 50 | 90 → 50 |');
    expect(md).toContain('Categories (your choice): leave out workshops.');
    expect(md).toContain('Ties for 2nd or 3rd place (your choice): not chosen yet.');
  });

  it('an ending ARR of 0 says why it scores nothing, not a bare “–”', () => {
    const csms = [
      { id: 'a', name: 'Ann', team: '', netArr: 10, endingArr: 100, added: 1 },
      { id: 'd', name: 'Dee', team: '', netArr: 10, endingArr: 0, added: 2 },
    ];
    const md = clubMarkdown({}, scoreClub(csms, {}), PLACE_POINTS);
    expect(md).toContain('| Dee | – | – → 0 (ending ARR is 0: no contribution to work out, no points) |');
  });

  it('lists the site’s own readings, in the sentences of the page’s box of gaps: pasted elsewhere, they are not the handbook’s', () => {
    const md = clubMarkdown({}, scoreClub([{ id: 'a', name: 'Ann', team: '', ebr: 90 }], {}), PLACE_POINTS);
    const readings = md.slice(md.indexOf('### This site’s readings (the handbook does not say)'));
    expect(readings.split('\n').filter((line) => line.startsWith('- '))).toEqual(
      CLUB_READINGS.map((id) => `- ${escapeMarkdownLine(`${crt(`club.silent.${id}`)} ${crt(`club.here.${id}`)}`)}`),
    );
    expect(readings).toContain('Here 0 or less gets no points, in every team.');
    expect(readings).toContain('Here it scores no points, marked “ending ARR is 0”.');
    expect(readings).toContain('a net ARR contribution can be above 100 \\%');
    expect(readings).toContain('Here they are listed by name, in alphabetical order.');
  });

  // December 7, afternoon (a review of the tools against the seeds): the line naming the handbook's rules ended
  // "places counted within each team", the site's own reading of "per team", and a team's letter case was nowhere.
  it('says counting places within each team, and one team whatever its letter case, as the site’s reading, not the handbook’s rule', () => {
    const md = clubMarkdown({}, scoreClub([{ id: 'a', name: 'Ann', team: 'East', ebr: 90 }], {}), PLACE_POINTS);
    const start = md.indexOf('### This site’s readings (the handbook does not say)');
    const rules = md.slice(0, start);
    const readings = md.slice(start);
    expect(rules).toContain('1st, 2nd, 3rd place 50/35/15 points');
    expect(rules).not.toMatch(/within each team/);
    expect(readings).toContain('Here places are counted within each team');
    expect(readings).toContain('(“East” and “east” are one)');
  });

  it('a name or team with a line break (from a backup) stays in its table row', () => {
    const csms = [
      { id: 'a', name: 'Ann\n# Heading', team: 'EMEA\r===', ebr: 90, added: 1 },
      { id: 'b', name: 'Ben\u2028', team: 'EMEA\u2029x', ebr: 80, added: 2 },
    ];
    const md = clubMarkdown({}, scoreClub(csms, {}), PLACE_POINTS);
    const lines = md.split(/\r\n|[\r\n\u2028\u2029\u0085]/);
    expect(lines.filter((line) => line.startsWith('| Ann'))).toEqual([
      expect.stringMatching(/^\| Ann \\# Heading \| EMEA === \|/),
    ]);
    expect(lines.filter((line) => line.startsWith('| Ben'))).toEqual([expect.stringMatching(/^\| Ben +\| EMEA x \|/)]);
    expect(lines).not.toContain('===');
    expect(lines.some((line) => line.startsWith('# Heading'))).toBe(false);
  });
});

describe('calendars with recurring events', () => {
  it('the cadences name each member as the roster shows them: a second Alex’s events are “Alex (2)”’s', () => {
    const member = (id: string, name: string) => ({ id, name, oneOnOnes: [], idpSyncs: [], added: 1 });
    const team = {
      v: 2 as const,
      kind: 'team' as const,
      members: [member('a', 'Alex'), member('b', 'Alex')],
      removed: {},
    };
    const events = cadenceEvents(undefined, team, '2026-12-09', cadenceWords(), namesApart);
    expect(events.slice(2).map((event) => [event.uid, event.title])).toEqual([
      ['manager.one-on-one-a@csm-handbook', '1:1 with Alex (45-60 minutes)'],
      ['manager.idp-a@csm-handbook', 'IDP sync with Alex (1 hour, once per quarter)'],
      ['manager.one-on-one-b@csm-handbook', '1:1 with Alex (2) (45-60 minutes)'],
      ['manager.idp-b@csm-handbook', 'IDP sync with Alex (2) (1 hour, once per quarter)'],
    ]);
    expect(team.members.map((m) => m.name)).toEqual(['Alex', 'Alex']);
  });

  it('the cadences: monthly triage, renewal as chosen, weekly calls, each member’s weekly 1:1 and quarterly IDP sync, the reviews’ items in the seed’s shape', () => {
    const team = {
      v: 2 as const,
      kind: 'team' as const,
      members: [{ id: 'm1', name: 'Ana', oneOnOnes: [], idpSyncs: [], added: 1 }],
      removed: {},
    };
    const none = cadenceEvents(undefined, undefined, '2026-12-09', cadenceWords(), namesApart);
    expect(none.map((event) => event.uid)).toEqual([
      'manager.triage-health@csm-handbook',
      'manager.call-reviews@csm-handbook',
    ]);
    const events = cadenceEvents(
      { v: 2, kind: 'settings', renewal: { rule: 'days', days: [15, 1] }, quarterStartMonth: 2 },
      team,
      '2026-12-09',
      cadenceWords(),
      namesApart,
    );
    expect(events.map((event) => [event.uid, event.start, event.rule])).toEqual([
      ['manager.triage-health@csm-handbook', '2026-12-01', 'FREQ=MONTHLY'],
      ['manager.renewal@csm-handbook', '2026-12-01', 'FREQ=MONTHLY;BYMONTHDAY=1,15'],
      ['manager.call-reviews@csm-handbook', '2026-12-07', 'FREQ=WEEKLY'],
      ['manager.one-on-one-m1@csm-handbook', '2026-12-07', 'FREQ=WEEKLY'],
      ['manager.idp-m1@csm-handbook', '2026-11-01', 'FREQ=MONTHLY;INTERVAL=3'],
    ]);
    // Each review's items in the seed's shape: the Triage and Health Review's dashboard with its two kinds of account.
    expect(events[0]?.description?.split('\n')).toEqual([
      '1. Gainsight region dashboard for unhealthy accounts',
      '   1. Red accounts to inquire about in upcoming one-on-ones',
      '   2. Outdated customer health reviews to discuss in upcoming one-on-ones',
      '2. The GitLab Triage board for accounts in triage',
    ]);
    expect(events[1]?.description?.split('\n')[0]).toBe('1. Which renewals are coming this quarter?');
    const text = recurringCalendarFile(events, new Date()) ?? '';
    expect(text).toContain('RRULE:FREQ=MONTHLY;BYMONTHDAY=1,15');
    expect(text).toContain('DTSTART;VALUE=DATE:20261201');
    expect(text).toContain('DTEND;VALUE=DATE:20261202');
    expect(text.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    // A real calendar parser (ical.js) reads every event, each with its rule.
    const read = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(read.map((event) => [event.uid, event.startDate.toString(), event.isRecurring()])).toEqual(
      events.map((event) => [event.uid, event.start, true]),
    );
    expect(recurringCalendarFile([], new Date())).toBeUndefined();
  });

  it('the next quarter of 1:1 weeks: each agenda a monthly series on its week, the 5th week said to be undefined', () => {
    const events = agendaEvents('2027-03-03', 'monday', agendaItems());
    expect(events.map((event) => [event.start, event.rule])).toEqual([
      ['2027-03-01', 'FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270530'],
      ['2027-03-08', 'FREQ=MONTHLY;BYDAY=2MO;UNTIL=20270530'],
      ['2027-03-15', 'FREQ=MONTHLY;BYDAY=3MO;UNTIL=20270530'],
      ['2027-03-22', 'FREQ=MONTHLY;BYDAY=4MO;UNTIL=20270530'],
      ['2027-03-29', 'FREQ=MONTHLY;BYDAY=5MO;UNTIL=20270530'],
    ]);
    expect(events[0]?.description).toContain('Development: Personal Growth Plan');
    for (const event of events) expect(event.description).toContain('weekly 1:1 with your director or vice president');
    expect(events[4]?.description).toContain('defines agendas for the 1st to 4th week only');
    expect(agendaEvents('2027-03-03', 'sunday', agendaItems())[0]?.rule).toContain('BYDAY=1SU');
  });
});

describe('what is due', () => {
  it('lists every cadence with its state, and each member’s 1:1 and IDP sync', () => {
    const sessions: ReviewSession[] = [
      {
        v: 2,
        kind: 'review',
        id: 'a',
        review: 'triage-health',
        date: '2026-12-02',
        finished: true,
        items: {},
        updatedAt: 0,
      },
      {
        v: 2,
        kind: 'review',
        id: 'b',
        review: 'onboarding',
        date: '2026-11-02',
        finished: true,
        items: {},
        updatedAt: 0,
      },
      {
        v: 2,
        kind: 'review',
        id: 'c',
        review: 'success-plan',
        date: '2026-12-02',
        finished: false,
        items: {},
        updatedAt: 0,
      },
    ];
    const rows = cadenceRows(
      sessions,
      undefined,
      { v: 2, kind: 'calls', weeks: [{ week: '2026-12-07', count: 2 }] },
      '2026-12-09',
    );
    expect(
      rows.map((row) => [
        row.id,
        row.kind === 'scheduled' ? row.status.state : row.kind,
        row.kind === 'regular' ? row.lastDone : '',
      ]),
    ).toEqual([
      ['triage-health', 'done', ''],
      ['renewal', 'unset', ''],
      ['onboarding', 'regular', '2026-11-02'],
      ['success-plan', 'regular', undefined],
      ['checklist', 'regular', undefined],
      ['calls', 'done', ''],
    ]);
    // The page lists the cadences in this order before it knows their state (src/islands/manager/ManagerCadences.tsx).
    expect(rows.map((row) => row.id)).toEqual(CADENCE_IDS);
    const members = memberRows(
      {
        v: 2,
        kind: 'team',
        members: [{ id: 'm', name: 'Ana', oneOnOnes: ['2026-11-30'], idpSyncs: [], added: 1 }],
        removed: {},
      },
      { v: 2, kind: 'settings', renewal: { rule: 'every-two-weeks', from: '2026-12-01' } },
      '2026-12-09',
    );
    expect(members[0]?.oneOnOne.state).toBe('due');
    expect(members[0]?.idp.state).toBe('due');
  });

  it('call reviews: the day a call was logged when it is stored, else only its week', () => {
    const callsRow = (weeks: Calls['weeks']) =>
      cadenceRows([], undefined, { v: 2, kind: 'calls', weeks }, '2026-12-09').at(-1);
    // Logged on Tuesday 8 December: the row says that day, not the Monday its week starts.
    expect(callsRow([{ week: '2026-12-07', count: 1, lastDay: '2026-12-08' }])).toMatchObject({
      id: 'calls',
      status: { state: 'done', lastDone: '2026-12-08' },
      lastDoneWeek: false,
    });
    // A week stored without its day (before days were kept, or after one was taken off): only the week is known.
    expect(callsRow([{ week: '2026-12-07', count: 1 }])).toMatchObject({
      status: { state: 'done', lastDone: '2026-12-07' },
      lastDoneWeek: true,
    });
    // An older week with its day, a newer one without: the newer week, as a week.
    expect(
      callsRow([
        { week: '2026-11-23', count: 2, lastDay: '2026-11-26' },
        { week: '2026-11-30', count: 1 },
      ]),
    ).toMatchObject({ status: { state: 'due', lastDone: '2026-11-30', dueSince: '2026-12-07' }, lastDoneWeek: true });
    // Weeks counted down to 0 are not calls reviewed.
    expect(callsRow([{ week: '2026-11-30', count: 0, lastDay: '2026-12-01' }])).toMatchObject({
      status: { lastDone: undefined },
      lastDoneWeek: false,
    });
  });
});

describe('call reviews when weeks start on the other day', () => {
  const calls = (weeks: Calls['weeks']): Calls => ({ v: 2, kind: 'calls', weeks });
  const sunday = { v: 2, kind: 'settings', weekStart: 'sunday' } as const;

  it('a count made with Monday weeks is this week’s with Sunday weeks too, on the counter and in What is due', () => {
    // Two calls on Wednesday 31 March 2027, counted in the Monday week of 29 March.
    const monday = calls([{ week: '2027-03-29', count: 2, lastDay: '2027-03-31' }]);
    expect(callsThisWeek(monday, sunday, '2027-03-31')).toBe(2);
    expect(cadenceRows([], sunday, monday, '2027-03-31').at(-1)).toMatchObject({ count: 2, status: { state: 'done' } });
    // Two records of one week (one from each setting): both counted, with either setting.
    const split = calls([
      { week: '2027-03-28', count: 1, lastDay: '2027-03-31' },
      { week: '2027-03-29', count: 2, lastDay: '2027-03-31' },
    ]);
    expect(callsThisWeek(split, sunday, '2027-03-31')).toBe(3);
    expect(callsThisWeek(split, undefined, '2027-03-31')).toBe(3);
    // Without its day, a count is in the week holding its first day: Sunday 28 March is in the Monday week of 22 March.
    expect(callsThisWeek(calls([{ week: '2027-03-28', count: 1 }]), undefined, '2027-03-24')).toBe(1);
  });

  it('a call counted adds to the stored week already in this week, rather than starting another', () => {
    const monday = calls([{ week: '2027-03-29', count: 2, lastDay: '2027-03-31' }]);
    expect(callWeekToCount(monday, '2027-03-31', 'sunday', 1)).toBe('2027-03-29');
    expect(callWeekToCount(monday, '2027-03-31', 'sunday', -1)).toBe('2027-03-29');
    expect(callWeekToCount(monday, '2027-04-07', 'sunday', 1)).toBe('2027-04-04');
    expect(callWeekToCount(undefined, '2027-03-31', 'monday', 1)).toBe('2027-03-29');
  });
});

describe('a review session’s ticks', () => {
  it('counts the review’s items ticked, not notes alone nor items the review no longer has', () => {
    const review = reviewView('renewal');
    const [first, second] = review.items;
    expect(tickedCount(review, { items: {} })).toBe(0);
    expect(tickedCount(review, { items: { [first?.id ?? '']: { done: false, note: 'A note, not ticked' } } })).toBe(0);
    expect(
      tickedCount(review, {
        items: {
          [first?.id ?? '']: { done: true, note: '' },
          [second?.id ?? '']: { done: true, note: 'x' },
          'retired-question': { done: true, note: '' },
        },
      }),
    ).toBe(2);
  });
});
