import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { managerRecordSchema, managerRecordSchemas } from '../../src/schemas/manager';

/*
 * The toolkit's record schema picks the kind's schema by `kind` without `v.variant` (whose code would be in the
 * Valibot file every planner page loads): it reads every record, and says every refusal, as `v.variant` does.
 */

// The same list the schema picks from, so a kind added there is compared here too.
const asVariant = v.variant('kind', [...managerRecordSchemas]);

/** What a reader or a caller can see of a parse: the value read, or each issue's words and place. */
const seen = (result: v.SafeParseResult<v.GenericSchema>) => ({
  success: result.success,
  output: result.success ? result.output : undefined,
  issues: (result.issues ?? []).map((issue) => ({
    message: issue.message,
    at: v.getDotPath(issue),
    expected: issue.expected,
    received: issue.received,
    path: issue.path?.map(({ type, origin, key, value }) => ({ type, origin, key, value })),
  })),
});

describe('a manager record of any kind', () => {
  const member = { id: 'm1', name: 'Ada', oneOnOnes: [], idpSyncs: [], added: 1 };
  const inputs: unknown[] = [
    { v: 2, kind: 'team', members: [member], removed: {} },
    { v: 2, kind: 'team', members: [{ ...member, name: '' }], removed: {} },
    { v: 2, kind: 'club', csms: [], removed: {}, choices: {} },
    { v: 2, kind: 'calls', weeks: [] },
    { v: 2, kind: 'settings' },
    { v: 2, kind: 'review' },
    { v: 2, kind: 'agenda' },
    { v: 2, kind: 'someone' },
    { v: 2, kind: null },
    { v: 2, kind: 'constructor' },
    { v: 2 },
    {},
    [],
    [{ kind: 'team' }],
    null,
    undefined,
    7,
    'team',
  ];

  it.each(inputs.map((input) => [JSON.stringify(input) ?? 'undefined', input]))(
    'is read as v.variant reads it: %s',
    (_name, input) => {
      expect(seen(v.safeParse(managerRecordSchema, input))).toEqual(seen(v.safeParse(asVariant, input)));
    },
  );

  it('reads a record of each kind that has no required field left out', () => {
    for (const input of inputs.slice(0, 5))
      expect(v.safeParse(managerRecordSchema, input).success).toBe(input !== inputs[1]);
  });
});
