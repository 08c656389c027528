/** "A, B and C": names joined as a sentence says them (a name may hold a comma itself: "Manager, CSM"). */
export function wordList(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
