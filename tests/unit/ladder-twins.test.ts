import { describe, expect, it } from 'vitest';
import { compareLevels, itemKey, newItems } from '../../src/lib/ladder';
import { listedUnder, twinIds } from '../../src/lib/ladder-twins';
import { LEVEL_SLUGS } from '../../src/schemas/career-ladder';
import { readLadder, seedSubHeadings } from '../support/ladder';

const { ladder } = readLadder();
const MANAGER_REQ = 'manager-req-proven-ability-to-develop-strategies-translate';
const DIRECTOR_RESP = 'director-resp-proven-ability-to-develop-strategies-translate';

describe('items new at one level with the same words', () => {
  it('are found: Manager, CSM’s requirement and Director’s responsibility, both new from Staff CSM', () => {
    const items = newItems(compareLevels(ladder, 'staff', 'director'));
    expect([...twinIds(items)]).toEqual([DIRECTOR_RESP, MANAGER_REQ]);
    const [director, manager] = [DIRECTOR_RESP, MANAGER_REQ].map((id) => items.find((r) => r.item.id === id));
    expect(director?.item.text).toBe(manager?.item.text);
  });

  it('are named by the section of the page that lists them, as the page heads it', () => {
    const items = newItems(compareLevels(ladder, 'staff', 'vp'));
    const named = (id: string) => listedUnder(ladder, items.find((r) => r.item.id === id) ?? (items[0] as never));
    // The handbook's own headings, in brackets: "(Director of Customer Success Responsibilities)".
    const headings = seedSubHeadings();
    expect(headings.map((h) => `(${h})`)).toContain(named(DIRECTOR_RESP));
    expect(headings.map((h) => `(${h})`)).toContain(named(MANAGER_REQ));
    expect(named(DIRECTOR_RESP)).toMatch(/Responsibilities\)$/);
    expect(named(MANAGER_REQ)).toMatch(/Requirements\)$/);
  });

  it('are none where every new item has words of its own (Senior → Staff, Manager → Director)', () => {
    expect(twinIds(newItems(compareLevels(ladder, 'senior', 'staff'))).size).toBe(0);
    // Manager, CSM has the requirement already: only Director's responsibility is new.
    expect(twinIds(newItems(compareLevels(ladder, 'manager', 'director'))).size).toBe(0);
  });

  it('are, in every comparison and specialty, told apart by their names', () => {
    let found = 0;
    for (const specialty of [undefined, ...ladder.specialties.map((s) => s.slug)]) {
      for (const from of LEVEL_SLUGS) {
        for (const to of LEVEL_SLUGS) {
          const items = newItems(compareLevels(ladder, from, to, specialty));
          const ids = twinIds(items);
          const twins = items.filter((r) => ids.has(r.item.id));
          found += twins.length;
          const names = twins.map((r) => `${itemKey(r.item.text)} ${listedUnder(ladder, r)}`);
          expect(new Set(names).size, `${from} → ${to} ${specialty ?? ''}`).toBe(twins.length);
          expect(new Set(twins.map((r) => r.item.id)).size).toBe(twins.length);
        }
      }
    }
    expect(found).toBeGreaterThan(0);
  });
});
