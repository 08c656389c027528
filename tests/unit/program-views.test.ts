import { describe, expect, it, vi } from 'vitest';
import { programSchema } from '../../src/schemas/program';
import { readProgramFiles } from '../support/programs';

/*
 * A program's view (every task's words rendered, the places of tasks in another's words: src/build/programs.ts)
 * is worked out once per build. Each <Checklist> and <ProgramPanel> asks for its program's: 37 of them on the
 * three program pages, which each worked the whole program out again (130 to 170 ms of a 5-page build's CPU,
 * December 7: docs/performance-log.md).
 */

const entries = readProgramFiles().map(({ id, data }) => ({
  id,
  collection: 'programs',
  data: programSchema.parse(data),
}));
const asked = vi.hoisted(() => ({ collection: 0, entry: 0 }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => {
    if (name === 'programs') asked.collection++;
    return name === 'programs' ? [...entries] : [];
  },
  getEntry: async (_name: string, id: string) => {
    asked.entry++;
    return entries.find((entry) => entry.id === id);
  },
}));

const { getProgramView, getProgramViews } = await import('../../src/build/programs');

describe('program views, worked out once per build', () => {
  it('gives every list and panel of a program the one view of it that the layout and the home page have', async () => {
    const lists = await Promise.all([getProgramView('onboarding'), getProgramView('onboarding')]);
    const all = await getProgramViews();
    expect(lists[0]).toBe(lists[1]);
    expect(all.find((view) => view.id === 'onboarding')).toBe(lists[0]);
    expect(all.map((view) => view.id)).toEqual(['onboarding', 'internship', 'aspiring-leaders']);
    expect(asked).toEqual({ collection: 1, entry: 0 });
  });

  it('still names a program that is not there', async () => {
    await expect(getProgramView('mentoring')).rejects.toThrow('No program "mentoring" in content/programs/');
  });
});
