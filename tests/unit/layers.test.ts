import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';

/*
 * src/lib/ holds pure modules only (the README's layout table): no DOM, no
 * storage, no network, no Node or Astro APIs, and nothing imported from the
 * folders whose code touches them. What touches the browser lives in
 * src/browser/, the build's own code in src/build/. Platform APIs every runtime
 * has and that do no I/O (URL, crypto.randomUUID, structuredClone,
 * TextEncoder, Blob streams) are allowed.
 */

const ROOT = join(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

/**
 * Globals that mean the page, the browser's storage or the network, or Node's process and modules. (`location`
 * and `history` are left out: as names of local values they are common, and the page's address is `window.location`.)
 */
const IMPURE_GLOBALS = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'fetch',
  'XMLHttpRequest',
  'process',
  'require',
];

/** Imports of the folders that touch the browser, the build or the page, and of Node's and Astro's own modules. */
const IMPURE_IMPORT =
  /(^|\/)(browser|stores|islands|components|layouts|pages|scripts|build|integrations)\/|^astro:|^node:|^(fs|path|child_process|os)$/;

/** The code without its comments and the contents of its strings (a global named in a string is not used). */
function codeOnly(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:\\])\/\/[^\n]*/g, '$1')
    .replace(/`[^`]*`/g, '``')
    .replace(/'(?:[^'\\\n]|\\.)*'/g, "''")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
}

/** What in one module breaks the rule: globals it uses and imports it makes. */
function impurities(source: string): string[] {
  const code = codeOnly(source);
  // A global used, not a property (`.location`) or a key (`location:`) of the same name.
  const globals = IMPURE_GLOBALS.filter((name) => new RegExp(`(?<![.\\w$])${name}\\b(?!\\s*\\??:)`).test(code));
  const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
    .map((match) => match[1] as string)
    .filter((path) => IMPURE_IMPORT.test(path));
  return [...globals, ...imports];
}

describe('src/lib holds pure modules only', () => {
  it('finds a browser global or a browser module when there is one (the check itself)', () => {
    expect(impurities("const x = window.innerWidth; // document\nconst s = 'localStorage';")).toEqual(['window']);
    expect(impurities("import { openStorage } from '../browser/storage';")).toEqual(['../browser/storage']);
    expect(impurities("const { readFile } = await import('node:fs');")).toEqual(['node:fs']);
    expect(impurities('type Hit = { document: number }; const n = hit.document;')).toEqual([]);
  });

  it('has no module that touches the page, storage, the network, Node or Astro', () => {
    const found = filesUnder(LIB, /\.tsx?$/)
      .map((file) => ({ file: relative(ROOT, file), what: impurities(readFileSync(file, 'utf8')) }))
      .filter(({ what }) => what.length > 0);
    expect(found).toEqual([]);
  });
});

/*
 * src/stores/ holds stores and their actions, without the page (STYLE.md, "stores without DOM"): a store never
 * imports from the islands' layer, which sits above it, and never moves the keyboard focus, which is the islands'
 * (src/islands/focus-after-render.ts). An island hands a store what it needs (a callback), as the President's Club
 * tally hands the store that hears another tab's removals (src/stores/club-elsewhere.ts) what to do then.
 */
const STORES = join(ROOT, 'src/stores');

/** What in one store breaks the rule: imports from src/islands/ it makes, and the focus it moves. */
function storeReachesUp(source: string): string[] {
  const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
    .map((match) => match[1] as string)
    .filter((path) => /(^|\/)islands\//.test(path));
  const focus = [...codeOnly(source).matchAll(/\bfocusAfterRender\(|\.focus\(/g)].map((match) => match[0]);
  return [...imports, ...focus];
}

describe('src/stores imports nothing from src/islands and moves no focus', () => {
  it('finds such an import or a focus moved when there is one (the check itself)', () => {
    expect(storeReachesUp("import { focusAfterRender } from '../islands/focus-after-render';")).toEqual([
      '../islands/focus-after-render',
    ]);
    expect(storeReachesUp("const told = await import('../islands/manager/tools');")).toEqual([
      '../islands/manager/tools',
    ]);
    expect(storeReachesUp('field.focus(); // not a .focus() in a comment')).toEqual(['.focus(']);
    expect(storeReachesUp("focusAfterRender('club-add');")).toEqual(['focusAfterRender(']);
    expect(storeReachesUp("import { announce } from './announcer'; const islands = 'islands/';")).toEqual([]);
  });

  it('has no store that imports from the islands or moves the focus', () => {
    const found = filesUnder(STORES, /\.tsx?$/)
      .map((file) => ({ file: relative(ROOT, file), what: storeReachesUp(readFileSync(file, 'utf8')) }))
      .filter(({ what }) => what.length > 0);
    expect(found).toEqual([]);
  });
});
