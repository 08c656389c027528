import { describe, expect, it } from 'vitest';
import type { PagefindResultData } from '../../src/lib/pagefind-types';
import type { ProgramShape } from '../../src/lib/program-view';
import { othersParts, pagePartsFile, parsePageParts, taskParts } from '../../src/lib/search-audience';
import { AUDIENCE_LABELS, handbookPageFilters, programRoles, ROLE_AUDIENCE } from '../../src/lib/search-filters';
import { rankResults } from '../../src/lib/search-rank';

const onboarding: ProgramShape = {
  id: 'onboarding',
  title: 'CSM Onboarding',
  shortTitle: 'Onboarding',
  href: '/onboarding/',
  roles: ['new-csm', 'manager', 'buddy'],
  sections: [
    { id: 'module-4', title: 'Module 4', anchor: 'module-4', role: 'new-csm', tasks: [{ id: 'm4-success-plans' }] },
    {
      id: 'manager-beyond',
      title: 'Manager: beyond month 3',
      anchor: 'manager',
      role: 'manager',
      tasks: [{ id: 'mgr-topics', subtasks: [{ id: 'mgr-success-plans' }] }],
    },
    { id: 'buddy-1', title: 'Buddy: month 1', anchor: 'buddy', role: 'buddy', tasks: [{ id: 'bud-intro' }] },
  ],
};

const internship: ProgramShape = {
  id: 'internship',
  title: 'CSM Internship',
  shortTitle: 'Internship',
  href: '/internship/',
  sections: [
    {
      id: 'week-1',
      title: 'Week 1',
      anchor: 'week-1',
      role: 'intern',
      tasks: [{ id: 'w1-read' }, { id: 'w1-kickoff', role: 'mentor' }],
    },
  ],
};

const leaders: ProgramShape = {
  id: 'leaders',
  title: 'Aspiring Leaders',
  shortTitle: 'Leaders',
  href: '/leaders/',
  sections: [{ id: 'm1', title: 'Module 1', anchor: 'm1', tasks: [{ id: 'm1-books' }] }],
};

const LABELS = { 'new-csm': 'New CSM', manager: 'Manager', intern: 'Intern', mentor: 'Mentor' } as const;
const label = (role: string) => LABELS[role as keyof typeof LABELS];

