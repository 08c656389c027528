/**
 * Fills the `{name}` placeholders of a UI string (kept apart so client scripts can use it without the dictionary),
 * each value as `shown` writes it (the translator's isolates the reader's right-to-left text).
 */
export function fill(
  text: string,
  values?: Record<string, string | number>,
  shown: (value: string | number) => string = String,
): string {
  return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => shown(values[name] ?? match)) : text;
}
