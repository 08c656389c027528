import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ladderUi, lt } from '../../src/i18n/ladder-ui';

/* The ladder page's dictionary, checked as tests/unit/i18n.test.ts checks `ui`. */

const SRC = join(import.meta.dirname, '../../src');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro)$/.test(name) && !path.endsWith(join('i18n', 'ladder-ui.ts')) ? [path] : [];
  });
}
const code = sourceFiles(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const dynamicPrefixes = [...code.matchAll(/`(ladder(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((match) => match[1] as string);

describe('the ladder page’s strings', () => {
  it('are all used', () => {
    const unused = Object.keys(ladderUi).filter(
      (key) => !code.includes(`'${key}'`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });

  it('has every key the code looks up', () => {
    const named = [...code.matchAll(/\blt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((key) => !(key in ladderUi))).toEqual([]);
  });

  it('picks plurals by count', () => {
    expect(lt('ladder.count.responsibilities', { count: 1 })).toBe('1 new responsibility');
    expect(lt('ladder.count.responsibilities', { count: 14 })).toBe('14 new responsibilities');
  });
});
