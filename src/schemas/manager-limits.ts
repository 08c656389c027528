/*
 * The manager toolkit's list limits, on their own: the merge of two tabs'
 * copies (src/lib/manager/merge.ts), which the career ladder's ratings use
 * too, needs them without the toolkit's schemas (and Valibot) coming along.
 */

/** Most items in any list (team members, CSMs, dates kept per person, weeks of call counts). */
export const MAX_MANAGER_ITEMS = 200;

/** Most removed entries a roster or tally remembers; the oldest are forgotten first. */
export const MAX_MANAGER_REMOVED = 500;
