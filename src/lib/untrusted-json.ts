import { PROTOTYPE_KEYS } from '../schemas/roles';

/*
 * JSON from outside the site, read one way: a file chosen for restore (src/lib/backup.ts) and the plan in a
 * review link (src/lib/plan-share.ts). Each says what is wrong in words of its own, from the same three answers.
 */

type UntrustedJson =
  | { ok: true; value: unknown }
  /** Not JSON at all, or valid JSON nested deeper than the browser reads (its stack runs out, a RangeError). */
  | { ok: false; error: 'not-json' | 'too-deep' }
  /** A prototype-reaching key (`__proto__`, `constructor`, `prototype`), at any depth. */
  | { ok: false; error: 'forbidden'; key: string };

/** Parses `text`, refusing prototype-reaching keys. Never throws. */
export function parseUntrustedJson(text: string): UntrustedJson {
  let forbidden: string | undefined;
  let value: unknown;
  try {
    value = JSON.parse(text, (key, found) => {
      if (PROTOTYPE_KEYS.has(key)) forbidden = key;
      return found;
    });
  } catch (error) {
    // 100,000 nested brackets are JSON: saying "not JSON", or "cut short", of them sends the reader looking for
    // damage that is not there.
    return { ok: false, error: error instanceof SyntaxError ? 'not-json' : 'too-deep' };
  }
  return forbidden === undefined ? { ok: true, value } : { ok: false, error: 'forbidden', key: forbidden };
}
