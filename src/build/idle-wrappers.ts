/*
 * Vite wraps each lazy `import()` in its preload helper: `F(()=>import(…),[])`. With nothing to preload
 * (src/build/preload-helper.ts), the helper is the one line `const F=l=>l();` and each call only runs
 * what it is given. Written out in place, the wrapper and the line go: 14 to 21 bytes gzip in each file that
 * loads code on demand (December 6: the plan builder −73 in four files, the ladder and CSM Onboarding −56).
 *
 * The code is minified, where the helper's one-letter name is given to other things in inner scopes (a callback's
 * parameter, say): a call is written out only where no scope between it and the module declares that name, and
 * the helper's line goes only when no reference to it is left.
 */

/** The parts of an ESTree node this reads (`start`, `end`: offsets in the code). */
interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
const SCOPES = new Set([
  ...FUNCTIONS,
  'BlockStatement',
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'SwitchStatement',
  'CatchClause',
  'StaticBlock',
  'ClassDeclaration',
  'ClassExpression',
]);
/** Where a name is declared: a declarator's, a function's or a class's `id`, a parameter, a caught error. */
const DECLARING = new Set(['VariableDeclarator', 'FunctionDeclaration', 'ClassDeclaration']);

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function children(node: Node): Node[] {
  const found: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    // A property's name (`a.e`, `{e: 1}`) and another module's name for an import or export are no reference to
    // a binding of this one.
    if (key === 'type' || (key === 'property' && node.type === 'MemberExpression' && !node.computed)) continue;
    if (key === 'key' && node.type === 'Property' && !node.computed && !node.shorthand) continue;
    if (
      (key === 'imported' && node.type === 'ImportSpecifier') ||
      (key === 'exported' && node.type === 'ExportSpecifier')
    )
      continue;
    if (Array.isArray(value)) found.push(...value.filter(isNode));
    else if (isNode(value)) found.push(value);
  }
  return found;
}

/** The names a binding pattern declares (`a`, `{a, b: [c]}`, `...d`, `e = 1`). */
function patternNames(pattern: Node | null | undefined, names: Set<string>): void {
  if (!pattern) return;
  if (pattern.type === 'Identifier') names.add(pattern.name as string);
  else if (pattern.type === 'ObjectPattern')
    for (const property of pattern.properties as Node[])
      patternNames((property.type === 'RestElement' ? property.argument : property.value) as Node, names);
  else if (pattern.type === 'ArrayPattern')
    for (const element of pattern.elements as Node[]) patternNames(element, names);
  else if (pattern.type === 'RestElement') patternNames(pattern.argument as Node, names);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left as Node, names);
}

/**
 * Whether `scope` may declare `name`: its own parameters, a caught error, a class's or a function
 * expression's own name, and any declaration inside it outside the functions it holds. More than the language's
 * rules (a `var` belongs to the function, a `let` to its block): a call is then left as it is, never misread.
 */
function mayDeclare(scope: Node, name: string): boolean {
  const names = new Set<string>();
  if (FUNCTIONS.has(scope.type)) for (const param of scope.params as Node[]) patternNames(param, names);
  if (scope.type === 'CatchClause') patternNames(scope.param as Node, names);
  if (scope.type === 'FunctionExpression' || scope.type === 'ClassExpression' || scope.type === 'ClassDeclaration')
    patternNames(scope.id as Node, names);
  const visit = (node: Node) => {
    if (DECLARING.has(node.type)) patternNames(node.id as Node, names);
    if (FUNCTIONS.has(node.type) && node !== scope) return;
    for (const child of children(node)) visit(child);
  };
  for (const child of children(scope)) visit(child);
  return names.has(name);
}

/** The body of `F(()=>body,[])`, when `call` has that form. */
function wrappedBody(call: Node, helper: string): Node | undefined {
  const callee = call.callee as Node;
  const [load, deps, ...rest] = call.arguments as Node[];
  if (callee.type !== 'Identifier' || callee.name !== helper || rest.length > 0) return undefined;
  if (load?.type !== 'ArrowFunctionExpression' || (load.params as Node[]).length > 0 || !load.expression)
    return undefined;
  if (deps?.type !== 'ArrayExpression' || (deps.elements as Node[]).length > 0) return undefined;
  return load.body as Node;
}

/** Whether one of the offsets `uses` (in order) is inside `node`: the first not before its start, found by halves. */
function holdsUse(uses: number[], node: Node): boolean {
  let low = 0;
  let high = uses.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((uses[middle] ?? 0) < node.start) low = middle + 1;
    else high = middle;
  }
  return low < uses.length && (uses[low] ?? 0) < node.end;
}

/** Bodies that stand as they are wherever the call stood: anything else is put in parentheses. */
const PRIMARY = new Set(['CallExpression', 'MemberExpression', 'Identifier']);

/**
 * `code` with each call of the helper `helper` (declared once at the top of the module as
 * `const <helper>=l=>l();`) written out as what it runs, and that line dropped when nothing else uses it.
 * `parse` gives the code's ESTree (the bundler's own parser).
 */
export function withoutIdleWrappers(code: string, helper: string, parse: (code: string) => object): string {
  const line = `const ${helper}=l=>l();`;
  /** Each call written out: the call's place in the code, and its body's node. */
  const edits: { start: number; end: number; body: Node }[] = [];
  let references = 0;
  // Whether a scope declares the name is asked only on the way to a call of the helper or a use of its name, and
  // once per scope: asked of every scope, it read each block again for every block around it.
  const declares = new Map<Node, boolean>();
  const shadows = (scope: Node) => {
    const known = declares.get(scope);
    if (known !== undefined) return known;
    const found = mayDeclare(scope, helper);
    declares.set(scope, found);
    return found;
  };
  // Where the name stands in the code (strings and comments too, which only cost a look): a node that holds none
  // of these holds no call of the helper and no use of its name, and is not walked.
  const uses = [...code.matchAll(new RegExp(`(?<![\\w$])${helper.replaceAll('$', '\\$')}(?![\\w$])`, 'g'))].map(
    (match) => match.index,
  );
  const walk = (node: Node, scopes: Node[]) => {
    if (!holdsUse(uses, node)) return;
    const body = node.type === 'CallExpression' ? wrappedBody(node, helper) : undefined;
    if (body && !scopes.some(shadows)) {
      edits.push({ start: node.start, end: node.end, body });
      // A call inside is written out too; the arrow around the body goes, and declares nothing (no parameters).
      walk(body, scopes);
      return;
    }
    if (node.type === 'Identifier' && node.name === helper && !scopes.some(shadows)) references += 1;
    const inner = SCOPES.has(node.type) ? [...scopes, node] : scopes;
    for (const child of children(node)) walk(child, inner);
  };
  // One parse (the bundler's parser is most of this step's time): the calls inside a call's body are written out
  // inside its text.
  walk(parse(code) as Node, []);
  edits.sort((a, b) => a.start - b.start);
  /** The code from `from` to `to`, each call in it written out (the calls are in order; `next`: the first not yet). */
  let next = 0;
  const written = (from: number, to: number): string => {
    let text = '';
    let at = from;
    for (let edit = edits[next]; edit && edit.start < to; edit = edits[next]) {
      next += 1;
      const { start, end, body } = edit;
      const inner = written(body.start, body.end);
      text += code.slice(at, start) + (PRIMARY.has(body.type) ? inner : `(${inner})`);
      at = end;
    }
    return text + code.slice(at, to);
  };
  const out = written(0, code.length);
  // The line's own name is the one reference left when nothing else calls the helper.
  return references === 1 && out.includes(line) ? out.replace(line, '') : out;
}
