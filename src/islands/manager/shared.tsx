// First: the toolkit's words, read from the page before any island here renders (the module says how).
import '../../browser/manager-ui-page';
import { mt } from '../../i18n/manager-ui';
import { formatDate } from '../../lib/dates';
import type { CadenceState } from '../../lib/manager/cadence';
import { unreadFor, type WeekLine } from '../../lib/manager/unread-lines';
import type { CadenceRow } from '../../lib/manager/week-summary';
import { managerStore, startManager } from '../../stores/manager-view';
import { recordKeys } from '../../stores/record-keys';
import { $storageStatus } from '../../stores/storage-session';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';

/* What the page's tools share with My progress's "My week as a manager"; the tools' own parts are in ./parts.tsx. */

/**
 * True once this island has started the toolkit's records (useStarted: they are read synchronously). The
 * checklists' store is not started: this page has no checklist.
 */
export function useManagerReady(): boolean {
  return useStarted(startManager);
}

/** Each state's tone among the site's status tags (controls.css) and its icon. */
const STATE_TAGS = {
  done: ['tag--done', '✓'],
  due: ['tag--doing', '○'],
  overdue: ['tag--warning', '⚠'],
  regular: ['', '–'],
  unset: ['', '–'],
} as const;

/**
 * "Done", "Due", "Overdue": a word and an icon, never colour alone, the icon not read out. The site's status
 * tags, as every planner draws them: "⚠ Overdue" is the plan builder's (src/islands/plan/OverdueTag.tsx), word
 * for word and look for look, and it is the one state said with emphasis.
 */
export function StateTag({ state }: { state: CadenceState | 'regular' | 'unset' }) {
  const [tone, icon] = STATE_TAGS[state];
  const Tag = state === 'overdue' ? 'strong' : 'span';
  return (
    <Tag class={`tag ${tone}`.trim()}>
      <span aria-hidden="true">{icon} </span>
      {mt(`manager.state.${state}`)}
    </Tag>
  );
}

/**
 * When a cadence was last done: "Last done 8 Dec 2026", or for a call review whose day was not kept,
 * "Last done in the week of 7 Dec 2026" (its week's first day is not the day it was done).
 */
export function lastDoneWords(row: Exclude<CadenceRow, { kind: 'unset' }>): string {
  const date = row.kind === 'regular' ? row.lastDone : row.status.lastDone;
  if (!date) return mt('manager.neverDone');
  return row.id === 'calls' && row.lastDoneWeek
    ? mt('manager.lastDoneWeek', { date: formatDate(date) })
    : mt('manager.lastDone', { date: formatDate(date) });
}

/**
 * Why a line of the toolkit (a cadence's row, the call counter, My progress's week) is not known here, or
 * undefined when every record it reads was read: a record the store left unread (saved by a newer version, or
 * one the browser would not read) is never worked out as if nothing had been done (PRODUCT.md: a failed read is
 * "unknown", never "empty"). Which lines read which records: src/lib/manager/unread-lines.ts.
 */
export function useUnknownLines(): (line: WeekLine) => string | undefined {
  const unread = useStore(managerStore.$locked);
  // The keys of those saved by a newer version (the others the browser would not read), as the page's notices say.
  const newer = useStore($storageStatus).newer;
  return (line) => {
    const ids = unreadFor(line, unread);
    if (ids.length === 0) return undefined;
    return mt(
      ids.some((id) => newer.includes(recordKeys.manager(id))) ? 'manager.unknownNewer' : 'manager.unknownUnread',
    );
  };
}
