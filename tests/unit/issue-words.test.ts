import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { backupUi } from '../../src/i18n/backup-ui';
import { issueWords } from '../../src/lib/issue-words';
import { filesUnder } from '../support/source-files';

/** The codes the stored data's schemas (Valibot, src/schemas/) give their checks: a `v.check`'s or `v.regex`'s message. */
function schemaCodes(): string[] {
  const codes = new Set<string>();
  for (const file of filesUnder(join(import.meta.dirname, '../../src/schemas'), /\.ts$/)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && /^v\.(check|regex|rawCheck)$/.test(node.expression.getText(source))) {
        const message = node.arguments[1];
        if (message && ts.isStringLiteral(message)) codes.add(message.text);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...codes].sort();
}

/** The first issue `schema` finds in `input`, worded by `issueWords`. */
function wordsFor(schema: v.GenericSchema, input: unknown): string {
  const result = v.safeParse(schema, input);
  if (result.success) throw new Error('expected an issue');
  return issueWords(result.issues[0] as v.BaseIssue<unknown>);
}

describe('issueWords: why a value of a file is refused, in the reader’s words', () => {
  it('names a text too long or a list too long by its size and the limit', () => {
    expect(wordsFor(v.pipe(v.string(), v.maxLength(300)), 'x'.repeat(400))).toBe(
      '400 characters, where at most 300 are kept',
    );
    expect(wordsFor(v.pipe(v.array(v.string()), v.maxLength(2)), ['a', 'b', 'c'])).toBe(
      '3 entries, where at most 2 are kept',
    );
    expect(wordsFor(v.pipe(v.string(), v.minLength(1)), '')).toBe('0 characters, where at least 1 are needed');
  });

  it('names a value of the wrong kind by what it is and what the site writes', () => {
    expect(wordsFor(v.string(), 5)).toBe('a number where this site writes text');
    expect(wordsFor(v.number(), 'five')).toBe('text where this site writes a number');
    expect(wordsFor(v.boolean(), null)).toBe('null where this site writes true or false');
    expect(wordsFor(v.array(v.string()), {})).toBe('a group of fields where this site writes a list');
  });

  it('names a missing field, a field the site does not write and a value it does not write', () => {
    const schema = v.strictObject({ state: v.picklist(['open', 'done']) });
    expect(wordsFor(schema, {})).toBe('missing');
    expect(wordsFor(schema, { state: 'open', extra: 1 })).toBe('a field this site does not write');
    expect(wordsFor(schema, { state: 'hacked' })).toBe('"hacked", a value this site does not write');
    expect(wordsFor(v.literal(1), 2)).toBe('2, a value this site does not write');
  });

  it('says a number out of range or a text not in its form without the validator’s terms', () => {
    expect(wordsFor(v.pipe(v.number(), v.maxValue(10)), 11)).toBe('11, out of the range this site writes');
    expect(wordsFor(v.pipe(v.string(), v.regex(/^a/)), 'b')).toBe('not in the form this site writes');
  });

  it('says a check of the stored data by its code’s words, and a code without words never', () => {
    const checked = (code: string) =>
      wordsFor(
        v.pipe(
          v.string(),
          v.check((s) => s === 'a', code),
        ),
        'b',
      );
    expect(checked('planId')).toBe('not a plan id');
    expect(checked('sameItemId')).toBe('two items share one id');
    expect(checked('calendarDate')).toBe('a real date between 1970-01-01 and 2099-12-31');
    expect(checked('noSuchCode')).toBe('not in the form this site writes');
  });

  it('has words for every code the stored data’s schemas give a check, and none for a code no schema gives', () => {
    const worded = Object.keys(backupUi)
      .filter((key) => key.startsWith('backup.check.'))
      .map((key) => key.slice('backup.check.'.length))
      .sort();
    expect(schemaCodes().length).toBeGreaterThan(10);
    expect(schemaCodes()).toEqual(worded);
  });
});
