/** A name as it reads: without spaces at its ends, and one space where several were typed. */
export const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ');

/**
 * The names people are shown by, given in the order they were added: one already shown (whatever its letter case
 * and spacing, which a screen reader and voice control do not tell apart) is numbered, "Alex (2)", with the next
 * number no one is shown by. So no two team members or CSMs have controls of one name ("Remove Alex" twice) or
 * identical rows. Only what is shown: the stored names are never changed. A blank name stays blank (its place
 * names it: "CSM 2").
 */
export function namesApart(names: readonly string[]): string[] {
  const shown = new Set<string>();
  return names.map((name) => {
    const plain = tidyName(name);
    let label = plain;
    for (let n = 2; plain && shown.has(label.toLowerCase()); n += 1) label = `${plain} (${n})`;
    shown.add(label.toLowerCase());
    return label;
  });
}

/**
 * The names the President's Club tally shows its CSMs by, in its order: one not named yet by their place, "CSM 2"
 * (`unnamed` is the word, "CSM"), and two of one name told apart (namesApart). One rule for the manager page and My
 * progress, which named an unnamed CSM "–".
 */
export const clubNames = (csms: readonly { name: string }[], unnamed: string): string[] =>
  namesApart(csms.map((csm, index) => csm.name || `${unnamed} ${index + 1}`));
