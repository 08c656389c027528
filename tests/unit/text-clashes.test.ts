import { describe, expect, it } from 'vitest';
import { textClashes, withText } from '../../src/lib/text-clashes';

const NOTE = ['note'] as const;

describe('texts two tabs wrote in one place, each before hearing of the other', () => {
  const task = (note: string, state = 'open') => ({ v: 2, state, note, updatedAt: 1 });

  it('finds a note both changed to different texts, and says whose the merge kept', () => {
    const base = task('first words');
    const mine = task('Book the room');
    const theirs = task('Ask Ana');
    expect(textClashes(base, mine, theirs, mine, NOTE)).toEqual([
      { path: ['note'], mine: 'Book the room', theirs: 'Ask Ana', kept: 'mine' },
    ]);
    expect(textClashes(base, mine, theirs, theirs, NOTE)).toEqual([
      { path: ['note'], mine: 'Book the room', theirs: 'Ask Ana', kept: 'theirs' },
    ]);
  });

  it('counts a record that was not stored yet, or a missing note, as empty text', () => {
    expect(textClashes(undefined, task('mine'), { v: 2, state: 'done' }, task('mine'), NOTE)).toEqual([]);
    expect(textClashes(undefined, task('mine'), task('theirs'), task('mine'), NOTE)).toHaveLength(1);
  });

  it.each([
    ['only this tab changed it', task('base'), task('mine'), task('base', 'done')],
    ['only the other tab changed it', task('base'), task('base', 'done'), task('theirs')],
    ['both wrote the same', task('base'), task('same'), task('same')],
    ['the text written over was cleared, not words', task('base'), task('mine'), task('')],
    ['the text written over is blank', task('base'), task('mine'), task('  ')],
    ['both changed a field that holds no words (a tick)', task('x', 'open'), task('x', 'done'), task('x', 'na')],
  ])('finds nothing when %s', (_, base, mine, theirs) => {
    expect(textClashes(base, mine, theirs, mine, NOTE)).toEqual([]);
  });

  it('finds nothing when the merge kept neither text', () => {
    expect(textClashes(task('b'), task('mine'), task('theirs'), task('other'), NOTE)).toEqual([]);
  });

  it('walks maps of items and lists of entries by their ids, wherever the merge puts them, and skips the books', () => {
    const review = (note: string, members: { id: string; name: string }[]) => ({
      v: 2,
      kind: 'review',
      id: 'r1',
      items: { q1: { done: false, note, at: { note: 1 } }, q2: { done: true, note: 'same' } },
      members,
      at: { note: 5 },
      updatedAt: 3,
    });
    const base = review('', [
      { id: 'a', name: 'Ana' },
      { id: 'b', name: 'Ben' },
    ]);
    const mine = review('Renewals: ACME', [
      { id: 'a', name: 'Ana' },
      { id: 'b', name: 'Benjamin' },
    ]);
    const theirs = review('Renewals: Globex', [
      { id: 'b', name: 'Benny' },
      { id: 'a', name: 'Ana' },
    ]);
    const merged = review('Renewals: Globex', [
      { id: 'a', name: 'Ana' },
      { id: 'b', name: 'Benjamin' },
    ]);
    expect(textClashes(base, mine, theirs, merged, ['note', 'name'])).toEqual([
      { path: ['items', 'q1', 'note'], mine: 'Renewals: ACME', theirs: 'Renewals: Globex', kept: 'theirs' },
      { path: ['members', 'b', 'name'], mine: 'Benjamin', theirs: 'Benny', kept: 'mine' },
    ]);
  });

  it('never reads a key inherited from Object.prototype as a text', () => {
    const hostile = JSON.parse('{"__proto__": {"note": "x"}, "note": "mine"}');
    expect(textClashes({}, hostile, { note: 'theirs' }, hostile, NOTE)).toEqual([
      { path: ['note'], mine: 'mine', theirs: 'theirs', kept: 'mine' },
    ]);
  });
});

describe('putting a text back where it was', () => {
  it('sets the text at a path of keys and entry ids, copying what it changes', () => {
    const record = { items: { q1: { note: 'a', done: true } }, members: [{ id: 'b', name: 'Ben' }] };
    const next = withText(withText(record, ['items', 'q1', 'note'], 'ACME'), ['members', 'b', 'name'], 'Benny');
    expect(next).toEqual({ items: { q1: { note: 'ACME', done: true } }, members: [{ id: 'b', name: 'Benny' }] });
    expect(record.items.q1.note).toBe('a');
    expect(record.members[0]?.name).toBe('Ben');
  });

  it('leaves the record as it is when the path leads nowhere now (an entry removed since)', () => {
    const record = { members: [{ id: 'a', name: 'Ana' }], note: 'n' };
    expect(withText(record, ['members', 'gone', 'name'], 'x')).toEqual(record);
    expect(withText(record, ['note', 'deeper'], 'x')).toEqual(record);
  });
});
