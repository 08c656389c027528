import { describe, expect, it } from 'vitest';
import { restoreWrites } from '../../src/lib/restore-writes';
import type { ReadResult } from '../../src/lib/stored-records';

interface Note {
  v: 1;
  text: string;
}

/** A kind whose reader refuses an empty text and whose empty record is removed, over `records`, with `waiting` ids. */
function storeOf(records: Record<string, Note>, waiting: string[] = []) {
  return {
    kind: {
      prefix: 'csm-handbook:note:',
      read: (raw: string): ReadResult<Note> => {
        const value = JSON.parse(raw) as Note;
        return value.text ? { kind: 'ok', value, migrated: false } : { kind: 'invalid', reason: 'json' };
      },
      isEmpty: (value: Note) => value.text === '-',
    },
    $records: { get: () => records },
    snapshot: (ids: Iterable<string>) => new Map([...ids].map((id) => [id, records[id]])),
    unsaved: (id: string) => waiting.includes(id),
  };
}

describe('restoreWrites: what a restore writes for one kind', () => {
  it('writes what changes, removes what the file does not hold, and leaves the same content alone', () => {
    const store = storeOf({ a: { v: 1, text: 'kept' }, b: { v: 1, text: 'old' }, c: { v: 1, text: 'gone' } });
    const { entries, invalid } = restoreWrites(store, {
      a: { text: 'kept', v: 1 },
      b: { v: 1, text: 'new' },
      d: { v: 1, text: 'added' },
    });
    expect(invalid).toEqual([]);
    expect(entries).toEqual([
      ['csm-handbook:note:b', '{"v":1,"text":"new"}'],
      ['csm-handbook:note:c', null],
      ['csm-handbook:note:d', '{"v":1,"text":"added"}'],
    ]);
  });

  it('writes a record whose change of this tab waits, though the file holds the same, and removes an empty one', () => {
    const store = storeOf({ a: { v: 1, text: 'same' } }, ['a']);
    expect(restoreWrites(store, { a: { v: 1, text: 'same' }, e: { v: 1, text: '-' } }).entries).toEqual([
      ['csm-handbook:note:a', '{"v":1,"text":"same"}'],
      ['csm-handbook:note:e', null],
    ]);
  });

  it('names the records the kind’s reader would refuse, and writes none of them', () => {
    const { entries, invalid } = restoreWrites(storeOf({}), { x: { v: 1, text: '' } });
    expect(entries).toEqual([]);
    expect(invalid).toEqual(['x']);
  });
});
