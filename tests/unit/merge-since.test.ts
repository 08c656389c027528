import { describe, expect, it } from 'vitest';
import { mergeFieldsSince, mergeSince } from '../../src/lib/merge-since';

interface Task {
  v: 2;
  state: 'open' | 'done' | 'na';
  note: string;
  updatedAt: number;
}
const FIELDS = ['state', 'note', 'updatedAt'] as const;
const task = (state: Task['state'], note: string, updatedAt: number): Task => ({ v: 2, state, note, updatedAt });

describe('two copies of a record without stamps, merged against the copy both started from', () => {
  // [what is kept, base, this tab's copy, what another tab stored, merged]
  it.each([
    [
      'the note another tab saved when this tab unticked the task',
      task('done', '', 1),
      task('open', '', 3),
      task('done', 'Met Ana', 2),
      task('open', 'Met Ana', 3),
    ],
    [
      'the untick another tab saved when this tab wrote a note',
      task('done', '', 1),
      task('done', 'Met Ana', 3),
      task('open', '', 2),
      task('open', 'Met Ana', 3),
    ],
    [
      'this tab’s value of a field both changed, as its write is the one being made',
      task('open', 'first', 1),
      task('open', 'mine', 3),
      task('done', 'theirs', 2),
      task('done', 'mine', 3),
    ],
  ])('keeps %s', (_, base, mine, stored, merged) => {
    expect(mergeSince(base, mine, stored, FIELDS)).toEqual(merged);
  });

  it('leaves the stored record as it is when this tab changed nothing', () => {
    const base = task('open', '', 1);
    const stored = task('na', 'Not for interns', 2);
    expect(mergeSince(base, base, stored, FIELDS)).toEqual(stored);
  });

  it('compares a list by its items: an unchanged list read anew is not this tab’s change', () => {
    type Piece = { title: string; tags: string[] };
    const base: Piece = { title: 'QBR deck', tags: ['qbr'] };
    const mine: Piece = { title: 'QBR deck, Q3', tags: ['qbr'] };
    const stored: Piece = { title: 'QBR deck', tags: ['qbr', 'renewal'] };
    expect(mergeSince(base, mine, stored, ['title', 'tags'])).toEqual({
      title: 'QBR deck, Q3',
      tags: ['qbr', 'renewal'],
    });
  });
});

describe('mergeFieldsSince: a kind’s fields merged since the copy’s base', () => {
  const since = { fields: FIELDS, blank: task('open', '', 0) };

  it('reads no base (nothing was stored) as the kind’s blank record', () => {
    // This tab wrote a note on a task nothing was stored for; another tab ticked it meanwhile.
    expect(mergeFieldsSince(since, undefined, task('open', 'Met Ana', 3), task('done', '', 2))).toEqual(
      task('done', 'Met Ana', 3),
    );
  });

  it('merges against the base when there is one, as mergeSince does', () => {
    const base = task('done', '', 1);
    expect(mergeFieldsSince(since, base, task('open', '', 3), task('done', 'Met Ana', 2))).toEqual(
      task('open', 'Met Ana', 3),
    );
  });

  it('takes the stored record whole for a kind that names no fields', () => {
    expect(mergeFieldsSince(undefined, undefined, task('open', 'mine', 3), task('done', 'theirs', 2))).toEqual(
      task('done', 'theirs', 2),
    );
  });
});
