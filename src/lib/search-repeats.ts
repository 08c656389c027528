/*
 * Tasks that name again what an earlier task of the page asks for. The
 * onboarding's graduation list names the certifications its modules ask for
 * ("GitLab Certified Security Specialist", after Module 6's "Complete the
 * following certification: GitLab Certified Security Specialist"); a
 * manager's list of topics names what the new CSM's tasks are about ("Success
 * Plans"). Such a repeat has the query's words and little else, so it scores
 * higher than the task it repeats; but the reader looks for the task that
 * asks for the thing, where it is said first and in full. So the two trade
 * places (lib/search-rank): the earlier task is listed where the repeat would
 * have been, the repeat where the earlier one was, and the page's score,
 * made of the same two scores, is unchanged.
 */

/** A task among a page's results: where it starts on the page, and its words as search compares them. */
interface Statement {
  start: number;
  keys: readonly string[];
  score: number;
}

/** Whether all of `inner` stands, word for word and in order, inside `outer`, which says more. */
export function standsIn(inner: readonly string[], outer: readonly string[]): boolean {
  if (inner.length === 0 || inner.length >= outer.length) return false;
  for (let at = 0; at + inner.length <= outer.length; at += 1) {
    if (inner.every((key, i) => outer[at + i] === key)) return true;
  }
  return false;
}

/**
 * The statements' scores once each repeat has traded places with the first
 * task of the page it repeats, when that one scores less; in the statements'
 * order. The best repeats go first, so a task named again twice takes the
 * better place.
 */
export function placeRepeats(statements: readonly Statement[]): number[] {
  const places = statements.map((statement) => ({ ...statement }));
  const byStart = [...places].sort((a, b) => a.start - b.start);
  for (const repeat of [...places].sort((a, b) => b.score - a.score)) {
    const first = byStart.find((task) => task.start < repeat.start && standsIn(repeat.keys, task.keys));
    if (first && first.score < repeat.score) [first.score, repeat.score] = [repeat.score, first.score];
  }
  return places.map((place) => place.score);
}
