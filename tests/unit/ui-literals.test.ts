import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder } from '../support/source-files';
import { astroReaderLiterals, readerLiterals } from '../support/ui-literals';

/*
 * Every word a reader sees comes from a dictionary of src/i18n/ (issue 17): this scans the rest of src/ for words
 * written as literals (tests/support/ui-literals.ts says what reads as words and what stands where code does).
 * src/pages/design.astro is left out: the design system's page, for people working on the site (not linked, not
 * searched, not in the sitemap), whose sample words are specimens of the controls, not the site's words.
 */

const ROOT = join(import.meta.dirname, '../..');
const SOURCES = filesUnder(join(ROOT, 'src'), /^(?!i18n\/).*\.(ts|tsx|astro)$/).filter(
  (file) => !file.endsWith('src/pages/design.astro'),
);

/** `file: text`, as the scan names a literal. */
type Found = `${string}: ${string}`;

/** Literals the scan reads as words that are not the site's words to a reader, each with why. */
const NOT_READER_TEXT: Record<Found, string> = {
  // Names of syntax tree nodes, compared with what the bundler's parser returns.
  'src/build/idle-wrappers.ts: Identifier': 'a parser’s node type',
  // typeof's answer for an object, a key of the type names in backup-ui.ts.
  'src/lib/issue-words.ts: Object': 'a key, looked up in backup-ui.ts',
  // The undo's verdict, a value of its union type.
  'src/lib/undo-choice.ts: put back': 'a value of a union type',
  // Words too common to show as matches, the words that open a question, and what a question says that no answer
  // says: compared with a query's words, never shown.
  'src/lib/search-rank.ts: a an and are as at be by for from has have how i in into is it its of on or our that the their there this to was what when where which who why will with you your':
    'words compared, never shown',
  'src/lib/search-rank.ts: are can could did do does how is should what when where which who why will would':
    'words compared, never shown',
  'src/lib/search-rank.ts: am can could did do does get going happen know long many me mean much my need often prepare should us we would':
    'words compared, never shown',
  // The ordinals a query's word may be, read as numbers ("first month" is Month 1): compared, never shown.
  'src/lib/search-ordinals.ts: first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth':
    'words compared, never shown',
  // The job family page's headings, which the parser looks for in the handbook's text (build time).
  'src/lib/ladder-parse.ts: Responsibilities': 'the handbook’s heading, looked for',
  'src/lib/ladder-parse.ts: Requirements': 'the handbook’s heading, looked for',
  'src/lib/ladder-parse.ts: Performance Indicators': 'the handbook’s heading, looked for',
  'src/lib/ladder-parse.ts: Levels': 'the handbook’s heading, looked for',
  'src/lib/ladder-parse.ts: Career Ladder': 'the handbook’s heading, looked for',
  // Why the parser cannot read the page: the build stops with it, for whoever edited the page.
  'src/lib/ladder-parse.ts: no "## {…}" section': 'a message that stops the build',
  'src/lib/ladder-parse.ts: {…}: "{…}" names no level': 'a message that stops the build',
  'src/lib/ladder-parse.ts: no "## Levels" section': 'a message that stops the build',
  'src/lib/ladder-parse.ts: levels on the page ({…}) differ from content/career-ladder.yaml ({…})':
    'a message that stops the build',
  'src/lib/ladder-parse.ts: {…}: no job grade sentence': 'a message that stops the build',
  'src/lib/ladder-parse.ts: no specialty "{…}" on the page': 'a message that stops the build',
  // The content schemas' messages, read at build time by whoever wrote the content.
  'src/schemas/handbook-page.ts: a lowercase slug such as "programs"': 'a content schema’s message',
  'src/schemas/handbook-page.ts: must start and end with "/" and use lowercase letters, digits and dashes':
    'a content schema’s message',
  'src/schemas/handbook-page.ts: "{…}" is a group of its own: add nav.groupLabel, the words its sidebar heading shows (the handbook’s groups are role, programs and leadership)':
    'a content schema’s message',
  'src/schemas/program.ts: ids are lowercase words joined by dashes, like "int-w1-kickoff-call"':
    'a content schema’s message',
  'src/schemas/program.ts: duplicate id "{…}"': 'a content schema’s message',
  'src/schemas/plan-suggestion.ts: a goal suggestion needs a measure': 'a content schema’s message',
  'src/schemas/plan-suggestion.ts: a person to meet needs a reason': 'a content schema’s message',
};

