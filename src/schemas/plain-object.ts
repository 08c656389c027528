import * as v from 'valibot';

/*
 * Two ways Valibot reads objects more loosely than zod, which these schemas
 * were first written with, did: it takes an array where an object or a record
 * is expected (its indices become keys), and a record passes over the keys
 * `constructor` and `prototype` unchecked (and leaves them out), where zod
 * checked them against the key schema, which refuses them in every record but
 * a plan's change stamps. Stored data and backups never hold either, so
 * records, and objects whose every field may be left out (which would read an
 * array as an empty object), go through these and are refused as before. Both
 * leave `__proto__` out without a word.
 */

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// No words of its own: a restore words it as a group of fields where the file has something else (issueWords).
const plainObject = v.custom<Record<string, unknown>>(isPlainObject);

const UNCHECKED_KEYS = ['constructor', 'prototype'] as const;

/** The keys Valibot's record would pass over, checked against `key` as the record's other keys are. */
function checkUncheckedKeys(key: v.GenericSchema<string, string | number | symbol>) {
  return v.rawCheck<Record<string, unknown>>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const record = dataset.value;
    for (const name of UNCHECKED_KEYS) {
      if (!Object.hasOwn(record, name)) continue;
      const result = v.safeParse(key, name);
      if (!result.success)
        addIssue({
          message: result.issues[0].message,
          path: [{ type: 'object', origin: 'key', input: record, key: name, value: record[name] }],
        });
    }
  });
}

/** `v.record` that refuses an array and checks every key. */
export function plainRecord<
  TKey extends v.BaseSchema<string, string | number | symbol, v.BaseIssue<unknown>>,
  TValue extends v.BaseSchema<unknown, unknown, v.BaseIssue<unknown>>,
>(key: TKey, value: TValue) {
  return v.pipe(plainObject, checkUncheckedKeys(key), v.record(key, value));
}

/** `v.object` that refuses an array, for objects whose every field may be left out. */
export function optionalFieldsObject<TEntries extends v.ObjectEntries>(entries: TEntries) {
  return v.pipe(plainObject, v.object(entries));
}
