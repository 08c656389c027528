import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_DATE } from '../../src/lib/dates';
import { lastTouched } from '../../src/lib/last-touched';
import { createPlan } from '../../src/lib/plan-model';
import { currentPhase, phaseProgress } from '../../src/lib/plan-progress';
import { newlyFinished, type SummaryInput, summarizeProgram, withPrograms } from '../../src/lib/progress-summary';
import { currentBlock, readSummary } from '../../src/lib/summary-read';
import type { Plan } from '../../src/schemas/plan';
import type { TaskRecord } from '../../src/schemas/stored';

const program: SummaryInput = {
  id: 'internship',
  title: 'CSM Internship Program',
  href: '/handbook/internship/',
  sections: [
    {
      id: 's1',
      title: 'Pre-internship tasks',
      anchor: 'pre',
      tasks: [{ id: 'a' }, { id: 'b', subtasks: [{ id: 'b1' }] }],
    },
    { id: 's2', title: 'Week 1', anchor: 'week-1', period: { unit: 'week', index: 1 }, tasks: [{ id: 'c' }] },
    { id: 's3', title: 'Week 2', anchor: 'week-2', period: { unit: 'week', index: 2 }, tasks: [{ id: 'd' }] },
  ],
};
const done = (updatedAt: number): TaskRecord => ({ v: 2, state: 'done', note: '', updatedAt });
const words = (id: string) => `Task ${id}`;

