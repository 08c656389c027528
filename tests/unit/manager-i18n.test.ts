import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managerUi } from '../../src/i18n/manager-ui';
import { TOOLKIT_STRINGS_FOR_WEEK } from '../../src/i18n/manager-week-ui';

/*
 * My progress carries only the toolkit strings "My week as a manager" shows
 * (TOOLKIT_STRINGS_FOR_WEEK); every dictionary's own checks (keys used,
 * lookups exist, no key twice) are in tests/unit/i18n.test.ts.
 */

const SRC = join(import.meta.dirname, '../../src');
const read = (path: string) => readFileSync(join(SRC, path), 'utf8');

function lookups(source: string, lookup: string): string[] {
  return [...source.matchAll(new RegExp(`\\b${lookup}\\(\\s*'([a-zA-Z]+(?:\\.[a-zA-Z0-9-]+)+)'`, 'g'))].map(
    (match) => match[1] as string,
  );
}

describe('the manager toolkit’s strings on My progress', () => {
  it('My progress carries every toolkit string "My week" looks up', () => {
    const used = [
      ...lookups(read('islands/my-progress/ManagerWeek.tsx'), 'mt'),
      // StateTag and lastDoneWords (islands/manager/shared.tsx), and weekLabel (lib/manager/words.ts), which it renders.
      ...lookups(read('islands/manager/shared.tsx'), 'mt'),
      ...Object.keys(managerUi).filter((key) => /^manager\.(state|week)\.|^manager\.fifthWeek$/.test(key)),
    ];
    expect(read('islands/my-progress/ManagerWeek.tsx')).toMatch(/StateTag|weekLabel/);
    expect(used.filter((key) => !TOOLKIT_STRINGS_FOR_WEEK.some((start) => key.startsWith(start)))).toEqual([]);
    expect(read('islands/manager/shared.tsx')).toContain('mt(`manager.state.');
    expect(read('lib/manager/words.ts')).toContain("mt('manager.fifthWeek', { month }) : mt(`manager.week.");
  });
});
