import type { CadenceRow } from './week-summary';

/*
 * Which lines of "My week as a manager" and of the page's tools read a toolkit record this page could not read
 * (saved by a newer version of the site, or one the browser would not read: the store leaves it as it is, unread).
 * Such a line is not known here, and says so; worked out without the record, it read as if nothing had been done
 * (PRODUCT.md: a failed read is "unknown", never "empty").
 */

/**
 * A line of the week: a cadence's row, this week's agenda (its weeks), the items carried over, the team's 1:1s and
 * syncs (the cadence calendar reads what they read); on the page also the roster (who is on the team) and the
 * settings' own form, the tally and a review's earlier sessions.
 */
export type WeekLine = CadenceRow['id'] | 'agenda' | 'carried' | 'team' | 'roster' | 'settings' | 'club' | 'sessions';

/**
 * The records each line reads, by id or the start of one (src/schemas/manager.ts). A review session is read by
 * every review's row, since one not read could be of any review; the settings say which days renewals are on,
 * which day weeks start and which month quarters start. The roster reads the team alone: an empty one with the
 * settings unread is known to be empty.
 */
const READS: Record<WeekLine, readonly string[]> = {
  'triage-health': ['review-'],
  renewal: ['review-', 'settings'],
  onboarding: ['review-'],
  'success-plan': ['review-'],
  checklist: ['review-'],
  calls: ['calls', 'settings'],
  agenda: ['settings'],
  carried: ['agenda-', 'settings'],
  team: ['team', 'settings'],
  roster: ['team'],
  settings: ['settings'],
  club: ['club'],
  sessions: ['review-'],
};

/** The records of `unread` (record ids) that `line` reads: if any, the line is not known here. */
export function unreadFor(line: WeekLine, unread: Iterable<string>): string[] {
  return [...unread].filter((id) => READS[line].some((read) => id.startsWith(read)));
}
