// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { readSummary } from '../../src/lib/summary-read';
import { restoreAll } from '../../src/stores/all-data';
import { setProgramSettings, startPlanner, stopPlannerForTests, toggleTask } from '../../src/stores/planner';
import { type TrackedProgram, trackSummary } from '../../src/stores/summary';
import { FakeStorage } from '../support/fake-storage';

const KEY = 'csm-handbook:summary';
const program: TrackedProgram = {
  id: 'internship',
  title: 'CSM Internship Program',
  href: '/internship/',
  sections: [
    { id: 's1', title: 'Before', anchor: 'before', tasks: [{ id: 'int-a' }] },
    { id: 's2', title: 'Week 1', anchor: 'week-1', period: { unit: 'week', index: 1 }, tasks: [{ id: 'int-b' }] },
  ],
  taskText: (id) => `Words of ${id}`,
};

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  stopPlannerForTests();
});

function start(storage: FakeStorage, onFinish?: Parameters<typeof trackSummary>[1]) {
  const open = () => openStorage(() => storage);
  startPlanner(open);
  stop = trackSummary([program], onFinish, open);
}

describe('the summary store', () => {
  it('writes the summary on every change: ticks, start dates, Reset all', () => {
    const storage = new FakeStorage();
    start(storage);
    const summary = () => readSummary(storage.data.get(KEY) ?? null)?.programs.internship;
    expect(summary()).toMatchObject({ done: 0, total: 2, next: { text: 'Words of int-a', section: 'Before' } });
    toggleTask('int-a');
    expect(summary()).toMatchObject({ done: 1, finished: ['before'], next: { section: 'Week 1' } });
    setProgramSettings('internship', { startDate: '2027-01-04' });
    expect(summary()?.blocks?.[0]).toMatchObject({ label: 'Week 1', from: '2027-01-04', href: '/internship/#week-1' });
    restoreAll({ tasks: {}, programs: {}, plans: {} });
    expect(summary()).toMatchObject({ done: 0, finished: [] });
    expect(summary()?.blocks).toEqual([]);
  });

  it('keeps the entries of programs this page does not track', () => {
    const storage = new FakeStorage();
    storage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        programs: { other: { title: 'O', href: '/o/', done: 1, total: 2, lastAt: 3, finished: [] } },
      }),
    );
    start(storage);
    expect(Object.keys(readSummary(storage.data.get(KEY) ?? null)?.programs ?? {}).sort()).toEqual([
      'internship',
      'other',
    ]);
  });

  it('tells when a change finishes a section, and the whole program', () => {
    const storage = new FakeStorage();
    const onFinish = vi.fn();
    start(storage, onFinish);
    toggleTask('int-a');
    expect(onFinish).toHaveBeenLastCalledWith('internship', ['before'], false);
    toggleTask('int-b');
    expect(onFinish).toHaveBeenLastCalledWith('internship', ['week-1'], true);
  });
});
