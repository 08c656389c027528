import { describe, expect, it } from 'vitest';
import { createBackup, parseBackup, restoredForVisit, restoredWords } from '../../src/lib/backup';
import { planBackup } from '../../src/lib/plan-backup';
import { createPlan } from '../../src/lib/plan-model';
import { changeLines, previewLines, restoreChanges, unofferedRoleNotes } from '../../src/lib/restore-preview';
import { ladderEvidence, ladderRating, now, record } from '../support/backup-file';

describe('the restore’s preview', () => {
  it('describes what a restore would change', () => {
    const current = {
      tasks: { a: record('done'), b: record('open', 'x'), c: record('done') },
      programs: {},
      plans: {},
    };
    const incoming = {
      tasks: { a: record('done'), b: record('done', 'x'), c: record('na'), d: record('open', 'new note') },
      programs: { internship: { v: 1 as const, startDate: '2027-01-04' } },
      plans: {},
    };
    expect(restoreChanges(current, incoming)).toEqual({
      ticked: 1,
      unticked: 0,
      markedNotApplicable: 1,
      notesChanged: 1,
      unknownKept: 0,
      unknownRemoved: 0,
      settingsChanged: 1,
      plansChanged: 0,
      planTitles: [],
      managerChanged: 0,
      ladderChanged: 0,
      none: false,
    });
    expect(changeLines(restoreChanges(current, incoming))).toEqual([
      '1 task becomes ticked',
      '1 task becomes not applicable',
      '1 note changes',
      '1 program setting changes',
    ]);
    expect(restoreChanges(current, current).none).toBe(true);
    expect(changeLines(restoreChanges(current, current))).toEqual([]);
    const assessed = {
      ...current,
      ladder: { ratings: { 'staff-resp-x': ladderRating }, evidence: { 'ev-1': ladderEvidence } },
    };
    expect(restoreChanges(current, assessed)).toMatchObject({ ladderChanged: 2, none: false });
  });

  it('counts a ladder rating by what the reader sees: a record kept only for its stamps, or new stamps, change nothing', () => {
    const base = { tasks: {}, programs: {}, plans: {} };
    const evidence = {};
    // An item whose rating was cleared: the record keeps its stamps for other tabs (src/stores/ladder-records.ts).
    const cleared = { ...ladderRating, rating: undefined, evidence: [], note: '', at: { rating: 1_800_000_000_000 } };
    const withCleared = { ...base, ladder: { ratings: { 'staff-resp-x': cleared }, evidence } };
    expect(restoreChanges(withCleared, base)).toMatchObject({ ladderChanged: 0, none: true });
    expect(restoreChanges(base, withCleared)).toMatchObject({ ladderChanged: 0, none: true });
    // The same rating, stamped at another time.
    const rated = { ...base, ladder: { ratings: { 'staff-resp-x': ladderRating }, evidence } };
    const restamped = {
      ...base,
      ladder: { ratings: { 'staff-resp-x': { ...ladderRating, at: { rating: 1_900_000_000_000 } } }, evidence },
    };
    expect(restoreChanges(rated, restamped)).toMatchObject({ ladderChanged: 0, none: true });
    // What is seen still counts: the rating cleared by the restore.
    expect(restoreChanges(rated, withCleared)).toMatchObject({ ladderChanged: 1, none: false });
  });

  it('restores a part a checklist does not offer, and says which checklists will show everyone’s tasks', () => {
    // As the site reads its own stored settings (src/lib/program-view.ts, lensRole): a part a program no longer
    // offers is kept and read as everyone's tasks, so a backup made before the content dropped it still restores.
    const programs = [
      { id: 'onboarding', title: 'CSM Onboarding', roles: ['new-csm' as const, 'manager' as const, 'buddy' as const] },
      { id: 'internship', title: 'CSM Internship Program' },
    ];
    const file = {
      ...createBackup({ tasks: {}, programs: {}, plans: {} }, now),
      programs: {
        onboarding: { v: 1, role: 'intern' },
        internship: { v: 1, role: 'mentor' },
        'retired-program': { v: 1, role: 'buddy' },
      },
    };
    const parsed = parseBackup(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.data.programs.onboarding).toEqual({ v: 1, role: 'intern' });
    expect(unofferedRoleNotes(programs, parsed)).toEqual([
      'CSM Onboarding will show everyone’s tasks: the file picks the Intern’s part, which it does not offer.',
      'CSM Internship Program will show everyone’s tasks: the file picks the Mentor’s part, which it does not offer.',
    ]);
    // A part the checklist offers, or none: nothing to say.
    const offered = { onboarding: { v: 1 as const, role: 'buddy' as const }, internship: { v: 1 as const } };
    expect(unofferedRoleNotes(programs, { data: { ...parsed.data, programs: offered } })).toEqual([]);
    // A file of plans alone brings back its plans only: its program settings are not read.
    expect(unofferedRoleNotes(programs, { ...parsed, only: 'plans' })).toEqual([]);
  });

  // A backup of 20,000 records for tasks the site does not have said "20,000 tasks become ticked", which no
  // checklist then showed, and nothing of what became of them.
  it('counts records for tasks this site does not have apart, saying they are kept, or removed', () => {
    const programs = [{ sections: [{ id: 'int-s', tasks: [{ id: 'int-a', subtasks: [{ id: 'int-a-1' }] }] }] }];
    const current = {
      tasks: {
        'int-a': record('open', 'x'),
        'gone-1': record('done'),
        'gone-2': record('na'),
        'old-x': record('done'),
      },
      programs: {},
      plans: {},
    };
    const gone = Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`gone-${i}`, record('done')]));
    const incoming = {
      tasks: { ...gone, 'int-a': record('done', 'x'), 'int-a-1': record('done'), 'gone-blank': record('open') },
      programs: {},
      plans: {},
    };
    const changes = restoreChanges(current, incoming, programs);
    // gone-1 is already so; gone-blank holds nothing, so nothing is kept of it; old-x is not in the file.
    expect(changes).toMatchObject({ ticked: 2, unticked: 0, unknownKept: 19_999, unknownRemoved: 1, none: false });
    expect(changeLines(changes)).toEqual([
      '2 tasks become ticked',
      '19,999 task records are for tasks this site does not have: they are kept, and backed up, but no checklist shows them',
      '1 task record for a task this site does not have is removed: the file does not hold it',
    ]);
    // Only such records: the preview says so, and no more.
    const unknownOnly = restoreChanges(
      { tasks: {}, programs: {}, plans: {} },
      { ...incoming, tasks: { 'gone-1': record('na', 'n') } },
      programs,
    );
    expect(changeLines(unknownOnly)).toEqual([
      '1 task record is for a task this site does not have: it is kept, and backed up, but no checklist shows it',
    ]);
    expect(restoreChanges(current, current, programs).none).toBe(true);
  });

  // A plan's own file was previewed as a whole backup's count, "1 plan added, changed or removed", and said "Your
  // backup was restored." once brought back: it can only add its plan or put it back over the same plan.
  it('a plan file’s preview names the plan it adds or puts back, and its restore says the plan is back', () => {
    const plan = createPlan('ddd', 1, 'Plan to carry');
    const file = parseBackup(JSON.stringify(planBackup(plan, now)));
    if (!file.ok) throw new Error(file.error);
    const empty = { tasks: { a: record('done') }, programs: {}, plans: {} };
    expect(previewLines(empty, file, [])).toEqual(['“Plan to carry” is added']);
    const older = { ...empty, plans: { ddd: { ...plan, title: 'Older title', updatedAt: 0 } } };
    expect(previewLines(older, file, [])).toEqual(['“Plan to carry” replaces the copy of this plan in this browser']);
    expect(previewLines({ ...empty, plans: { ddd: plan } }, file, [])).toEqual([]);
    expect(restoredWords(file)).toBe('“Plan to carry” is back.');
    // A hand-made file of several plans: each named in the preview, counted once brought back.
    const second = createPlan('eee', 1, 'Second plan');
    const several = parseBackup(JSON.stringify({ ...planBackup(plan, now), plans: { ddd: plan, eee: second } }));
    if (!several.ok) throw new Error(several.error);
    expect(previewLines(empty, several, [])).toEqual(['“Plan to carry” is added', '“Second plan” is added']);
    expect(restoredWords(several)).toBe('These 2 plans are back.');
    const untitled = parseBackup(JSON.stringify(planBackup({ ...plan, title: ' ' }, now)));
    if (!untitled.ok) throw new Error(untitled.error);
    expect(previewLines(empty, untitled, [])).toEqual(['“Untitled plan” is added']);
    // A whole backup keeps its count, and its own words once restored.
    const whole = parseBackup(JSON.stringify(createBackup({ tasks: {}, programs: {}, plans: { ddd: plan } }, now)));
    if (!whole.ok) throw new Error(whole.error);
    expect(previewLines({ ...empty, tasks: {} }, whole, [])).toEqual([
      '1 plan added, changed or removed: “Plan to carry”',
    ]);
    expect(restoredWords(whole)).toBeUndefined();
  });

  // A whole backup's preview said "1 plan added, changed or removed" and not which, where a plan's own file names
  // its plan (a review of the production build): a reader about to replace their plans could not tell which.
  it('a whole backup’s preview names the plans it adds, changes or removes: the first three, then how many more', () => {
    const plan = (id: string, title: string) => createPlan(id, 1, title);
    const same = plan('aaa', 'Left as it is');
    const current = {
      tasks: {},
      programs: {},
      plans: { aaa: same, bbb: plan('bbb', 'Q1 plan'), ccc: plan('ccc', 'Old mock plan') },
    };
    const incoming = {
      tasks: {},
      programs: {},
      plans: { aaa: same, bbb: { ...plan('bbb', 'Q1 plan, reviewed'), updatedAt: 2 }, ddd: plan('ddd', ' ') },
    };
    // Changed, by the file's title; removed, by this browser's; added, "Untitled plan" as the page names it.
    expect(changeLines(restoreChanges(current, incoming))).toEqual([
      '3 plans added, changed or removed: “Q1 plan, reviewed”, “Old mock plan”, “Untitled plan”',
    ]);
    const five = Object.fromEntries(
      ['One', 'Two', 'Three', 'Four', 'Five'].map((title, index) => [`p${index}`, plan(`p${index}`, title)]),
    );
    expect(
      changeLines(restoreChanges({ tasks: {}, programs: {}, plans: {} }, { tasks: {}, programs: {}, plans: five })),
    ).toEqual(['5 plans added, changed or removed: “One”, “Two”, “Three” and 2 more']);
    // A long title is cut, as a message quotes a name.
    const long = plan('eee', `${'Quarter plan '.repeat(20)}end`);
    expect(
      changeLines(
        restoreChanges({ tasks: {}, programs: {}, plans: {} }, { tasks: {}, programs: {}, plans: { eee: long } }),
      ),
    ).toEqual(['1 plan added, changed or removed: “Quarter plan Quarter plan Quarter plan Quarter plan Quarter…”']);
  });

  // With storage blocked, a plan's own file was said as "Your backup is shown for this visit only…": it is no backup.
  it('a plan file restored where the browser keeps no data says the plan is shown for the visit, not a backup', () => {
    const plan = createPlan('ddd', 1, 'Plan to carry');
    const file = parseBackup(JSON.stringify(planBackup(plan, now)));
    const several = parseBackup(
      JSON.stringify({ ...planBackup(plan, now), plans: { ddd: plan, eee: createPlan('eee', 1, 'Second plan') } }),
    );
    const whole = parseBackup(JSON.stringify(createBackup({ tasks: {}, programs: {}, plans: { ddd: plan } }, now)));
    if (!file.ok || !several.ok || !whole.ok) throw new Error('a file was refused');
    const why =
      'this browser does not let the site keep data (for example in private browsing), so it will be gone when you leave or close this page. Nothing was saved.';
    expect(restoredForVisit(file)).toBe(`“Plan to carry” is shown for this visit only: ${why}`);
    expect(restoredForVisit(several)).toBe(`These 2 plans are shown for this visit only: ${why}`);
    expect(restoredForVisit(whole)).toBe(`Your backup is shown for this visit only: ${why}`);
  });
});
