// Made on first use (src/lib/dates.ts says why). British English, as the site writes dates: no comma before the
// last "and" ("A, B and C"), and the words come from the browser's own list rules, not from this site's code.
let listFormat: Intl.ListFormat | undefined;

/** "A, B and C": names joined as a sentence says them (a name may hold a comma itself: "Manager, CSM"). */
export function wordList(names: readonly string[]): string {
  listFormat ??= new Intl.ListFormat('en-GB');
  return listFormat.format(names);
}