/** Every literal in src/ that reads as words, as `file:line: text`. */
function scan(): { at: string; found: Found }[] {
  return SOURCES.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    const name = relative(ROOT, file);
    const literals = file.endsWith('.astro') ? astroReaderLiterals(code, file) : readerLiterals(code, file);
    return literals.map(({ line, text }) => ({ at: `${name}:${line}`, found: `${name}: ${text}` as Found }));
  });
}

describe('words a reader sees', () => {
  const all = scan();

  it('are all in src/i18n/', () => {
    const known = new Set<string>(Object.keys(NOT_READER_TEXT));
    expect(
      all
        .filter(({ found }) => !known.has(found))
        .map(({ at, found }) => `${at}: ${found.split(': ').slice(1).join(': ')}`),
    ).toEqual([]);
  });

  it('lists no literal that is gone', () => {
    const seen = new Set<string>(all.map(({ found }) => found));
    const listed: string[] = Object.keys(NOT_READER_TEXT);
    expect(listed.filter((found) => !seen.has(found))).toEqual([]);
  });
});

describe('the scan', () => {
  const words = (code: string, file = 'x.tsx') => readerLiterals(code, file).map((l) => l.text);

  it('finds words in strings, templates and JSX text', () => {
    expect(words(`const a = 'Plan action'; const b = \`day \${n}\`; const c = ['Days 1–30'];`, 'x.ts')).toEqual([
      'Plan action',
      'day {…}',
      'Days 1–30',
    ]);
    expect(words(`lines.push('- **Role:** ' + r, '| Name | Why |', 'Goal', \`Owner: \${o}\`);`, 'x.ts')).toEqual([
      '- **Role:**',
      '| Name | Why |',
      'Goal',
      'Owner: {…}',
    ]);
    expect(words(`const h = '### End-of-phase review'; const c = 'plan-item is-done';`, 'x.ts')).toEqual([
      '### End-of-phase review',
    ]);
    expect(words('const v = <p class="plan-save">Saved in this browser</p>;')).toEqual(['Saved in this browser']);
    expect(words('el.addEventListener("click", () => say("Nothing was saved"));')).toEqual(['Nothing was saved']);
  });

  it('leaves out what stands where code does', () => {
    expect(
      words(
        [
          `import x from 'a b';`,
          `if (key === 'Enter') {}`,
          `switch (k) { case 'Escape': break; }`,
          `const el = <div class="tag tag--doing" id="Some id" />;`,
          `node.className = 'search-result search-result--page';`,
          `document.querySelectorAll('li input, a[href]');`,
          `throw new Error('Cannot read the file');`,
          `console.warn('Something went wrong');`,
          `type Kind = 'Not this';`,
          `const map = { 'Some key': 1 };`,
          `const mime = 'text/markdown;charset=utf-8'; const ics = 'BEGIN:VCALENDAR';`,
          `const k = planT('plan.siteDays'); const cls = \`\${base}-na \${base}-text\`;`,
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('reads an .astro file’s front matter, scripts and template text, not its expressions', () => {
    const astro = [
      '---',
      "const title = data.title ?? 'Fallback title';",
      '---',
      '<!-- A comment to developers -->',
      '<p>{pageT("home.lead")}</p>',
      '{cond && (',
      '  <span aria-label="Close the panel">Plain words here</span>',
      ')}',
      '<script>announce("Search is ready");</script>',
    ].join('\n');
    expect(astroReaderLiterals(astro, 'x.astro')).toEqual([
      { line: 2, text: 'Fallback title' },
      { line: 9, text: 'Search is ready' },
      { line: 7, text: 'Plain words here' },
      { line: 7, text: 'Close the panel' },
    ]);
  });
});
