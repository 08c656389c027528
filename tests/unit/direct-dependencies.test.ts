import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';

/*
 * Every package the code, the tests and the scripts import is one package.json names. A package that only comes
 * with another (rolldown with Vite, preact-render-to-string with @astrojs/preact) can go or change its major
 * version in any update of the package that brings it, and the import breaks with no change here: until
 * December 6 the unit tests imported those two that way. The benchmark's `bench/lib/` is left out: it is a copy
 * of ../shared/bench, run with what `bench/run.sh` installs.
 */

const ROOT = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
const DECLARED = new Set([...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})]);
/** Astro's virtual modules: `astro:content` and its kind, provided by `astro`. */
const VIRTUAL = /^astro:/;

const FILES = [
  ...['src', 'tests', 'scripts'].flatMap((dir) => filesUnder(join(ROOT, dir), /\.(ts|tsx|mjs|js|astro)$/)),
  ...['astro.config.mjs', 'playwright.config.ts', 'vitest.config.ts'].map((file) => join(ROOT, file)),
];

/** An Astro component's code: its front matter and its scripts (the rest is markup). */
function codeOf(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const frontMatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [frontMatter, ...scripts].join('\n');
}

/** The packages a module imports, by name (`@scope/name` or `name`), as TypeScript's own scanner reads its imports. */
function importedPackages(code: string): string[] {
  return ts
    .preProcessFile(code, true, true)
    .importedFiles.map((file) => file.fileName)
    .filter((specifier) => !/^[./]/.test(specifier) && !VIRTUAL.test(specifier))
    .filter((specifier) => !specifier.startsWith('node:') && !builtinModules.includes(specifier))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
}

describe('imports of packages', () => {
  it('name only packages that package.json declares', () => {
    const undeclared = FILES.flatMap((file) =>
      importedPackages(codeOf(file, readFileSync(file, 'utf8')))
        .filter((name) => !DECLARED.has(name))
        .map((name) => `${relative(ROOT, file)}: ${name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it('are read as TypeScript reads them: statements and import(), not code written in a string', () => {
    expect(
      importedPackages(
        "import a from 'preact';\nimport type { B } from '@astrojs/preact/server.js';\nconst c = import('yaml');\nimport 'x/y.css';\nimport d from './e';\nimport { f } from 'node:fs';\nimport g from 'astro:content';\nconst h = \"import i from 'j'\";",
      ),
    ).toEqual(['preact', '@astrojs/preact', 'yaml', 'x']);
  });
});
