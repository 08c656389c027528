/*
 * Fails on a name a module of src/ exports that no other file imports (npm run check): an export is a promise to
 * other files, and one nobody takes is dead weight a newcomer must read around. Read with TypeScript's parser (the
 * syntax, not a grep): every import, re-export and dynamic import of src/, tests/, scripts/, bench/ and the config
 * files, the frontmatter and <script> elements of .astro files included. A module imported whole (`import * as`, a
 * dynamic import, `export * from`) counts as using every name. A name a test imports stays exported.
 *
 * Usage: node scripts/unused-exports.mjs (exit 1 and the list when there is one).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');
const CODE = /\.(ts|tsx|mts|mjs|js|astro)$/;

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.') || name.startsWith('dist')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (CODE.test(name)) out.push(path);
  }
  return out;
}

/** The TypeScript of an .astro file: its frontmatter and its <script> elements (the template imports nothing). */
function astroCode(text) {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
  return [front, ...scripts].join('\n;\n');
}

/** The file a relative specifier names, as Vite resolves it (with or without its extension, or a folder's index). */
function resolveSpecifier(from, specifier) {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(dirname(from), specifier);
  const tries = [base, ...['.ts', '.tsx', '.mjs', '.js'].map((ext) => base + ext), join(base, 'index.ts')];
  return tries.find((path) => existsSync(path) && statSync(path).isFile());
}

const SRC = join(ROOT, 'src');
/** Modules Astro reads by their place, not by an import: routes (their GET, getStaticPaths) and the collections. */
const READ_BY_ASTRO = (file) => file.startsWith(join(SRC, 'pages')) || file === join(SRC, 'content.config.ts');
const files = [
  ...['src', 'tests', 'scripts', 'bench'].flatMap((dir) => walk(join(ROOT, dir))),
  ...['astro.config.mjs', 'vitest.config.ts', 'playwright.config.ts'].map((name) => join(ROOT, name)),
].filter((path) => existsSync(path));

/** Names each module exports (by file), and the names other files import from it ('*': all of them). */
const exported = new Map();
const imported = new Map();
const take = (file, name) => imported.set(file, new Set([...(imported.get(file) ?? []), name]));

for (const file of files) {
  const raw = readFileSync(file, 'utf8');
  const code = file.endsWith('.astro') ? astroCode(raw) : raw;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const own = new Set();
  const visit = (node) => {
    // import { a, b as c } from './x'; import x from './x'; import * as x from './x'
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const target = resolveSpecifier(file, node.moduleSpecifier.text);
      const bindings = node.importClause?.namedBindings;
      if (target && node.importClause?.name) take(target, 'default');
      if (target && bindings && ts.isNamespaceImport(bindings)) take(target, '*');
      if (target && bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) take(target, (element.propertyName ?? element.name).text);
      }
    }
    // export { a } from './x'; export * from './x'; export { a, b as c };
    if (ts.isExportDeclaration(node)) {
      const target =
        node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
          ? resolveSpecifier(file, node.moduleSpecifier.text)
          : undefined;
      if (target && !node.exportClause) take(target, '*');
      if (node.exportClause && ts.isNamedExports(node.exportClause)) {
        for (const element of node.exportClause.elements) {
          if (target) take(target, (element.propertyName ?? element.name).text);
          own.add(element.name.text);
        }
      }
    }
    // new URL('./x.ts', import.meta.url): a module loaded by its path (an Astro renderer's client): the whole module.
    if (
      ts.isNewExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'URL' &&
      node.arguments?.[0]
    ) {
      // Each path the first argument may be (`dev ? './a.ts' : './b.ts'`).
      const paths = [];
      const strings = (part) => {
        if (ts.isStringLiteral(part)) paths.push(part.text);
        else ts.forEachChild(part, strings); // a callback that returns a value would stop the walk
      };
      strings(node.arguments[0]);
      for (const path of paths) {
        const target = resolveSpecifier(file, path);
        if (target) take(target, '*');
      }
    }
    // import('./x') and typeof import('./x'): the whole module.
    if (
      (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) ||
      ts.isImportTypeNode(node)
    ) {
      const argument = ts.isCallExpression(node) ? node.arguments[0] : node.argument.literal;
      if (argument && ts.isStringLiteral(argument)) {
        const target = resolveSpecifier(file, argument.text);
        if (target) take(target, '*');
      }
    }
    // export const a, export function b, export type C, export default …
    const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : [];
    if (modifiers.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) && node.parent === source) {
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) own.add('default');
      else if (ts.isVariableStatement(node)) {
        for (const declaration of node.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name)) own.add(declaration.name.text);
        }
      } else if (node.name && ts.isIdentifier(node.name)) own.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (file.startsWith(SRC) && !file.endsWith('.astro') && !READ_BY_ASTRO(file)) exported.set(file, own);
}

const unused = [...exported].flatMap(([file, names]) => {
  const taken = imported.get(file) ?? new Set();
  if (taken.has('*')) return [];
  return [...names].filter((name) => !taken.has(name)).map((name) => `${relative(ROOT, file)}: ${name}`);
});

if (unused.length > 0) {
  console.error(`Exported, imported by no other file (remove the export keyword, or the code):\n${unused.join('\n')}`);
  process.exit(1);
}
