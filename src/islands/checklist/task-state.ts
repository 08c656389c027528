import type { ItemShape } from '../../lib/program-view';
import { type ItemState, type StateRecords, stateOf } from '../../lib/task-progress';

/* What a task's stored state means for its row and its list: shared by ChecklistSection and TaskItem. */

/**
 * Why a task is not known here ($taskStates), as its list says it: saved by a newer version, or not read (one the
 * browser would not read or list, or kept aside); none for a task whose state is known.
 */
export const WHY: Partial<Record<ItemState, 'newer' | 'unread'>> = {
  newer: 'newer',
  unread: 'unread',
  aside: 'unread',
};

/** A task that is done, with every sub-step done or not applicable: what "Hide finished tasks" hides. */
export function isFinished(item: ItemShape, records: StateRecords): boolean {
  return (
    // A sub-step not known here ($taskStates) may be open: not finished.
    stateOf(records, item.id) === 'done' &&
    (item.subtasks ?? []).every((sub) => ['done', 'na'].includes(stateOf(records, sub.id)))
  );
}
