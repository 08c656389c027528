import type { TaskRecord, TaskState } from '../schemas/stored';

/** What progress maths needs of a checklist: ids of tickable items, in order. */
export interface ItemLike {
  id: string;
  subtasks?: readonly ItemLike[] | undefined;
}

export interface SectionLike {
  id: string;
  tasks: readonly ItemLike[];
}

export interface Progress {
  /** Items ticked. */
  done: number;
  /** Items that count: all but the not-applicable ones. */
  total: number;
  /** Items marked not applicable. */
  notApplicable: number;
}

/** Every tickable item of a section in reading order: each task, then its sub-steps. */
export function sectionItems(section: SectionLike): ItemLike[] {
  return section.tasks.flatMap((task) => [task, ...(task.subtasks ?? [])]);
}

export function stateOf(records: Readonly<Record<string, TaskRecord | undefined>>, id: string): TaskState {
  return records[id]?.state ?? 'open';
}

/** Progress over a list of item ids. */
export function progressOf(
  ids: readonly string[],
  records: Readonly<Record<string, TaskRecord | undefined>>,
): Progress {
  let done = 0;
  let notApplicable = 0;
  for (const id of ids) {
    const state = stateOf(records, id);
    if (state === 'done') done += 1;
    else if (state === 'na') notApplicable += 1;
  }
  return { done, total: ids.length - notApplicable, notApplicable };
}

export function sectionProgress(
  section: SectionLike,
  records: Readonly<Record<string, TaskRecord | undefined>>,
): Progress {
  return progressOf(
    sectionItems(section).map((item) => item.id),
    records,
  );
}

export function programProgress(
  sections: readonly SectionLike[],
  records: Readonly<Record<string, TaskRecord | undefined>>,
): Progress {
  return progressOf(
    sections.flatMap((section) => sectionItems(section).map((item) => item.id)),
    records,
  );
}

/** Whether everything that counts is done (a list with nothing left that counts is complete too). */
export function isComplete(progress: Progress): boolean {
  return progress.done === progress.total;
}

/** Whole percent done, 0 when nothing counts. */
export function percent(progress: Progress): number {
  return progress.total === 0 ? 0 : Math.round((progress.done / progress.total) * 100);
}

/** The first item still open, in reading order, with its section. */
export function nextOpenItem<S extends SectionLike>(
  sections: readonly S[],
  records: Readonly<Record<string, TaskRecord | undefined>>,
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
