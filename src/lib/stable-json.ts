/*
 * Comparing records by content: two tabs build the same record with keys in
 * different orders, which must not count as a difference (or they would
 * write it back and forth).
 */

/** Whether `value` is an object of fields (not null, not an array): a record's, or a plan's (src/lib/plan-clock.ts). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with sorted keys: two tabs compare values by content, whatever order their keys were built in. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (isObject(value)) {
    const keys = Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableStringify(value[key])}`).join(',')}}`;
  }
  return value === undefined ? 'null' : JSON.stringify(value);
}

/** Whether two values hold the same content, whatever order their keys were built in. */
export function sameContent(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}
