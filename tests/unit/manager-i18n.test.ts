import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managerExportUi } from '../../src/i18n/manager-export-ui';
import { managerPageUi } from '../../src/i18n/manager-page-ui';
import { managerUi } from '../../src/i18n/manager-ui';
import { managerWeekUi, TOOLKIT_STRINGS_FOR_WEEK } from '../../src/i18n/manager-week-ui';

/*
 * The manager toolkit's other dictionaries (the page's fixed words, the
 * exports', My progress's), checked as tests/unit/i18n.test.ts checks
 * manager-ui.ts: every key used, every key looked up there, none in two.
 */

const SRC = join(import.meta.dirname, '../../src');
const DICTIONARIES = ['manager-page-ui.ts', 'manager-export-ui.ts', 'manager-week-ui.ts'];
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro)$/.test(name) && !DICTIONARIES.some((file) => path.endsWith(join('i18n', file)))
      ? [path]
      : [];
  });
}
const code = sourceFiles(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const read = (path: string) => readFileSync(join(SRC, path), 'utf8');

function lookups(source: string, lookup: string): string[] {
  return [...source.matchAll(new RegExp(`\\b${lookup}\\(\\s*'([a-zA-Z]+(?:\\.[a-zA-Z0-9-]+)+)'`, 'g'))].map(
    (match) => match[1] as string,
  );
}

describe('the manager toolkit’s other dictionaries', () => {
  for (const [name, dictionary, lookup] of [
    ['page (build time)', managerPageUi, 'mpt'],
    ['exports (on demand)', managerExportUi, 'xt'],
    ['My week as a manager', managerWeekUi, 'wt'],
  ] as const) {
    it(`${name}: every string used, every one looked up there`, () => {
      expect(Object.keys(dictionary).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
      const named = lookups(code, lookup);
      expect(named.length).toBeGreaterThan(3);
      expect(named.filter((key) => !(key in dictionary))).toEqual([]);
    });
  }

  it('no key is in two of them', () => {
    const keys = [managerUi, managerPageUi, managerExportUi, managerWeekUi].flatMap((d) => Object.keys(d));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('My progress carries every toolkit string "My week" looks up', () => {
    const used = [
      ...lookups(read('islands/my-progress/ManagerWeek.tsx'), 'mt'),
      // StateTag (islands/manager/shared.tsx) and weekLabel (lib/manager/words.ts), which it renders.
      ...Object.keys(managerUi).filter((key) => /^manager\.(state|week)\.|^manager\.fifthWeek$/.test(key)),
    ];
    expect(read('islands/my-progress/ManagerWeek.tsx')).toMatch(/StateTag|weekLabel/);
    expect(used.filter((key) => !TOOLKIT_STRINGS_FOR_WEEK.some((start) => key.startsWith(start)))).toEqual([]);
    expect(read('islands/manager/shared.tsx')).toContain('mt(`manager.state.');
    expect(read('lib/manager/words.ts')).toContain("mt('manager.fifthWeek', { month }) : mt(`manager.week.");
  });
});
