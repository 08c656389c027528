import { describe, expect, it } from 'vitest';
import {
  itemPlainText,
  lensRole,
  programItemIds,
  programLens,
  sectionsForRole,
  toProgramShape,
  toProgramSummary,
  toProgramView,
} from '../../src/lib/program-view';
import { programSchema } from '../../src/schemas/program';
import { readProgramFiles } from '../support/programs';

const OWN_PATHS = new Set(['/handbook/customer-success/csm/csm-internship/']);

const views = readProgramFiles().map((file) =>
  toProgramView(file.id, programSchema.parse(file.data), OWN_PATHS, '/handbook/'),
);

describe('program views', () => {
  it.each(views.map((view) => [view.id, view]))('%s: ids, summary, shape and plain text agree', (_id, view) => {
    const ids = programItemIds(view);
    expect(new Set(ids).size).toBe(ids.length);
    const summary = toProgramSummary(view);
    expect(programItemIds(summary)).toEqual(ids);
    const shape = toProgramShape(view);
    expect(programItemIds(shape)).toEqual(ids);
    // Every id names a text, and an unknown id names itself.
    for (const id of ids) expect(itemPlainText(summary, id)).not.toBe(id);
    expect(itemPlainText(summary, 'no-such-task')).toBe('no-such-task');
  });

  it('resolves links inside task text to this site under its base, or to the handbook host', () => {
    const links = views.flatMap((view) =>
      view.sections.flatMap((section) => section.tasks.flatMap((task) => task.text.filter((s) => s.kind === 'link'))),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      if (link.kind !== 'link') continue;
      expect(link.external ? link.href.startsWith('https://') : link.href.startsWith('/handbook/')).toBe(true);
    }
  });
});

describe('the role lens', () => {
  const onboarding = views.find((view) => view.id === 'onboarding');
  if (!onboarding) throw new Error('needs the onboarding program');
  const count = (sections: { tasks: { subtasks?: unknown[] }[] }[]) =>
    sections.reduce((sum, s) => sum + s.tasks.reduce((n, task) => n + 1 + (task.subtasks?.length ?? 0), 0), 0);

  it('keeps only the chosen role’s lists and tasks, and all of them for everyone', () => {
    const all = programItemIds(onboarding).length;
    const parts = (onboarding.roles ?? []).map((role) => sectionsForRole(onboarding.sections, role));
    for (const [i, sections] of parts.entries()) {
      const role = onboarding.roles?.[i];
      expect(sections.length).toBeGreaterThan(0);
      for (const section of sections) for (const task of section.tasks) expect(task.role ?? section.role).toBe(role);
    }
    // Every item is someone's: the parts add up to the whole.
    expect(parts.reduce((sum, sections) => sum + count(sections), 0)).toBe(all);
    expect(sectionsForRole(onboarding.sections, undefined)).toEqual(onboarding.sections);
  });

  it('counts progress and the next task over the chosen part, named after it', () => {
    const managerFirst = onboarding.sections.find((s) => s.role === 'manager')?.tasks[0]?.id ?? '';
    const records = { [managerFirst]: { v: 2 as const, state: 'done' as const, note: '', updatedAt: 0 } };
    const mine = programLens(onboarding, 'new-csm', records);
    expect(mine.role).toBe('new-csm');
    expect(mine.progress.done).toBe(0);
    expect(mine.progress.total).toBe(count(mine.sections));
    expect(mine.next?.section.role).toBe('new-csm');
    const manager = programLens(onboarding, 'manager', records);
    expect(manager.progress.done).toBe(1);
    expect(manager.next?.item.id).not.toBe(managerFirst);
  });

  it('ignores a role the program does not offer', () => {
    expect(lensRole(onboarding, 'intern')).toBeUndefined();
    expect(lensRole({}, 'manager')).toBeUndefined();
    expect(programLens(onboarding, 'intern', {}).progress.total).toBe(programItemIds(onboarding).length);
  });
});
