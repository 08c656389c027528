import { describe, expect, it } from 'vitest';
import { serializeRecord } from '../../src/lib/serialize-record';
import type { ReadResult } from '../../src/lib/stored-records';

interface Note {
  v: number;
  text: string;
}

/** A reader as a kind has one: version 1 only, text of at most 5 characters. */
function read(raw: string): ReadResult<Note> {
  const value = JSON.parse(raw) as Note;
  if (value.v > 1) return { kind: 'newer', version: value.v };
  // Any reason for a refusal: serializing only asks whether it reads.
  return value.text.length <= 5 ? { kind: 'ok', value, migrated: false } : { kind: 'invalid', reason: 'noVersion' };
}

const kind = { read, isEmpty: (note: Note) => note.text === '' };

describe('serializeRecord: what a kind stores for a record', () => {
  it('is the record’s JSON when the kind’s reader would read it back', () => {
    expect(serializeRecord(kind, { v: 1, text: 'hi' }, 'a')).toEqual({ raw: '{"v":1,"text":"hi"}' });
  });

  it('removes the key for no record, or one the kind counts as empty', () => {
    expect(serializeRecord(kind, undefined, 'a')).toEqual({ raw: null });
    expect(serializeRecord(kind, { v: 1, text: '' }, 'a')).toEqual({ raw: null });
    // A kind without isEmpty writes every record it has.
    expect(serializeRecord({ read }, { v: 1, text: '' }, 'a')).toEqual({ raw: '{"v":1,"text":""}' });
  });

  it('refuses what the reader would refuse on read, a record it says is invalid or from a newer version', () => {
    expect(serializeRecord(kind, { v: 1, text: 'too long' }, 'a')).toBeUndefined();
    expect(serializeRecord(kind, { v: 2, text: 'hi' }, 'a')).toBeUndefined();
  });

  it('tells isEmpty which record it is', () => {
    const emptyB = { read, isEmpty: (_note: Note, id: string) => id === 'b' };
    expect(serializeRecord(emptyB, { v: 1, text: 'hi' }, 'b')).toEqual({ raw: null });
    expect(serializeRecord(emptyB, { v: 1, text: 'hi' }, 'c')).toEqual({ raw: '{"v":1,"text":"hi"}' });
  });
});
