import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { CLIENT_MODULE_SIDE_EFFECTS, ISLAND_MODULE } from '../../src/build/tree-shaking';
import { filesUnder } from '../support/source-files';

/*
 * The browser bundle may leave out an island module none of whose code a file uses (src/build/tree-shaking.ts).
 * That is safe only while importing one does nothing: these tests hold the island modules to statements that
 * declare (imports, exports, functions, classes, types, and constants whose values are written out, are
 * functions, or are calls marked as pure with the bundlers' annotation), and fail on anything that runs as the
 * module loads (a call, an assignment, a store made at the top).
 */

const ROOT = join(import.meta.dirname, '../..');
const ISLANDS = join(ROOT, 'src/islands');

/** Whether a call is marked as one that only makes a value (the `@__PURE__` annotation, which Rolldown reads too). */
function markedPure(node: ts.Node, source: string): boolean {
  // The comments before the call: on the line of the `=` before it, TypeScript counts them as that token's.
  return /\/\*\s*[@#]__PURE__\s*\*\//.test(source.slice(node.pos, node.getStart()));
}

/** Whether evaluating an expression can do nothing but make a value. */
function inert(node: ts.Expression, source: string): boolean {
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) {
    return inert(node.expression, source);
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isClassExpression(node)) return true;
  if (
    ts.isStringLiteral(node) ||
    ts.isNumericLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isRegularExpressionLiteral(node) ||
    ts.isIdentifier(node)
  ) {
    return true;
  }
  if (
    node.kind === ts.SyntaxKind.TrueKeyword ||
    node.kind === ts.SyntaxKind.FalseKeyword ||
    node.kind === ts.SyntaxKind.NullKeyword
  ) {
    return true;
  }
  // Vite writes `import.meta.env.SSR` and the like out as literals when it bundles.
  if (ts.isPropertyAccessExpression(node) && node.expression.getText() === 'import.meta.env') return true;
  if (ts.isPrefixUnaryExpression(node)) return inert(node.operand, source);
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) return markedPure(node, source);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every((element) => inert(element, source));
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every(
      (property) =>
        (ts.isPropertyAssignment(property) &&
          !ts.isComputedPropertyName(property.name) &&
          inert(property.initializer, source)) ||
        ts.isShorthandPropertyAssignment(property) ||
        ts.isMethodDeclaration(property),
    );
  }
  return false;
}

/** The statements at the top of a module that do something as it loads, as `line: text`. */
export function statementsThatRun(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const statement of file.statements) {
    const declares =
      ts.isImportDeclaration(statement) ||
      ts.isExportDeclaration(statement) ||
      ts.isFunctionDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isClassDeclaration(statement) &&
        !statement.members.some((member) => ts.isClassStaticBlockDeclaration(member))) ||
      (ts.isVariableStatement(statement) &&
        statement.declarationList.declarations.every((d) => !d.initializer || inert(d.initializer, source))) ||
      (ts.isExportAssignment(statement) && inert(statement.expression, source));
    if (!declares) {
      const line = file.getLineAndCharacterOfPosition(statement.getStart()).line + 1;
      found.push(`${line}: ${statement.getText().split('\n')[0]}`);
    }
  }
  return found;
}

describe('island modules do nothing when imported', () => {
  const modules = filesUnder(ISLANDS, /\.tsx?$/);

  it('finds the island modules, and the rule covers each of them', () => {
    expect(modules.length).toBeGreaterThan(40);
    for (const path of modules) expect(ISLAND_MODULE.test(path), relative(ROOT, path)).toBe(true);
  });

  it.each(modules.map((path) => [relative(ROOT, path), path]))('%s', (_, path) => {
    expect(statementsThatRun(path, readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('the check finds what would run: a call, an assignment, a store made at the top', () => {
    const source = [
      "import { atom } from 'nanostores';",
      'export const $open = atom(false);',
      "document.title = 'x';",
      'register();',
      'export const ok = { a: 1, b: [2, "c"], f: () => 3 } as const;',
      'const pattern = /* @__PURE__ */ new RegExp(words.join("|"));',
      'export function Component() { return null; }',
    ].join('\n');
    expect(statementsThatRun('x.tsx', source)).toEqual([
      '2: export const $open = atom(false);',
      "3: document.title = 'x';",
      '4: register();',
    ]);
  });
});

describe('the rule', () => {
  it('lets the bundle leave out island modules only', () => {
    const leftOut = (id: string) => CLIENT_MODULE_SIDE_EFFECTS.some((rule) => !rule.sideEffects && rule.test.test(id));
    expect(leftOut('/work/site/src/islands/InlineText.tsx')).toBe(true);
    expect(leftOut('/work/site/src/islands/use-lazy.ts')).toBe(true);
    expect(leftOut('/work/site/src/stores/planner.ts')).toBe(false);
    expect(leftOut('/work/site/src/styles/checklist.css')).toBe(false);
    expect(leftOut('/work/site/src/islands/Announcer.tsx?inline.css')).toBe(false);
    expect(leftOut('/work/site/node_modules/preact/dist/preact.module.js')).toBe(false);
  });
});
