import type { ProgressSummary, SummaryProgram } from './summary-read';

/*
 * Which program the home page's "Continue where you left off" card shows. Its own module, not the summary
 * reader's, because that reader travels in the file every page loads and only the home page asks this.
 */

/** The program the reader touched last (with something done, dated, or not known here: set in a newer version), if any. */
export function lastTouched(summary: ProgressSummary | undefined): [string, SummaryProgram] | undefined {
  return Object.entries(summary?.programs ?? {})
    .filter(([, p]) => p.lastAt > 0 || p.done > 0 || p.unknown || (p.blocks?.length ?? 0) > 0)
    .sort(([, a], [, b]) => b.lastAt - a.lastAt)[0];
}
