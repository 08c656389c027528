import ts from 'typescript';

/*
 * Finds words a reader sees written as literals in code, outside the dictionaries of src/i18n/ (issue 17).
 * It reads a module with TypeScript's parser and looks at every string, template piece and JSX text:
 *
 * - reader text is a word followed by a space and a word, a figure, a placeholder or a quote ("Plan action",
 *   "Days 1–30", "day ${n}", "not set"), a label ending in a colon ("Owner:"), or one capitalised word alone
 *   ("Goal", "Yes"); Markdown's marks (* _ # |) count as spaces, so "**Role:**" and "| Name | Why |" are words;
 * - JSX text with any word is reader text;
 * - what is not reader text is left out by where it stands, not by its words: module names, object keys,
 *   literal types, values compared (`key === 'Enter'`, `case 'Escape':`), CSS classes and other attributes a
 *   reader never reads (`class`, `id`, `type`…), CSS selectors, regular expressions, and messages to developers
 *   (`throw new Error(…)`, `console.*`, an integration's `logger.*`).
 */

export interface Literal {
  line: number;
  text: string;
}

/** JSX attributes whose values a reader never reads: names, styles, addresses, machine values. */
const MACHINE_ATTRIBUTES = new Set([
  'class',
  'className',
  'class:list',
  'id',
  'for',
  'htmlFor',
  'type',
  'name',
  'role',
  'rel',
  'href',
  'src',
  'target',
  'key',
  'lang',
  'dir',
  'method',
  'accept',
  'pattern',
  'autocomplete',
  'autoComplete',
  'inputMode',
  'enterKeyHint',
  'hydrate',
  'client:load',
  'is:inline',
]);

/** Calls whose string arguments are code, not words: selectors, patterns, messages to developers. */
const CODE_CALLS =
  /^(?:.*\.)?(?:querySelector|querySelectorAll|closest|matches|matchMedia|getAttribute|setAttribute|removeAttribute|hasAttribute|toggleAttribute|addEventListener|removeEventListener|dispatchEvent|createElement|add|remove|toggle|contains|RegExp|Error|TypeError|RangeError|SyntaxError)$|^console\.|^(?:.*\.)?logger\.|^(?:.*\.)?(?:warn|info|debug|error)$/;

const WORD = "[A-Za-z][a-z’']+";
/** A word, a space, then a word, a figure, a placeholder (`\u0000`) or an opening quote. */
const WORDS = new RegExp(String.raw`(?:^|[\s(“"'–—])${WORD}[,:;.!?]?\s+(?:${WORD}|\d|\u0000|[“"'(])`);
/** A capitalised word joined with dashes, then a word: "End-of-phase review" (a class name is not capitalised). */
const DASHED = /(?:^|\s)[A-Z][a-z]+(?:-[a-z]+)+\s+[a-z]/;
/** A label: a capitalised word, or words, ending in a colon. */
const LABEL = /(?:^|\s)[A-Z][a-z’']+:(?:\s|$)/;
/** One capitalised word alone, such as "Goal" or "Yes". */
const ONE_WORD = /^[A-Z][a-z’']+[.!?…]?$/;

/** Whether a piece of text (placeholders as `\u0000`) reads as words to a reader. */
export function readsAsWords(text: string): boolean {
  // Code written as a string (a selector, HTML, a script the build writes) is not read as words.
  if (/[=;{}<>[\]]/.test(text)) return false;
  const plain = text.replace(/[*_#|`>]+/g, ' ').trim();
  return WORDS.test(plain) || DASHED.test(plain) || LABEL.test(plain) || ONE_WORD.test(plain);
}

function calleeName(call: ts.CallExpression | ts.NewExpression, source: ts.SourceFile): string {
  return call.expression.getText(source);
}

/** Whether a literal stands where its text is code, not words (see above). */
function isCode(node: ts.Node, source: ts.SourceFile): boolean {
  let child: ts.Node = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isImportTypeNode(parent)) return true;
    if (ts.isExternalModuleReference(parent) || ts.isModuleDeclaration(parent)) return true;
    if (ts.isLiteralTypeNode(parent)) return true;
    if ((ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent)) && parent.name === child) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === child) return true;
    if (ts.isCaseClause(parent) && parent.expression === child) return true;
    if (ts.isBinaryExpression(parent)) {
      const op = parent.operatorToken.kind;
      if (
        op === ts.SyntaxKind.EqualsEqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsEqualsToken ||
        op === ts.SyntaxKind.EqualsEqualsToken ||
        op === ts.SyntaxKind.ExclamationEqualsToken ||
        op === ts.SyntaxKind.InKeyword
      ) {
        return true;
      }
    }
    // `element.className = 'search-result search-result--page'` and the like.
    if (
      ts.isBinaryExpression(parent) &&
      parent.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
      /\.(?:className|id|type|name|rel|href)$/.test(parent.left.getText(source))
    ) {
      return true;
    }
    if (ts.isJsxAttribute(parent)) return MACHINE_ATTRIBUTES.has(parent.name.getText(source));
    if ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) && parent.expression !== child) {
      if (CODE_CALLS.test(calleeName(parent, source))) return true;
    }
    if (ts.isExpressionStatement(parent) && ts.isStringLiteral(child)) return true; // a directive ('use strict')
    // A function or a block ends the climb: what a callback says is words even when the call it is given to is code.
    if (ts.isFunctionLike(parent) || ts.isBlock(parent) || ts.isSourceFile(parent)) return false;
  }
  return false;
}