describe('the progress summary', () => {
  it('says what a program has done, what is next and in which section, and which sections are finished', () => {
    const entry = summarizeProgram(program, { a: done(5), b: done(9), b1: done(7), x: done(99) }, undefined, words);
    expect(entry).toEqual({
      title: 'CSM Internship Program',
      href: '/handbook/internship/',
      done: 3,
      total: 5,
      lastAt: 9,
      next: { text: 'Task c', section: 'Week 1', href: '/handbook/internship/#task-c' },
      finished: ['pre'],
    });
  });

  it('says how many tasks are not known here, leaves them out of the count, never next, and no section they are in finished', () => {
    const unknown = { v: 2 as const, state: 'newer' as const, note: '', updatedAt: 0 };
    const entry = summarizeProgram(program, { a: done(5), b: done(9), b1: unknown, c: unknown }, undefined, words);
    expect(entry).toMatchObject({ done: 2, total: 3, unknown: 2, finished: [] });
    expect(entry.next?.href).toBe('/handbook/internship/#task-d');
    // A program whose only record is not known here is one the reader touched (in a newer version).
    const summary = withPrograms(undefined, {
      internship: summarizeProgram(program, { a: unknown }, undefined, words),
    });
    expect(lastTouched(summary)?.[0]).toBe('internship');
  });

  it('dates each week once there is a start date, and finds this week by the reader’s day', () => {
    const entry = summarizeProgram(program, {}, { v: 1, startDate: '2027-01-04' }, words);
    expect(entry.blocks?.map((block) => [block.label, block.from, block.href])).toEqual([
      ['Week 1', '2027-01-04', '/handbook/internship/#week-1'],
      ['Week 2', '2027-01-11', '/handbook/internship/#week-2'],
    ]);
    expect(currentBlock(entry, '2027-01-12')?.label).toBe('Week 2');
    expect(currentBlock(entry, '2026-12-01')).toBeUndefined();
  });

  it('dates the blocks of the reader’s part, each linking to a list that part shows', () => {
    // The onboarding's shape: the new CSM's modules are not dated; the months are the manager's and the buddy's
    // lists, under one heading each.
    const onboarding: SummaryInput = {
      id: 'onboarding',
      title: 'CSM Onboarding',
      href: '/onboarding/',
      roles: ['new-csm', 'manager', 'buddy'],
      sections: [
        { id: 'm1', title: 'Module 1', anchor: 'module-1', role: 'new-csm', tasks: [{ id: 'a' }] },
        ...[1, 2].map((index) => ({
          id: `mgr-${index}`,
          title: `Manager: month ${index}`,
          anchor: 'manager-support',
          role: 'manager' as const,
          period: { unit: 'month' as const, index },
          tasks: [{ id: `mgr-task-${index}` }],
        })),
        {
          id: 'mgr-beyond',
          title: 'Manager: beyond month 2',
          anchor: 'manager-support',
          role: 'manager',
          period: { unit: 'month', index: 3, beyond: true },
          tasks: [{ id: 'mgr-task-beyond' }],
        },
        ...[1, 2].map((index) => ({
          id: `bud-${index}`,
          title: `Buddy: month ${index}`,
          anchor: 'buddy-support',
          role: 'buddy' as const,
          period: { unit: 'month' as const, index },
          tasks: [{ id: `bud-task-${index}` }],
        })),
      ],
    };
    const blocks = (role?: 'new-csm' | 'manager' | 'buddy') =>
      summarizeProgram(onboarding, {}, { v: 1, startDate: '2027-01-04', role }, words).blocks?.map((block) => [
        block.label,
        block.from,
        block.href,
      ]);
    // Everyone's: every dated list, each linking to the list itself (the lists share their heading).
    expect(blocks()?.map(([label, , href]) => [label, href])).toEqual([
      ['Manager: month 1', '/onboarding/#checklist-mgr-1'],
      ['Manager: month 2', '/onboarding/#checklist-mgr-2'],
      ['Manager: beyond month 2', '/onboarding/#checklist-mgr-beyond'],
      ['Buddy: month 1', '/onboarding/#checklist-bud-1'],
      ['Buddy: month 2', '/onboarding/#checklist-bud-2'],
    ]);
    // The buddy's: their own months ("Now: Buddy: month 2", not the manager's).
    expect(blocks('buddy')).toEqual([
      ['Buddy: month 1', '2027-01-04', '/onboarding/#checklist-bud-1'],
      ['Buddy: month 2', '2027-02-04', '/onboarding/#checklist-bud-2'],
    ]);
    // The new CSM has no dated list: the program's months, named without a role, linking to the program's panel.
    expect(blocks('new-csm')).toEqual([
      ['Month 1', '2027-01-04', '/onboarding/#panel-onboarding'],
      ['Month 2', '2027-02-04', '/onboarding/#panel-onboarding'],
      ['Beyond month 2', '2027-03-04', '/onboarding/#panel-onboarding'],
    ]);
  });

  it('keeps long task words short', () => {
    const entry = summarizeProgram(program, {}, undefined, () => 'x'.repeat(500));
    expect(entry.next?.text).toHaveLength(200);
  });

  it('reads back what it writes, keeps other programs, and picks the program touched last', () => {
    const a = summarizeProgram(program, { a: done(5) }, undefined, words);
    const b = { ...a, title: 'Other', lastAt: 50 };
    const stored = JSON.stringify(withPrograms(withPrograms(undefined, { internship: a }), { other: b }));
    const read = readSummary(stored);
    expect(read?.programs.internship?.title).toBe('CSM Internship Program');
    expect(lastTouched(read)?.[0]).toBe('other');
  });

  it('ignores what it cannot trust: other versions, bad JSON, links off the site, prototype keys', () => {
    expect(readSummary(null)).toBeUndefined();
    expect(readSummary('{')).toBeUndefined();
    expect(readSummary('{"v":2,"programs":{}}')).toBeUndefined();
    const hostile = readSummary(
      JSON.stringify({
        v: 1,
        programs: {
          evil: { title: 'x', href: '//evil.example/', done: 1, total: 2, lastAt: 1, finished: [] },
          script: { title: 'x', href: 'javascript:alert(1)', done: 1, total: 2, lastAt: 1, finished: [] },
          ok: {
            title: 'ok',
            href: '/ok/',
            done: 1,
            total: 2,
            lastAt: 1,
            next: { text: 't', section: 's', href: 'https://evil.example/' },
            finished: ['a', 3],
            blocks: [{ label: 'w', from: '2027-01-01', to: '2027-01-07', href: '//evil/' }],
          },
        },
      }),
    );
    expect(Object.keys(hostile?.programs ?? {})).toEqual(['ok']);
    expect(hostile?.programs.ok?.next).toBeUndefined();
    expect(hostile?.programs.ok?.finished).toEqual(['a']);
    expect(hostile?.programs.ok?.blocks).toEqual([]);
    expect(lastTouched(undefined)).toBeUndefined();
  });

  it('takes no link the browser would read as another site’s: a backslash or a line break after the first slash', () => {
    // A browser reads "/\host" as "//host", and drops tabs and line breaks from a link before reading it.
    for (const href of ['/\\evil.example/', '/\t/evil.example/', '/\n\\evil.example/', '/\r//evil.example/']) {
      expect(new URL(href, 'https://site.example/').origin, href).not.toBe('https://site.example');
      const read = readSummary(
        JSON.stringify({ v: 1, programs: { p: { title: 'x', href, done: 1, total: 2, lastAt: 1, finished: [] } } }),
      );
      expect(read?.programs, href).toEqual({});
    }
    expect(new URL('/a\\b/', 'https://site.example/').origin).toBe('https://site.example');
  });

  it('stores a block with no end (past month 3) ending on the latest date the planners take', () => {
    const onboarding: SummaryInput = {
      id: 'onboarding',
      title: 'CSM Onboarding',
      href: '/handbook/onboarding/',
      sections: [
        { id: 'm3', title: 'Month 3', anchor: 'm3', period: { unit: 'month', index: 3 }, tasks: [{ id: 'e' }] },
        {
          id: 'm4',
          title: 'Beyond',
          anchor: 'm4',
          period: { unit: 'month', index: 4, beyond: true },
          tasks: [{ id: 'f' }],
        },
      ],
    };
    const blocks = summarizeProgram(onboarding, {}, { v: 1, startDate: '2025-01-06' }, words).blocks ?? [];
    expect(blocks.map((block) => [block.from, block.to])).toEqual([
      ['2025-03-06', '2025-04-05'],
      ['2025-04-06', MAX_DATE],
    ]);
  });

  it('is read as open on the home page by the same date: its card writes MAX_DATE out, not importing dates.ts', () => {
    const card = readFileSync(new URL('../../src/components/home/ContinueCard.astro', import.meta.url), 'utf8');
    expect(card).toContain(`block.to === '${MAX_DATE}'`);
  });

  it('tells which sections a change finished', () => {
    const before = summarizeProgram(program, { a: done(1) }, undefined, words);
    const after = summarizeProgram(program, { a: done(1), b: done(2), b1: done(3) }, undefined, words);
    expect(newlyFinished(before, after)).toEqual(['pre']);
    expect(newlyFinished(undefined, after)).toEqual([]);
  });

  it('does not call a section finished when every task in it is set aside as not applicable: nothing was done', () => {
    const na = (updatedAt: number): TaskRecord => ({ v: 2, state: 'na', note: '', updatedAt });
    const before = summarizeProgram(program, { a: na(1) }, undefined, words);
    const after = summarizeProgram(program, { a: na(1), b: na(2), b1: na(3) }, undefined, words);
    expect(after.finished).toEqual([]);
    expect(newlyFinished(before, after)).toEqual([]);
    // One of them done, the others set aside: finished.
    const oneDone = summarizeProgram(program, { a: done(1), b: na(2), b1: na(3) }, undefined, words);
    expect(oneDone.finished).toEqual(['pre']);
  });
});

