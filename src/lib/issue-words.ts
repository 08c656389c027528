import * as v from 'valibot';
import { backupUi, bt } from '../i18n/backup-ui';
import { clipText } from './clip-text';
import { MAX_DATE, MIN_DATE } from './dates';
import type { Unreadable } from './stored-records';

/** The codes the stored data's checks name themselves with, each said by a `backup.check.` string. */
type CheckCode = keyof typeof backupUi extends infer K ? (K extends `backup.check.${infer C}` ? C : never) : never;

/** The kinds of value the validator names (its `expected`), as the reader's words name them. */
const TYPES = {
  string: 'backup.type.string',
  number: 'backup.type.number',
  boolean: 'backup.type.boolean',
  Object: 'backup.type.object',
  Array: 'backup.type.array',
} as const;

/** What kind of value `input` is, in the reader's words. */
function kindOf(input: unknown): string {
  if (input === null) return bt('backup.type.null');
  if (Array.isArray(input)) return bt('backup.type.array');
  const type = typeof input === 'object' ? 'Object' : typeof input;
  return bt(type in TYPES ? TYPES[type as keyof typeof TYPES] : 'backup.type.other');
}

/**
 * Why a value of a file chosen for restore (src/lib/backup.ts) or of a review link (src/lib/plan-share.ts) is
 * refused, in words a reader can take in, for the validator's issue: its own words are for developers ("Invalid
 * length: Expected <=300 but received 400"), and a check of the stored data's schemas names itself with a code
 * ("planId"), said here in the words of backup-ui.ts. A code without words there is never shown: it is said as any
 * check is.
 */
export function issueWords(issue: v.BaseIssue<unknown>): string {
  const { kind, type, input } = issue;
  const code = issue.message as CheckCode;
  if (kind === 'validation' && Object.hasOwn(backupUi, `backup.check.${code}`))
    return bt(`backup.check.${code}`, { min: MIN_DATE, max: MAX_DATE });
  // The value as the file or link wrote it, which its author makes as long as they like: clipped, so the reason
  // around it is still read.
  const received = clipText(issue.received, 60);
  // The one custom schema is the plain object's (src/schemas/plain-object.ts), which has no words of its own.
  const expected = type === 'custom' ? 'Object' : issue.expected;
  const requirement = (issue as { requirement?: unknown }).requirement;
  if (kind === 'validation') {
    if (type === 'max_length')
      return bt(typeof input === 'string' ? 'backup.reason.tooLong' : 'backup.reason.tooMany', {
        count: received,
        max: String(requirement),
      });
    if (type === 'min_length') return bt('backup.reason.tooShort', { count: received, min: String(requirement) });
    if (type === 'min_value' || type === 'max_value') return bt('backup.reason.outOfRange', { value: received });
    if (type === 'safe_integer') return bt('backup.reason.notWhole', { value: received });
    // A check without words of its own (src/schemas/manager.ts): on a list, that its entries are under ids of their own.
    if (type === 'check' && Array.isArray(input)) return bt('backup.reason.sameId');
    return bt('backup.reason.notInForm');
  }
  if (received === 'undefined') return bt('backup.reason.missing');
  if (expected === 'never') return bt('backup.reason.unknownField');
  if (expected && expected in TYPES)
    return bt('backup.reason.wrongType', {
      found: kindOf(input),
      expected: bt(TYPES[expected as keyof typeof TYPES]),
    });
  return bt('backup.reason.unknownValue', { value: received });
}

/** Why a stored record's reader refused it (src/lib/stored-records.ts), in the reader's words: where, then why. */
export function unreadableWords(unreadable: Unreadable): string {
  return unreadable.reason === 'schema'
    ? `${v.getDotPath(unreadable.issue) || 'value'}: ${issueWords(unreadable.issue)}`
    : bt(`backup.unreadable.${unreadable.reason}`, 'version' in unreadable ? { version: unreadable.version } : {});
}