/** The text of a literal as a reader would see it, placeholders as `\u0000`, or undefined when it is no literal. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => `\u0000${span.literal.text}`).join('');
  }
  return undefined;
}

/** Every literal of a module that reads as words to a reader, with its line. */
export function readerLiterals(code: string, fileName: string): Literal[] {
  const source = ts.createSourceFile(
    fileName,
    code,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: Literal[] = [];
  const note = (node: ts.Node, text: string) =>
    found.push({ line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim() });
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      if (/[A-Za-z]{2,}/.test(node.text) && !isCode(node, source)) note(node, node.text);
      return;
    }
    const text = literalText(node);
    if (text !== undefined) {
      if (readsAsWords(text) && !isCode(node, source)) note(node, text.replaceAll('\u0000', '{…}'));
      // A template's placeholders may hold literals of their own.
      if (ts.isTemplateExpression(node)) for (const span of node.templateSpans) visit(span.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Markup a reader never reads in an .astro template: comments, styles, and scripts (read as TypeScript instead). */
const NOT_TEMPLATE_TEXT =
  /<!--[\s\S]*?-->|\{\s*\/\*[\s\S]*?\*\/\s*\}|<style\b[\s\S]*?<\/style>|<script\b[\s\S]*?<\/script>/g;
/** Attributes of an .astro template a reader reads (as a name, a tooltip, a hint). */
const READER_ATTRIBUTE = /\b(?:aria-label|aria-description|title|alt|placeholder)="([^"]*)"/g;

/**
 * The same for an .astro file: its front matter and its scripts as TypeScript, its template's text between tags
 * and the attributes a reader reads. An expression in braces (`{pageT('…')}`) is left out: a template's words
 * come from the dictionaries through such expressions, and reading a literal inside one would need the template
 * parsed as JSX, which HTML's unclosed elements are not. Text between tags that an expression crosses
 * (`{prev && (` before a tag) is code, and left out too.
 */
export function astroReaderLiterals(code: string, fileName: string): Literal[] {
  const lineAt = (index: number) => code.slice(0, index).split('\n').length;
  const found: Literal[] = [];
  const fence = /^---\r?\n([\s\S]*?)\r?\n---/.exec(code);
  if (fence) found.push(...readerLiterals(fence[1] ?? '', `${fileName}.ts`).map((l) => ({ ...l, line: l.line + 1 })));
  for (const script of code.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const offset = lineAt(script.index + script[0].indexOf('>') + 1) - 1;
    found.push(...readerLiterals(script[1] ?? '', `${fileName}.ts`).map((l) => ({ ...l, line: l.line + offset })));
  }
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  const template = (fence ? blank(fence[0]) + code.slice(fence[0].length) : code).replace(NOT_TEMPLATE_TEXT, blank);
  // Text between tags, expressions left out.
  for (const text of template.matchAll(/>([^<>]*)</g)) {
    let words = text[1] ?? '';
    for (let before = ''; before !== words; ) [before, words] = [words, words.replace(/\{[^{}]*\}/g, ' ')];
    if (/[{}]|&&|\|\||\)\s*:|\(\s*$|^\s*\)/.test(words)) continue;
    if (/[A-Za-z]{2,}/.test(words)) found.push({ line: lineAt(text.index), text: words.trim() });
  }
  for (const attribute of template.matchAll(READER_ATTRIBUTE)) {
    if (readsAsWords(attribute[1] ?? '')) found.push({ line: lineAt(attribute.index), text: attribute[1] ?? '' });
  }
  return found;
}
