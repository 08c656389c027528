import { describe, expect, it } from 'vitest';
import { pt } from '../../src/i18n/plan-views-ui';
import { calendarFile, planCalendarEvents } from '../../src/lib/plan-calendar';
import { dayDate, dueDate, isOverdue, isPersonOverdue, phaseRange } from '../../src/lib/plan-dates';
import { dueFieldKind, readPlanDay } from '../../src/lib/plan-day-field';
import { planFileName, planToMarkdown } from '../../src/lib/plan-markdown';
import {
  addAction,
  addGoal,
  addPerson,
  createPlan,
  duplicatePlan,
  moveGoal,
  moveItem,
  removeGoal,
  updateAction,
  updateGoal,
  updatePhase,
  updatePlanFields,
} from '../../src/lib/plan-model';
import { readPlan } from '../../src/lib/plan-records';
import { MAX_PLAN_TEXT, type Plan } from '../../src/schemas/plan';
import { MAX_NOTE_LENGTH } from '../../src/schemas/stored';

function samplePlan(): Plan {
  let plan = createPlan('plan-1', 1000, 'CSM Manager plan');
  plan = updatePlanFields(
    plan,
    { role: 'CSM Manager, EMEA', startDate: '2027-01-04', reviewers: 'Sam (manager), Ana (mentor)' },
    1001,
  );
  plan = addGoal(
    plan,
    0,
    { id: 'g1', text: 'Know every account', category: 'learning', measure: 'All accounts reviewed', actions: [] },
    1002,
  );
  plan = addAction(
    plan,
    0,
    'g1',
    { id: 'a1', text: 'Review account health', owner: 'self', status: 'done', due: { kind: 'day', day: 10 } },
    1003,
  );
  plan = addAction(
    plan,
    0,
    'g1',
    { id: 'a2', text: 'Meet the SALs', owner: 'manager', status: 'todo', due: { kind: 'date', date: '2027-01-20' } },
    1004,
  );
  plan = addAction(plan, 0, 'g1', { id: 'a3', text: 'Old report', owner: 'other', status: 'na' }, 1005);
  plan = addPerson(plan, 0, { id: 'p1', name: 'Chloe', why: 'Leads the pilot | owns it', byDay: 5, met: true }, 1006);
  plan = updatePhase(plan, 0, { review: { happened: 'Met everyone', why: '', next: 'Start coaching' } }, 1007);
  return plan;
}

describe('plan dates', () => {
  it('runs days 1-30, 31-60 and 61-90 from the start date', () => {
    expect(phaseRange('2027-01-04', 0)).toEqual({ start: '2027-01-04', end: '2027-02-02' });
    expect(phaseRange('2027-01-04', 1)).toEqual({ start: '2027-02-03', end: '2027-03-04' });
    expect(phaseRange('2027-01-04', 2)).toEqual({ start: '2027-03-05', end: '2027-04-03' });
    expect(dayDate('2027-01-04', 1)).toBe('2027-01-04');
  });

  it('finds due dates and overdue actions', () => {
    expect(dueDate({ kind: 'day', day: 10 }, '2027-01-04')).toBe('2027-01-13');
    expect(dueDate({ kind: 'day', day: 10 }, undefined)).toBeUndefined();
    expect(dueDate({ kind: 'date', date: '2027-02-01' }, undefined)).toBe('2027-02-01');
    expect(isOverdue({ kind: 'date', date: '2027-01-10' }, 'todo', undefined, '2027-01-11')).toBe(true);
    expect(isOverdue({ kind: 'date', date: '2027-01-10' }, 'done', undefined, '2027-01-11')).toBe(false);
    expect(isOverdue({ kind: 'date', date: '2027-01-10' }, 'doing', undefined, '2027-01-10')).toBe(false);
  });

  it('finds a person not met by their day, as an action past its due', () => {
    const person = { id: 'p1', name: 'My Director or VP', why: '', byDay: 5, met: false };
    expect(isPersonOverdue(person, '2027-01-04', '2027-01-24')).toBe(true);
    expect(isPersonOverdue(person, '2027-01-04', '2027-01-08')).toBe(false);
    expect(isPersonOverdue({ ...person, met: true }, '2027-01-04', '2027-01-24')).toBe(false);
    expect(isPersonOverdue(person, undefined, '2027-01-24')).toBe(false);
    expect(isPersonOverdue({ ...person, byDay: undefined }, '2027-01-04', '2027-01-24')).toBe(false);
  });

  it('reads a day field: a whole day from 1 to 366, none when emptied, and refuses the rest', () => {
    expect(readPlanDay('14')).toBe(14);
    expect(readPlanDay('1')).toBe(1);
    expect(readPlanDay('366')).toBe(366);
    expect(readPlanDay('')).toBeUndefined();
    // Refused, not read as no day (the saved day was deleted) nor cut to a whole one (2.5 was saved as day 2).
    for (const text of ['0', '-3', '367', '400', '2.5']) expect(readPlanDay(text), text).toBe(false);
    // The browser reports "-" or "2e" half typed as empty, with badInput.
    expect(readPlanDay('', true)).toBe(false);
  });

  it('edits a due in a field of the kind it is stored as, and an empty one in the kind the start date implies', () => {
    const day = { kind: 'day', day: 14 } as const;
    const date = { kind: 'date', date: '2027-01-20' } as const;
    for (const start of ['2027-01-04', undefined]) {
      expect(dueFieldKind(day, start), String(start)).toBe('day');
      expect(dueFieldKind(date, start), String(start)).toBe('date');
      // The field the reader is in keeps its kind once emptied; a stored due is shown as stored whatever it holds.
      expect(dueFieldKind(undefined, start, 'day')).toBe('day');
      expect(dueFieldKind(undefined, start, 'date')).toBe('date');
      expect(dueFieldKind(date, start, 'day')).toBe('date');
    }
    // Emptied and left (nothing held), as after a reload: a day of the plan with a start date, a date without.
    expect(dueFieldKind(undefined, '2027-01-04')).toBe('day');
    expect(dueFieldKind(undefined, undefined)).toBe('date');
  });
});

