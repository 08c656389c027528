import { describe, expect, it } from 'vitest';
import { ownRecord, putBack, snapshotOf } from '../../src/lib/record-undo';

interface Task {
  state: 'open' | 'done';
  note: string;
}
const task = (state: Task['state'], note: string): Task => ({ state, note });
const FIELDS = ['state', 'note'] as const;

describe('ownRecord and snapshotOf: what records hold, by id', () => {
  const records: Record<string, Task> = { a: task('done', 'Met Ana') };

  it('finds a record, and none for an id without one, even one Object.prototype has', () => {
    expect(ownRecord(records, 'a')).toEqual(task('done', 'Met Ana'));
    expect(ownRecord(records, 'b')).toBeUndefined();
    expect(ownRecord(records, 'toString')).toBeUndefined();
    expect(ownRecord(records, '__proto__')).toBeUndefined();
  });

  it('snapshots each id asked for, those without a record as undefined', () => {
    expect(snapshotOf(records, ['a', 'b', 'constructor'])).toEqual(
      new Map([
        ['a', task('done', 'Met Ana')],
        ['b', undefined],
        ['constructor', undefined],
      ]),
    );
  });
});

describe('putBack: what Undo writes in a record', () => {
  const byFields = { fieldsSince: { fields: FIELDS } };

  it('puts back what the change took when nothing changed the record since', () => {
    expect(putBack(byFields, task('open', ''), task('open', ''), task('done', 'Met Ana'))).toEqual(
      task('done', 'Met Ana'),
    );
    // The change removed the record, and nothing made it again since.
    expect(putBack(byFields, undefined, undefined, task('done', 'Met Ana'))).toEqual(task('done', 'Met Ana'));
  });

  it('keeps a field changed since, and puts back the others, for a kind without a merge', () => {
    // A reset took the note; the task was ticked since: Undo brings the note back and the tick stays.
    expect(putBack(byFields, task('done', ''), task('open', ''), task('open', 'Met Ana'))).toEqual(
      task('done', 'Met Ana'),
    );
    // A field both changed takes the Undo's value.
    expect(putBack(byFields, task('open', 'New note'), task('open', ''), task('open', 'Met Ana'))).toEqual(
      task('open', 'Met Ana'),
    );
  });

  it('puts back through the kind’s merge when it has one, what is there now first', () => {
    const merge = (current: Task, back: Task): Task => ({ state: back.state, note: `${current.note}+${back.note}` });
    expect(putBack({ merge }, task('open', 'since'), task('open', ''), task('done', 'took'))).toEqual(
      task('done', 'since+took'),
    );
  });

  it('leaves a record made since as it is when the change left nothing to put back', () => {
    expect(putBack(byFields, task('open', 'made since'), undefined, undefined)).toEqual(task('open', 'made since'));
  });

  it('removes the record again when nothing changed it since and the change had made it', () => {
    expect(putBack(byFields, task('done', ''), task('done', ''), undefined)).toBeUndefined();
  });
});
