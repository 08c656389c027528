// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { setProgramSettings, startPlanner, stopPlannerForTests, toggleTask } from '../../src/stores/planner';
import { programLensStore } from '../../src/stores/program-lens';
import { FakeStorage } from '../support/fake-storage';

const program = {
  id: 'lens-test',
  roles: ['new-csm', 'manager'] as const,
  sections: [
    { id: 'mine', role: 'new-csm' as const, tasks: [{ id: 'a' }, { id: 'b', subtasks: [{ id: 'b1' }] }] },
    { id: 'theirs', role: 'manager' as const, tasks: [{ id: 'm' }] },
  ],
};

afterEach(() => stopPlannerForTests());

describe('program lens store', () => {
  it('counts the chosen role’s part from stored data, for any island or badge that asks', () => {
    const $lens = programLensStore(program);
    expect($lens.get()).toMatchObject({ ready: false, role: undefined, progress: { done: 0, total: 4 } });
    startPlanner(() => openStorage(() => new FakeStorage()));
    toggleTask('m');
    expect($lens.get()).toMatchObject({ ready: true, progress: { done: 1, total: 4 }, next: { item: { id: 'a' } } });
    setProgramSettings('lens-test', { role: 'new-csm' });
    expect($lens.get()).toMatchObject({ role: 'new-csm', progress: { done: 0, total: 3 } });
    toggleTask('a');
    expect($lens.get().next?.item.id).toBe('b');
    // One store per program: every island of the page shares it.
    expect(programLensStore(program)).toBe($lens);
  });
});