describe('plan model', () => {
  it('starts with three phases themed Learn, Plan, Act', () => {
    expect(createPlan('x', 1).phases.map((p) => p.theme)).toEqual(['Learn', 'Plan', 'Act']);
  });

  it('edits without touching the original', () => {
    const plan = samplePlan();
    const edited = updateGoal(plan, 0, 'g1', { text: 'Changed' }, 2000);
    expect(plan.phases[0].goals[0]?.text).toBe('Know every account');
    expect(edited.phases[0].goals[0]?.text).toBe('Changed');
    expect(edited.updatedAt).toBe(2000);
  });

  it('reorders within bounds', () => {
    expect(moveItem([{ id: 'a' }, { id: 'b' }, { id: 'c' }], 'c', -1).map((i) => i.id)).toEqual(['a', 'c', 'b']);
    expect(moveItem([{ id: 'a' }, { id: 'b' }], 'a', -1).map((i) => i.id)).toEqual(['a', 'b']);
    let plan = addGoal(samplePlan(), 0, { id: 'g2', text: 'Second', category: 'team', measure: '', actions: [] }, 1);
    plan = moveGoal(plan, 0, 'g2', -1, 2);
    expect(plan.phases[0].goals.map((g) => g.id)).toEqual(['g2', 'g1']);
    expect(removeGoal(plan, 0, 'g2', 3).phases[0].goals.map((g) => g.id)).toEqual(['g1']);
  });

  it('duplicates under a new id and clears a due date', () => {
    const copy = duplicatePlan(samplePlan(), 'plan-2', 5000);
    expect(copy.id).toBe('plan-2');
    expect(copy.title).toBe('Copy of CSM Manager plan');
    const cleared = updateAction(copy, 0, 'g1', 'a1', { due: undefined }, 5001);
    expect(cleared.phases[0].goals[0]?.actions[0]?.due).toBeUndefined();
  });

  // A plan saved before December 6, late night, or written by hand, kept what was pasted: it is read without them.
  it('reads a stored plan without the bidi controls that reorder its text, keeping every letter and mark', () => {
    const plan = samplePlan();
    const stored = JSON.stringify({
      ...plan,
      title: 'CSM \u202eManager\u202c plan',
      context: 'Line 1\u2067\nשלום\u200f\u200e\u061c!',
    });
    const read = readPlan(stored.replace('Know every account', 'Know\u2066 every\u2069 account'));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    expect(read.value.title).toBe('CSM Manager plan');
    expect(read.value.context).toBe('Line 1\nשלום\u200f\u200e\u061c!');
    expect(read.value.phases[0].goals[0]?.text).toBe('Know every account');
  });

  // December 7: a restored or hand-edited title "Title line1\nline2" was kept with its break, which the title's field
  // does not show ("Title line1line2"), and went into the JSON, the review link and the calendar as it was. A field of
  // one line reads every kind of line break as a space; a field of several lines keeps them.
  it('reads line breaks in a one-line field as spaces, and keeps them in a field of several lines', () => {
    const plan = samplePlan();
    const breaks = 'a\nb\r\nc\rd\u2028e\u2029f\u0085g\vh\fi';
    const spaced = 'a b c d e f g h i';
    const goal = plan.phases[0].goals[0];
    const stored = {
      ...plan,
      title: `Title line1\nline2`,
      role: breaks,
      reviewers: breaks,
      context: 'Line 1\nLine 2',
      phases: [
        {
          ...plan.phases[0],
          theme: breaks,
          goals: [
            {
              ...goal,
              text: 'Goal\nline 2',
              measure: breaks,
              actions: goal?.actions.map((action) => ({ ...action, text: breaks })),
            },
          ],
          people: plan.phases[0].people.map((person) => ({ ...person, name: breaks, why: breaks })),
          review: { happened: 'A\nB', why: '', next: '' },
        },
        plan.phases[1],
        plan.phases[2],
      ],
    };
    const read = readPlan(JSON.stringify(stored));
    expect(read.kind).toBe('ok');
    if (read.kind !== 'ok') return;
    const { title, role, reviewers, context, phases } = read.value;
    expect(title).toBe('Title line1 line2');
    expect([role, reviewers, phases[0].theme]).toEqual([spaced, spaced, spaced]);
    expect(phases[0].people.map((person) => [person.name, person.why])).toEqual([[spaced, spaced]]);
    // An action and a measure are fields of several lines since December 7, late (R5): their breaks are kept.
    expect(phases[0].goals[0]?.measure).toBe(breaks);
    expect(phases[0].goals[0]?.actions.map((action) => action.text)).toEqual([breaks, breaks, breaks]);
    expect([context, phases[0].goals[0]?.text, phases[0].review.happened]).toEqual([
      'Line 1\nLine 2',
      'Goal\nline 2',
      'A\nB',
    ]);
  });

  // A plan's fields of several lines are read by the note schema, whose limit is a note's: the field's must be the same.
  it('holds a field of several lines to a note’s limit, which its schema reads it by', () => {
    expect(MAX_PLAN_TEXT).toBe(MAX_NOTE_LENGTH);
    const plan = { ...samplePlan(), context: 'x'.repeat(MAX_PLAN_TEXT) };
    expect(readPlan(JSON.stringify(plan)).kind).toBe('ok');
    expect(readPlan(JSON.stringify({ ...plan, context: `${plan.context}x` })).kind).toBe('invalid');
  });

  it('round-trips through storage validation', () => {
    const plan = samplePlan();
    expect(readPlan(JSON.stringify(plan))).toEqual({ kind: 'ok', value: plan, migrated: false });
    expect(readPlan(JSON.stringify({ ...plan, phases: [] })).kind).toBe('invalid');
  });
});

