/** Fills the `{name}` placeholders of a UI string (kept apart so client scripts can use it without the dictionary). */
export function fill(text: string, values?: Record<string, string | number>): string {
  return values ? text.replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match)) : text;
}