describe('who the parts of a page are for', () => {
  const levels = [{ page: '/job-family/', anchor: 'director', audiences: ['Manager', 'Aspiring leader'] }] as const;
  const file = pagePartsFile([...taskParts([onboarding, internship, leaders], label), ...levels]);

  it('is a task’s role, or its section’s; a sub-step is its task’s; a reader no chip names is under ""', () => {
    expect(file).toEqual({
      v: 1,
      pages: {
        '/onboarding/': {
          'New CSM': ['task-m4-success-plans'],
          Manager: ['task-mgr-topics', 'task-mgr-success-plans'],
          '': ['task-bud-intro'],
        },
        '/internship/': { Intern: ['task-w1-read'], Mentor: ['task-w1-kickoff'] },
        '/job-family/': { Manager: ['director'], 'Aspiring leader': ['director'] },
      },
    });
  });

  it('leaves out, for the chips chosen, the parts of every other reader, and only those', () => {
    const pages = parsePageParts(JSON.parse(JSON.stringify(file)));
    if (!pages) throw new Error('unreadable');
    const forNewCsm = othersParts(pages, new Set(['New CSM']));
    expect(forNewCsm('/onboarding/', ['task-m4-success-plans', 'module-4'])).toBe(false);
    expect(forNewCsm('/onboarding/', ['task-mgr-success-plans', 'manager'])).toBe(true);
    expect(forNewCsm('/onboarding/#x', ['task-bud-intro'])).toBe(true);
    // A section is left out with everything under it.
    expect(forNewCsm('/job-family/', ['director-responsibilities', 'director'])).toBe(true);
    // A page with no roles, and what is not listed, stays.
    expect(forNewCsm('/leaders/', ['task-m1-books', 'm1'])).toBe(false);
    expect(forNewCsm('/job-family/', ['staff-csm'])).toBe(false);
    // A part for several readers stays when one of them is chosen.
    expect(othersParts(pages, new Set(['Aspiring leader']))('/job-family/', ['director'])).toBe(false);
    expect(othersParts(pages, new Set(['Intern', 'Mentor']))('/internship/', ['task-w1-kickoff'])).toBe(false);
    expect(othersParts(pages, new Set(['Intern']))('/internship/', ['task-w1-kickoff'])).toBe(true);
  });

  it('puts a buddy’s tasks under the Mentor chip: a buddy is an experienced CSM guiding a newer one, as a mentor is', () => {
    expect(ROLE_AUDIENCE.buddy).toBe('mentor');
    const byChip = (role: keyof typeof ROLE_AUDIENCE) => {
      const audience = ROLE_AUDIENCE[role];
      return audience ? AUDIENCE_LABELS[audience] : undefined;
    };
    const groups = pagePartsFile(taskParts([onboarding], byChip)).pages['/onboarding/'];
    expect(groups?.Mentor).toEqual(['task-bud-intro']);
    expect(groups?.['']).toBeUndefined();
  });

  it('finds a program’s page for every reader whose tasks it holds, as well as those it is written for', () => {
    // The onboarding page is written for new CSMs and managers; its buddy tasks are a mentor's.
    expect(handbookPageFilters(['new-csm', 'manager'], ['new-csm', 'manager', 'buddy'])).toEqual({
      kind: 'Program',
      audience: ['New CSM', 'Manager', 'Mentor'],
    });
    expect(handbookPageFilters(['intern', 'mentor'], ['intern', 'mentor'])).toEqual({
      kind: 'Program',
      audience: ['Intern', 'Mentor'],
    });
    expect(programRoles(onboarding)).toEqual(['new-csm', 'manager', 'buddy']);
    expect(programRoles(internship)).toEqual(['intern', 'mentor']);
    expect(programRoles(leaders)).toEqual([]);
    // A page without a program is found for the readers it is written for.
    expect(handbookPageFilters(['manager', 'aspiring-leader'], undefined)).toEqual({
      kind: 'Handbook page',
      audience: ['Manager', 'Aspiring leader'],
    });
  });

  it('reads only a file of its version and shape', () => {
    expect(parsePageParts({ v: 2, pages: {} })).toBeUndefined();
    expect(parsePageParts({ v: 1, pages: { '/a/': { Manager: [1] } } })).toBeUndefined();
    expect(parsePageParts({ v: 1, pages: { '/a/': ['x'] } })).toBeUndefined();
    expect(parsePageParts(null)).toBeUndefined();
    expect(parsePageParts({ v: 1, pages: {} })).toEqual({});
  });
});

describe('ranking with audience chips on', () => {
  // "Review Success Plans": the manager's sub-step is shorter, so it ranks above the new CSM's own task. (A bare
  // "Success Plans" would only name the task again, and be listed after it: lib/search-repeats.)
  const words = ['Module', '4:', 'Understand', 'your', 'role', 'as', 'it', 'relates', 'to', 'Success', 'Plans.'];
  const managerWords = ['Manager:', 'beyond', 'month', '3', 'Review', 'Success', 'Plans.'];
  const content = [...words, ...managerWords];
  const data: PagefindResultData = {
    url: '/onboarding/',
    content: content.join(' '),
    meta: { title: 'CSM Onboarding' },
    anchors: [
      { element: 'h3', id: 'module-4', text: 'Module 4:', location: 0 },
      { element: 'li', id: 'task-m4-success-plans', text: '', location: 2 },
      { element: 'h3', id: 'manager', text: 'Manager: beyond month 3', location: words.length },
      { element: 'li', id: 'task-mgr-success-plans', text: '', location: words.length + 4 },
    ],
    weighted_locations: content.flatMap((word, location) =>
      /^(success|plans)/i.test(word) ? [{ weight: 1, balanced_score: 0, location }] : [],
    ),
  };
  const found = [{ score: 1, data }];
  const firstOf = (options = {}) => rankResults('success plan', found, options).pages[0]?.entries[0]?.url;

  it('leaves out another reader’s task, so the reader’s own leads', () => {
    expect(firstOf()).toBe('/onboarding/#task-mgr-success-plans');
    const pages = parsePageParts(pagePartsFile(taskParts([onboarding], label)));
    if (!pages) throw new Error('unreadable');
    expect(firstOf({ isOthers: othersParts(pages, new Set(['New CSM'])) })).toBe('/onboarding/#task-m4-success-plans');
    // With the Manager chip, the manager's: a section of another reader's is left out with its tasks.
    const manager = { isOthers: othersParts({ '/onboarding/': { 'New CSM': ['module-4'] } }, new Set(['Manager'])) };
    expect(rankResults('success plan', found, manager).pages[0]?.entries.map((entry) => entry.url)).toEqual([
      '/onboarding/#task-mgr-success-plans',
    ]);
  });
});
