import { describe, expect, it } from 'vitest';
import { mergeSince } from '../../src/lib/merge-since';

interface Task {
  v: 2;
  state: 'open' | 'done' | 'na';
  note: string;
  updatedAt: number;
}
const FIELDS = ['state', 'note', 'updatedAt'] as const;
const task = (state: Task['state'], note: string, updatedAt: number): Task => ({ v: 2, state, note, updatedAt });

describe('two copies of a record without stamps, merged against the copy both started from', () => {
  it('keeps the note another tab saved when this tab unticked the task', () => {
    const base = task('done', '', 1);
    expect(mergeSince(base, task('open', '', 3), task('done', 'Met Ana', 2), FIELDS)).toEqual(
      task('open', 'Met Ana', 3),
    );
  });

  it('keeps the untick another tab saved when this tab wrote a note', () => {
    const base = task('done', '', 1);
    expect(mergeSince(base, task('done', 'Met Ana', 3), task('open', '', 2), FIELDS)).toEqual(
      task('open', 'Met Ana', 3),
    );
  });

  it('gives a field both changed to this tab, whose write is the one being made', () => {
    const base = task('open', 'first', 1);
    expect(mergeSince(base, task('open', 'mine', 3), task('done', 'theirs', 2), FIELDS)).toEqual(
      task('done', 'mine', 3),
    );
  });

  it('leaves the stored record as it is when this tab changed nothing', () => {
    const base = task('open', '', 1);
    const stored = task('na', 'Not for interns', 2);
    expect(mergeSince(base, base, stored, FIELDS)).toEqual(stored);
  });
});
