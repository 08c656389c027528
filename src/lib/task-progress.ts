import { cst } from '../i18n/checklist-store-ui';
import type { TaskState } from '../schemas/stored';
import type { Progress } from './progress';

/*
 * How the checklists count their tasks: progress over a list or a program, and what is next, from the stored
 * records. Only the program pages and My progress load it (src/build/chunk-groups.ts: `checklist-data`).
 */

/**
 * A task's state as the lists and their counts read it: its record's, or, for a record this page did not read,
 * not known here (PRODUCT.md: a failed read is "unknown", never "empty"): `newer`, saved by a newer version of
 * the site; `unread`, one the browser would not read; `aside`, one that was not a record, kept aside
 * (src/stores/planner.ts, `$taskStates`).
 */
export type ItemState = TaskState | 'newer' | 'unread' | 'aside';

/** Task states by id: stored records, or what stands for one not read. */
export type StateRecords = Readonly<Record<string, { state: ItemState } | undefined>>;

/** What progress maths needs of a checklist: ids of tickable items, in order. */
export interface ItemLike {
  id: string;
  subtasks?: readonly ItemLike[] | undefined;
}

export interface SectionLike {
  id: string;
  tasks: readonly ItemLike[];
}

/** Every tickable item of a section in reading order: each task, then its sub-steps. */
export function sectionItems(section: SectionLike): ItemLike[] {
  return section.tasks.flatMap((task) => [task, ...(task.subtasks ?? [])]);
}

export function stateOf(records: StateRecords, id: string): ItemState {
  return records[id]?.state ?? 'open';
}

/** Progress over a list of item ids. */
function progressOf(ids: readonly string[], records: StateRecords): Progress {
  let done = 0;
  let notApplicable = 0;
  let unknown = 0;
  for (const id of ids) {
    const state = stateOf(records, id);
    if (state === 'done') done += 1;
    else if (state === 'na') notApplicable += 1;
    else if (state !== 'open') unknown += 1;
  }
  return { done, total: ids.length - notApplicable - unknown, notApplicable, unknown };
}

export function sectionProgress(section: SectionLike, records: StateRecords): Progress {
  return progressOf(
    sectionItems(section).map((item) => item.id),
    records,
  );
}

export function programProgress(sections: readonly SectionLike[], records: StateRecords): Progress {
  return progressOf(
    sections.flatMap((section) => sectionItems(section).map((item) => item.id)),
    records,
  );
}

/** The first item still open, in reading order, with its section: never one not known here. */
export function nextOpenItem<S extends SectionLike>(
  sections: readonly S[],
  records: StateRecords,
): { section: S; item: ItemLike } | undefined {
  for (const section of sections) {
    for (const item of sectionItems(section)) {
      if (stateOf(records, item.id) === 'open') return { section, item };
    }
  }
  return undefined;
}

/** Stored task ids that no current task has: kept, counted and backed up, never deleted. */
export function orphanedIds(storedIds: Iterable<string>, knownIds: ReadonlySet<string>): string[] {
  return [...storedIds].filter((id) => !knownIds.has(id)).sort();
}

/**
 * What a count says of its tasks not known here, after "0 of 80 done": "1 could not be read (kept as saved; the
 * checklist says why)", none when there are none. For the progress meter and My progress's cards to add: in the
 * checklists' words, which load with this file, not in the meter's, which every planner page loads.
 */
export const unknownWords = ({ unknown }: Progress): string | undefined =>
  unknown ? cst('planner.unknownCount', { count: unknown }) : undefined;
