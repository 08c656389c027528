import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';

/*
 * The README's code map names every file under src/, by feature: a newcomer looks there first, so a file
 * added without its line, or a line left for a file gone, fails here instead of in a reader's hands.
 * A row names files as `src/folder/`: `a.ts`, `b.tsx` (the folder applies until the next one) or in full.
 */

const ROOT = join(import.meta.dirname, '../..');

function namedInCodeMap(readme: string): string[] {
  const section = readme.split('### Code map')[1]?.split(/\n#{2,3} /)[0] ?? '';
  const named: string[] = [];
  for (const row of section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))) {
    let folder = '';
    for (const [, token] of row.matchAll(/`([^`]+)`/g)) {
      if (!token) continue;
      if (token.endsWith('/')) folder = token;
      else named.push(token.startsWith('src/') ? token : folder + token);
    }
  }
  return named;
}

describe('the README’s code map', () => {
  const named = namedInCodeMap(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  const files = filesUnder(join(ROOT, 'src'), /\.\w+$/).map((file) => relative(ROOT, file));

  it('is found, and names files', () => {
    expect(named.length).toBeGreaterThan(300);
  });

  it('names every file under src/', () => {
    expect(files.filter((file) => !named.includes(file))).toEqual([]);
  });

  it('names no file that is not there', () => {
    expect(named.filter((file) => !existsSync(join(ROOT, file)))).toEqual([]);
  });
});
