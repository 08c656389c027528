import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf } from '../support/imports';
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
const I18N = join(ROOT, 'src/i18n');

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
    // The dictionaries a module imports, and those they import in turn (the lookup every dictionary makes).
    expect(dictionariesOf(join(LIB, 'manager/words.ts')).map((file) => relative(ROOT, file))).toEqual([
      'src/i18n/manager-ui.ts',
      'src/i18n/translator.ts',
      'src/i18n/fill.ts',
    ]);
  });

  it('has no module that touches the page, storage, the network, Node or Astro', () => {
    const found = filesUnder(LIB, /\.tsx?$/)
      .map((file) => ({ file: relative(ROOT, file), what: impurities(readFileSync(file, 'utf8')) }))
      .filter(({ what }) => what.length > 0);
    expect(found).toEqual([]);
  });

  // A module of src/lib/ looks its words up in a dictionary of src/i18n/, which IMPURE_IMPORT lets it import: so
  // that dictionary, and the modules of src/i18n/ it imports in turn, are held to the same rule. (The manager
  // toolkit's dictionary read the page's copy of its strings with `document` as it loaded: four modules of
  // src/lib/manager/ depended on the page through it, December 7.)
  it('imports only dictionaries of src/i18n/ that are pure themselves', () => {
    const found = filesUnder(LIB, /\.tsx?$/).flatMap((file) =>
      dictionariesOf(file)
        .map((dictionary) => ({
          file: relative(ROOT, file),
          dictionary: relative(ROOT, dictionary),
          what: impurities(readFileSync(dictionary, 'utf8')),
        }))
        .filter(({ what }) => what.length > 0),
    );
    expect(found).toEqual([]);
  });
});

/** The modules of src/i18n/ that `file` imports, directly or through another module of src/i18n/, as full paths. */
function dictionariesOf(file: string, found = new Set<string>()): string[] {
  const imports = importsOf(file);
  for (const target of [...imports.static, ...imports.onDemand.flat()]) {
    if (!target.startsWith(`${I18N}/`) || found.has(target)) continue;
    found.add(target);
    dictionariesOf(target, found);
  }
  return [...found];
}

/*
 * src/stores/ holds the nanostores: state and the actions on it, without the DOM (../shared/STYLE.md: "stores
 * without DOM"). A store reaches the browser through the small modules of src/browser/ (storage, the page's
 * comings and goings, the clipboard), as every store does, never the page itself, and imports nothing from the
 * code that renders or runs the page: an island imports a store, never the other way round.
 */
const STORES = join(ROOT, 'src/stores');

/** Imports of the folders that render or run the page. */
const PAGE_IMPORT = /(^|\/)(islands|components|layouts|scripts|pages)\//;

/**
 * Uses of the page or the browser itself. `window` is one only as `window.`: a guard `typeof window` (said why in a
 * comment, as storage-session.ts's) lets a store run in the unit tests and the build, where there is none.
 */
const DOM_USE: readonly [string, RegExp][] = [
  ['document', /(?<![.\w$])document\b(?!\s*\??:)/],
  ['window.', /(?<![.\w$])window\s*\??\./],
  ['.focus(', /\.focus\(/],
  // The focus is the islands' to move (src/islands/focus-after-render.ts): an island hands a store a callback.
  ['focusAfterRender(', /\bfocusAfterRender\(/],
  ['HTMLElement', /\bHTMLElement\b/],
  ['querySelector', /\bquerySelector/],
  ['navigator', /(?<![.\w$])navigator\b(?!\s*\??:)/],
];

/** What in one store breaks the rule: the page or browser it uses and the imports it makes. */
function pageUses(source: string): string[] {
  const code = codeOnly(source);
  const uses = DOM_USE.filter(([, pattern]) => pattern.test(code)).map(([name]) => name);
  const imports = [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
    .map((match) => match[1] as string)
    .filter((path) => PAGE_IMPORT.test(path));
  return [...uses, ...imports];
}

describe('src/stores holds state without the DOM', () => {
  it('finds a use of the page or an import of its code when there is one (the check itself)', () => {
    expect(pageUses("document.getElementById('x'); // window.x\nconst s = 'navigator';")).toEqual(['document']);
    expect(pageUses('if (typeof window !== "undefined") open();')).toEqual([]);
    expect(pageUses('const w = window.innerWidth; el.focus();')).toEqual(['window.', '.focus(']);
    expect(pageUses('const el = root.querySelector("a") as HTMLElement;')).toEqual(['HTMLElement', 'querySelector']);
    expect(pageUses('navigator.storage.persist();')).toEqual(['navigator']);
    expect(pageUses("import { focusAfterRender } from '../islands/focus-after-render';")).toEqual([
      '../islands/focus-after-render',
    ]);
    expect(pageUses("const told = await import('../islands/manager/tools');")).toEqual(['../islands/manager/tools']);
    expect(pageUses("focusAfterRender('club-add'); // not field.focus() in a comment")).toEqual(['focusAfterRender(']);
    expect(pageUses("import { openStorage } from '../browser/storage';")).toEqual([]);
    expect(pageUses('type Hit = { document: number }; const n = hit.document;')).toEqual([]);
  });

  it('has no store that uses the page or imports the code that renders or runs it', () => {
    const found = filesUnder(STORES, /\.tsx?$/)
      .map((file) => ({ file: relative(ROOT, file), what: pageUses(readFileSync(file, 'utf8')) }))
      .filter(({ what }) => what.length > 0);
    expect(found).toEqual([]);
  });
});

/*
 * src/browser/ is the layer under the stores: a store reaches the browser through it, so a module of it imports no
 * store, nor the code that renders or runs the page. One store is allowed: the page's announcer
 * (src/stores/announcer.ts, which imports nothing of the site's), for `copyAndSay` (src/browser/clipboard.ts), the
 * one way to copy and say so, which a store (the text offered back after a clash) and the islands both use; a store
 * wrapping the clipboard measured 9 to 19 bytes gzip more on every planner page (December 7).
 */
const BROWSER = join(ROOT, 'src/browser');
const UPWARD_IMPORT = /(^|\/)(stores|islands|components|layouts|scripts|pages)\//;
const ALLOWED_STORE = /(^|\/)stores\/announcer$/;

/** The imports of one module of src/browser/ that reach above it. */
function upwardImports(source: string): string[] {
  return [...source.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)]
    .map((match) => match[1] as string)
    .filter((path) => UPWARD_IMPORT.test(path) && !ALLOWED_STORE.test(path));
}

describe('src/browser imports no store but the announcer, and none of the page', () => {
  it('finds an import from above when there is one (the check itself)', () => {
    expect(upwardImports("import { announce } from '../stores/announcer';")).toEqual([]);
    expect(upwardImports("import { $plans } from '../stores/plans';")).toEqual(['../stores/plans']);
    expect(upwardImports("const m = await import('../islands/x');")).toEqual(['../islands/x']);
  });

  it('has no module of src/browser/ that imports from above it', () => {
    const found = filesUnder(BROWSER, /\.tsx?$/)
      .map((file) => ({ file: relative(ROOT, file), what: upwardImports(readFileSync(file, 'utf8')) }))
      .filter(({ what }) => what.length > 0);
    expect(found).toEqual([]);
  });
});
