import { afterEach, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/browser/storage';
import { closeSessionForTests, openSession } from '../../src/stores/storage-session';
import { writeAll } from '../../src/stores/storage-transaction';
import { FakeStorage } from '../support/fake-storage';

afterEach(() => closeSessionForTests());

const A = 'csm-handbook:task:a';
const B = 'csm-handbook:task:b';
const C = 'csm-handbook:plan:c';

/** Stored keys and values, to compare before and after. */
const held = (storage: FakeStorage) => Object.fromEntries(storage.data);

describe('an all-or-nothing write refused part-way', () => {
  it('puts back every value it replaced when the browser’s room is the total size, a value that grows last', () => {
    const storage = new FakeStorage(
      new Map([
        [A, 'a'.repeat(2_900)],
        [B, 'b'],
      ]),
    );
    openSession(() => openStorage(() => storage));
    const before = held(storage);
    // Room for about 1,000 characters more than is stored now.
    storage.quotaBytes = [...storage.data].reduce((sum, [k, v]) => sum + k.length + v.length, 0) + 1_000;
    // The backup swaps the two notes' lengths and adds a plan too long for the room left.
    const result = writeAll([
      [A, 'short'],
      [B, 'b'.repeat(2_900)],
      [C, 'c'.repeat(4_000)],
    ]);
    expect(result).toEqual({ ok: false, reason: 'full' });
    expect(held(storage)).toEqual(before);
  });

  it('names the keys it could not put back when the browser stops letting the site store anything part-way', () => {
    const storage = new (class extends FakeStorage {
      override setItem(key: string, value: string): void {
        // The third key's write finds the storage gone, and so does every write after it.
        if (key === C) this.blocked = true;
        super.setItem(key, value);
      }
    })(new Map([[A, 'a long note']]));
    openSession(() => openStorage(() => storage));
    const result = writeAll([
      [A, 'short'],
      [B, 'new'],
      [C, 'plan'],
    ]);
    // In the order they were tried: the key added is removed first, as it frees room.
    expect(result).toEqual({ ok: false, reason: 'stuck', keys: [B, A] });
  });
});
