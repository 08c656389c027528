import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { managerUi } from '../../src/i18n/manager-ui';
import { planViewsUi } from '../../src/i18n/plan-views-ui';
import { gt, progressUi } from '../../src/i18n/progress-ui';
import { homeUi, searchUi, type UiKey, ui } from '../../src/i18n/ui';

/*
 * Every reader-facing string lives in src/i18n/ui.ts: each key there is used
 * somewhere, each key the code names is there, and no string fakes a plural.
 */

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) &&
      !path.endsWith(join('i18n', 'ui.ts')) &&
      !path.endsWith(join('i18n', 'manager-ui.ts')) &&
      !path.endsWith(join('i18n', 'plan-views-ui.ts')) &&
      !path.endsWith(join('i18n', 'progress-ui.ts'))
      ? [path]
      : [];
  });
}

const code = sourceFiles(SRC)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const keys = Object.keys(ui) as UiKey[];
const searchKeys = Object.keys(searchUi);
/** Keys built at run time, such as t(`role.${role}`): their prefixes. */
const dynamicPrefixes = [...code.matchAll(/`([a-z]+(?:\.[a-zA-Z]+)*\.)\$\{/g)].map((match) => match[1] as string);

describe('UI strings', () => {
  it('uses every key of the dictionary', () => {
    const unused = keys.filter(
      (key) => !code.includes(`'${key}'`) && !dynamicPrefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
    // The home page's and the navigation's build-time strings (homeUi), looked up with ht().
    expect(Object.keys(homeUi).filter((key) => !code.includes(`ht('${key}'`))).toEqual([]);
    // The search panel's strings reach its script through one data attribute, by their keys.
    expect(searchKeys.filter((key) => !code.includes(`'${key}'`) && !code.includes(`${key.split('.')[1]}`))).toEqual(
      [],
    );
  });

  it('has every key the code looks up', () => {
    const named = [...code.matchAll(/\bt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((key) => !(key in ui))).toEqual([]);
  });

  it('uses every string of the plan builder’s on-demand views, and has every one the code looks up', () => {
    expect(Object.keys(planViewsUi).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
    const named = [...code.matchAll(/\bpt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(20);
    expect(named.filter((key) => !(key in planViewsUi))).toEqual([]);
    expect(Object.keys(planViewsUi).filter((key) => key in ui)).toEqual([]);
  });

  it('uses every My progress string, and has every one the code looks up', () => {
    expect(Object.keys(progressUi).filter((key) => !code.includes(`'${key}'`))).toEqual([]);
    const named = [...code.matchAll(/\bgt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(40);
    expect(named.filter((key) => !(key in progressUi))).toEqual([]);
    expect(Object.keys(progressUi).filter((key) => key in ui)).toEqual([]);
  });

  it('uses every manager toolkit string, and has every one the code looks up', () => {
    // `manager.${…}` also builds calendar UIDs and error paths, so only longer prefixes count here.
    const prefixes = dynamicPrefixes.filter((prefix) => prefix !== 'manager.');
    const unused = Object.keys(managerUi).filter(
      (key) => !code.includes(`'${key}'`) && !prefixes.some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
    const named = [...code.matchAll(/\bmt\(\s*'([a-zA-Z]+(?:\.[a-zA-Z-]+)+)'/g)].map((match) => match[1] as string);
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((key) => !(key in managerUi))).toEqual([]);
  });

  it('never fakes a plural with "(s)"', () => {
    const every: Record<string, unknown> = { ...ui, ...progressUi, ...managerUi, ...planViewsUi };
    const faked = Object.keys(every).filter((key) => {
      const entry: unknown = every[key];
      const texts = typeof entry === 'string' ? [entry] : Object.values(entry as Record<string, string>);
      return texts.some((text) => /\w\(s\)/.test(text.replace('http(s)', '')));
    });
    expect(faked).toEqual([]);
  });

  it('picks the plural form by count', () => {
    expect(gt('progressPage.restoreTicked', { count: 1 })).toBe('1 task becomes ticked');
    expect(gt('progressPage.restoreTicked', { count: 3 })).toBe('3 tasks become ticked');
    expect(gt('progressPage.restoreTicked', { count: 0 })).toBe('0 tasks become ticked');
  });
});