describe('a plan’s phases on the dashboard', () => {
  const plan = (): Plan => {
    const base = createPlan('p1', 0);
    const action = (id: string, status: 'todo' | 'done' | 'na') => ({ id, text: id, owner: 'self' as const, status });
    const goal = {
      id: 'g1',
      text: 'g',
      category: 'learning' as const,
      measure: '',
      actions: [action('x', 'done'), action('y', 'todo'), action('z', 'na')],
    };
    const [first, second, third] = base.phases;
    return { ...base, phases: [{ ...first, goals: [goal] }, second, third] };
  };

  it('counts actions done out of those that count', () => {
    expect(phaseProgress(plan(), 0)).toEqual({ done: 1, total: 2, notApplicable: 1 });
    expect(phaseProgress(plan(), 1)).toEqual({ done: 0, total: 0, notApplicable: 0 });
  });

  it('finds the current phase by date, or else the first with an open action', () => {
    expect(currentPhase(plan(), '2027-01-01')).toBe(0);
    const dated = { ...plan(), startDate: '2027-01-04' };
    expect(currentPhase(dated, '2027-02-10')).toBe(1);
    expect(currentPhase(dated, '2026-12-01')).toBeUndefined();
    expect(currentPhase(dated, '2027-12-01')).toBeUndefined();
  });
});
