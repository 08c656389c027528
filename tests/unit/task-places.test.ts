import { describe, expect, it } from 'vitest';
import type { ItemView, SectionView } from '../../src/lib/program-view';
import { toProgramView } from '../../src/lib/program-view';
import { twinPlaces } from '../../src/lib/task-places';
import { programSchema } from '../../src/schemas/program';
import { readProgramFiles } from '../support/programs';

const item = (id: string, plain: string, subtasks?: ItemView[]): ItemView => ({
  id,
  text: [{ kind: 'text', text: plain }],
  plain,
  ...(subtasks ? { subtasks } : {}),
});
const section = (title: string, tasks: ItemView[]): SectionView => ({ id: title, title, anchor: title, tasks });

describe('twin places', () => {
  it('place a task whose words another task shares by its section, and leave the others alone', () => {
    const places = twinPlaces([
      section('Week 1', [item('a', 'Shadow your mentor'), item('b', 'Read the handbook')]),
      section('Week 2', [item('c', 'Shadow your mentor')]),
    ]);
    expect(places).toEqual(
      new Map([
        ['a', { section: 'Week 1' }],
        ['c', { section: 'Week 2' }],
      ]),
    );
  });

  it('add the task a sub-step is under when its section has the same words twice', () => {
    const places = twinPlaces([
      section('Week 9', [item('p', 'Review: Secure', [item('d1', 'Discuss:')])]),
      section('Week 10', [
        item('q', 'Review: Configure', [item('d2', 'Discuss:')]),
        item('r', 'Learn about HA', [item('d3', 'Discuss:')]),
      ]),
    ]);
    expect(places.get('d1')).toEqual({ section: 'Week 9' });
    expect(places.get('d2')).toEqual({ section: 'Week 10', under: 'Review: Configure' });
    expect(places.get('d3')).toEqual({ section: 'Week 10', under: 'Learn about HA' });
  });

  it('tell apart every task of the programs that shares its words', () => {
    for (const file of readProgramFiles()) {
      const view = toProgramView(file.id, programSchema.parse(file.data), new Set(), '/');
      const places = twinPlaces(view.sections);
      const items = view.sections.flatMap((s) => s.tasks.flatMap((task) => [task, ...(task.subtasks ?? [])]));
      const names = items.map((each) => JSON.stringify([each.plain, places.get(each.id)]));
      expect(new Set(names).size, file.id).toBe(names.length);
    }
  });
});