describe('plan Markdown export', () => {
  it('writes phases, goals, task-list actions, people and the review', () => {
    expect(planToMarkdown(samplePlan())).toBe(
      [
        '# CSM Manager plan',
        '',
        '- **Role:** CSM Manager, EMEA',
        '- **Start date:** 4 Jan 2027',
        '- **Reviewed by:** Sam (manager), Ana (mentor)',
        '',
        '## Days 1–30: Learn (4 Jan – 2 Feb 2027)',
        '',
        '### Know every account',
        '',
        '*Learning* · Success measure: All accounts reviewed',
        '',
        '- [x] Review account health (Owner: Me, Due: day 10 (13 Jan 2027))',
        '- [ ] Meet the SALs (Owner: Manager, Due: 20 Jan 2027)',
        '- [~] Old report (Owner: Other)',
        '',
        '### People to meet',
        '',
        '| Name | Why | By | Met |',
        '| --- | --- | --- | --- |',
        '| Chloe | Leads the pilot \\| owns it | day 5 (8 Jan 2027) | Yes |',
        '',
        '### End-of-phase review',
        '',
        '- **What happened:** Met everyone',
        '- **What next:** Start coaching',
        '',
        '## Days 31–60: Plan (3 Feb – 4 Mar 2027)',
        '',
        '## Days 61–90: Act (5 Mar – 3 Apr 2027)',
        '',
      ].join('\n'),
    );
  });

  /** A plan with a goal, an action and a person drawn from the handbook, the person the site's own suggestion. */
  function basedPlan() {
    const review = { href: '/handbook/customer-success/csm/csm-manager/#review-checklist', label: 'Review Checklist' };
    const leaders = { href: '/handbook/customer-success/csm/csm-manager/#csm-leadership', label: 'CSM Leadership' };
    let plan = createPlan('p', 1, 'Drawn');
    plan = addGoal(
      plan,
      0,
      {
        id: 'g',
        text: 'Know the accounts',
        category: 'operations',
        measure: 'Reviewed',
        source: { id: 'tpl-g', ...review },
        actions: [
          {
            id: 'a',
            text: 'Check',
            owner: 'self',
            status: 'todo',
            due: { kind: 'day', day: 10 },
            source: { id: 'sug-a', ...review },
          },
        ],
      },
      2,
    );
    plan = addPerson(
      plan,
      0,
      { id: 'm', name: 'Peers', why: 'Advice', byDay: 20, met: false, source: { id: 'tpl-m', ...leaders, site: true } },
      3,
    );
    return plan;
  }

  // December 6, late night: the items drawn from the handbook are the site's words, and a template's days the
  // site's suggestions; the Markdown says both, as the page does, once for the days.
  it('says what each item is based on, and once that the days of those items are the site’s', () => {
    const plan = basedPlan();
    const markdown = planToMarkdown(plan);
    expect(markdown).toContain(
      '\n*Items based on the handbook are in this site’s words, each naming its section. Due days and meet-by days are this site’s suggestions.*\n',
    );
    expect(markdown).toContain('*Operations* · Success measure: Reviewed · Based on the handbook: Review Checklist\n');
    expect(markdown).toContain('- [ ] Check (Owner: Me, Due: day 10, Based on the handbook: Review Checklist)\n');
    expect(markdown).toContain('| Peers | Advice (Suggested by this site; see CSM Leadership) | day 20 | No |');
    expect(markdown).not.toContain('From the handbook');
    // A plan of the reader's own, days and all, has no note.
    expect(planToMarkdown(samplePlan())).not.toContain('site’s suggestions');
  });

  // December 7: the Markdown named each item's section without a link, so a manager reading a shared plan could not
  // follow it. Each source links to its section on the site, under its base path, as the checklists' export links the
  // site's pages (from the page's own address); without that address the source stays words.
  it('links each item’s source to its section on the site, under the site’s base path', () => {
    const markdown = planToMarkdown(basedPlan(), 'https://csm.example/hb/');
    const review = 'https://csm.example/hb/handbook/customer-success/csm/csm-manager/#review-checklist';
    const leaders = 'https://csm.example/hb/handbook/customer-success/csm/csm-manager/#csm-leadership';
    expect(markdown).toContain(
      `*Operations* · Success measure: Reviewed · [Based on the handbook: Review Checklist](${review})\n`,
    );
    expect(markdown).toContain(
      `- [ ] Check (Owner: Me, Due: day 10, [Based on the handbook: Review Checklist](${review}))\n`,
    );
    expect(markdown).toContain(
      `| Peers | Advice ([Suggested by this site; see CSM Leadership](${leaders})) | day 20 | No |`,
    );
    expect(planToMarkdown(basedPlan())).toContain('Reviewed · Based on the handbook: Review Checklist\n');
    // A review link's plan brings its own label: it stays the link's words.
    const source = { id: 'tpl-h', href: '/handbook/customer-success/csm/csm-manager/#review-checklist' };
    const goal = { id: 'h', text: 'H', category: 'team' as const, measure: '', actions: [] };
    const plan = addGoal(
      createPlan('q', 1, 'Q'),
      0,
      { ...goal, source: { ...source, label: 'x](https://e.example) [y' } },
      2,
    );
    expect(planToMarkdown(plan, 'https://csm.example/hb/')).toContain(
      `[Based on the handbook: x\\](https://e.example) \\[y](${review})\n`,
    );
  });

  it('keeps hostile text inert: no HTML, no front matter, no fake tasks or headings', () => {
    let plan = createPlan('p', 1, '---\ntitle: hacked\n---');
    plan = updatePlanFields(plan, { context: '<script>alert(1)</script>\n# Fake heading\n- [x] fake task' }, 2);
    plan = addGoal(
      plan,
      0,
      {
        id: 'g',
        text: '<img src=x onerror=alert(1)>',
        category: 'strategy',
        measure: '[click](javascript:alert(1))',
        actions: [],
      },
      3,
    );
    const markdown = planToMarkdown(plan);
    expect(markdown.startsWith('# \\--- title: hacked ---\n')).toBe(true);
    expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(markdown).toContain('\n\\# Fake heading\n\\- \\[x\\] fake task\n');
    expect(markdown).toContain('### \\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('Success measure: \\[click\\](javascript:alert(1))');
    expect(markdown).not.toMatch(/(?<!\\)<(script|img)/);
  });

  it('a lone CR or a Unicode line separator from a backup or a review link never starts a line of its own', () => {
    let plan = updatePlanFields(createPlan('p', 1, 'Plan'), { role: 'CSM Manager\r1. injected list' }, 2);
    plan = addGoal(
      plan,
      0,
      { id: 'g', text: 'Goal\u2028# Heading', category: 'strategy', measure: 'NPS up\r===', actions: [] },
      3,
    );
    plan = addPerson(plan, 0, { id: 'x', name: 'Chloe\u0085- [x] fake', why: 'Pilot\u2029| cell', met: false }, 4);
    // Split as GitLab's CommonMark would (\r\n, \r, \n), and at the Unicode separators too.
    const lines = planToMarkdown(plan).split(/\r\n|[\r\n\u2028\u2029\u0085]/);
    expect(lines).toContain('- **Role:** CSM Manager 1. injected list');
    expect(lines).toContain('### Goal \\# Heading');
    expect(lines).toContain('*Strategy* · Success measure: NPS up ===');
    expect(lines).toContain('| Chloe - \\[x\\] fake | Pilot \\| cell |   | No |');
  });

  // December 7: the review's fields, which take line breaks, came out on one line ("Line one - \\[x\\] Line two …"),
  // while the checklists' and the ladder's notes kept theirs. A review field keeps its lines in its bullet, each
  // ending in a hard break as those notes' do.
  it('keeps the line breaks of a review field inside its bullet, each line escaped', () => {
    const happened = 'Line one\n- [x] Line two is a list item\r\nLine three';
    const plan = updatePhase(createPlan('p', 1, 'Plan'), 0, { review: { happened, why: '', next: '' } }, 2);
    expect(planToMarkdown(plan)).toContain(
      ['- **What happened:** Line one\\', '  \\- \\[x\\] Line two is a list item\\', '  Line three', ''].join('\n'),
    );
  });

  it('names files after the plan', () => {
    expect(planFileName(samplePlan(), 'md')).toBe('30-60-90-plan-csm-manager-plan.md');
  });

  // December 7 (a tester's report, R6): every character outside a-z0-9 became a dash, so "Plán für Jürgen" was
  // "pl-n-f-r-j-rgen", "Alex’s" "alex-s", and a title in Chinese or of emoji gave every such plan one name.
  it('names files after the title with accents folded, apostrophes dropped and any script’s letters kept', () => {
    const named = (title: string, startDate?: string) =>
      planFileName({ ...createPlan('k2x9q7m4p1ab', 1, title), ...(startDate && { startDate }) }, 'md');
    expect(named('Plán für Jürgen')).toBe('30-60-90-plan-plan-fur-jurgen.md');
    expect(named('Alex’s 30-60-90; Q1, 2027')).toBe('30-60-90-plan-alexs-30-60-90-q1-2027.md');
    expect(named("Ana's plan ʼ‘quoted’")).toBe('30-60-90-plan-anas-plan-quoted.md');
    expect(named('Kế hoạch ÉTÉ')).toBe('30-60-90-plan-ke-hoach-ete.md');
    expect(named('İstanbul ﬁrst')).toBe('30-60-90-plan-istanbul-first.md');
    // Letters of other scripts stay, with the marks they are written with (a Hindi vowel sign is one), and Korean
    // as the syllables it was typed as.
    expect(named('计划 2027')).toBe('30-60-90-plan-计划-2027.md');
    expect(named('योजना')).toBe('30-60-90-plan-योजना.md');
    expect(named('계획')).toBe('30-60-90-plan-계획.md');
    // Only a Latin letter's accents are folded: the breve of the Cyrillic й makes another letter, not an accent.
    expect(named('Мой план')).toBe('30-60-90-plan-мой-план.md');
    expect(named('Σχέδιο')).toBe('30-60-90-plan-σχέδιο.md');
    // Nothing a file system refuses: slashes, colons, quotes, angle brackets, controls.
    expect(named('Q1/Q2: "plan" <draft>?*|\\\u0007')).toBe('30-60-90-plan-q1-q2-plan-draft.md');
  });

  it('names a plan whose title has no letter or digit by its start date, or else its id', () => {
    expect(planFileName(createPlan('k2x9q7m4p1ab', 1, '🚀🚀'), 'ics')).toBe('30-60-90-plan-k2x9q7m4p1ab.ics');
    expect(planFileName({ ...createPlan('k2x9q7m4p1ab', 1, '!!!'), startDate: '2027-01-04' }, 'json')).toBe(
      '30-60-90-plan-2027-01-04.json',
    );
    expect(planFileName(createPlan('other-plan', 1, ''), 'md')).toBe('30-60-90-plan-other-plan.md');
    // No mark left over from an emoji or a keycap (U+FE0F, U+20E3), unseen in a file name.
    expect(planFileName(createPlan('k2x9q7m4p1ab', 1, '❤️ 1️⃣ plan'), 'md')).toBe('30-60-90-plan-1-plan.md');
  });

  it('cuts a long title to 40 characters, never in a character nor with a dash at the end', () => {
    const at = (title: string) => planFileName(createPlan('x', 1, title), 'md');
    expect(at(`${'a'.repeat(39)} b`)).toBe(`30-60-90-plan-${'a'.repeat(39)}.md`);
    expect(at('𠀀'.repeat(50))).toBe(`30-60-90-plan-${'𠀀'.repeat(40)}.md`);
  });
});

describe('plan calendar', () => {
  it('has the three phases, every dated action that applies and every person to meet by a day', () => {
    const events = planCalendarEvents(samplePlan());
    expect(events.map((e) => [e.title, e.start, e.end])).toEqual([
      ['CSM Manager plan – Days 1–30: Learn', '2027-01-04', '2027-02-03'],
      ['Review account health', '2027-01-13', '2027-01-14'],
      ['Meet the SALs', '2027-01-20', '2027-01-21'],
      ['Meet: Chloe', '2027-01-08', '2027-01-09'],
      ['CSM Manager plan – Days 31–60: Plan', '2027-02-03', '2027-03-05'],
      ['CSM Manager plan – Days 61–90: Act', '2027-03-05', '2027-04-04'],
    ]);
  });

  // December 7 (R9): "Meet My manager", the site's verb run into the reader's words, on the timeline and here.
  it('names a person to meet after the site’s “Meet:”, in the one string the timeline says it with', () => {
    const plan = addPerson(samplePlan(), 1, { id: 'p2', name: 'My manager', why: '', byDay: 40, met: false }, 2000);
    const titles = planCalendarEvents(plan).map((event) => event.title);
    expect(titles).toContain('Meet: Chloe');
    expect(titles).toContain('Meet: My manager');
    expect(titles).toContain(pt('plan.meet', { name: 'My manager' }));
  });

  // December 7, late (R5): an action is a field of several lines, as a goal is; an event's title is one line.
  it('writes an action’s and a measure’s lines on one line in an event’s title and in the Markdown', () => {
    let plan = updateGoal(samplePlan(), 0, 'g1', { measure: 'All accounts\nreviewed' }, 2000);
    plan = updateAction(plan, 0, 'g1', 'a2', { text: 'Meet the SALs\r\nof EMEA\u2028first' }, 2001);
    expect(planCalendarEvents(plan).map((event) => event.title)).toContain('Meet the SALs of EMEA first');
    const markdown = planToMarkdown(plan);
    expect(markdown).toContain('- [ ] Meet the SALs of EMEA first (Owner: Manager, Due: 20 Jan 2027)');
    expect(markdown).toContain(' · Success measure: All accounts reviewed');
  });

  it('makes an iCalendar file of those events', () => {
    const value = calendarFile(planCalendarEvents(samplePlan()), new Date());
    expect(value).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
    expect(value.match(/BEGIN:VEVENT/g)?.length).toBe(6);
    expect(value).toContain('DTSTART;VALUE=DATE:20270104');
    expect(value).toContain('SUMMARY:Meet the SALs');
  });
});
