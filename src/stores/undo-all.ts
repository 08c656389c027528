import { ut } from '../i18n/undo-all-ui';
import { mergeRatings } from '../lib/ladder-merge';
import { undoChoice } from '../lib/undo-choice';
import type { Undo } from './all-data';
import { announce } from './announcer';
import { ladderStores, stampRating } from './ladder-records';
import { managerStore, mergeManagerRecords, stampManagerReplacement } from './manager-records';
import { checklistStores } from './planner';
import { planStoreForRestore as planStore, stampReplacement } from './plans';
import { recordKeys } from './record-keys';
import type { createRecordStore, UndoSnapshot } from './record-store';
import { writeAll } from './storage-transaction';

/*
 * Undo of a restore or of Reset all (src/stores/all-data.ts), loaded when one is done. It loses nothing: each
 * record is put back, or merged with what was done since, or keeps what was done since with what it held before
 * kept aside, and the message says which (`undoChoice`).
 */

/** What Undo did with the records changed since the restore: merged, or left newer with the old kept aside. */
interface UndoTally {
  kept: number;
  merged: number;
  aside: [string, string][];
}

/**
 * Undo for one kind: the record store puts back what nothing changed since; a record changed since is merged
 * with what it held before, or keeps its newer state with what it held before kept aside (`undoChoice`).
 */
function undoKind<T>(
  store: ReturnType<typeof createRecordStore<T>>,
  snapshot: UndoSnapshot<T>,
  tally: UndoTally,
  at: string,
  prepare?: (current: T | undefined, next: T | undefined) => T | undefined,
  merge?: (local: T, remote: T) => T,
): void {
  // Every other tab's save in, its event come or not.
  store.load();
  const records = store.$records.get();
  const back = new Map<string, T | undefined>();
  for (const [id, before] of snapshot.before) {
    const now = Object.hasOwn(records, id) ? records[id] : undefined;
    const choice = undoChoice(before, snapshot.after.get(id), now, store.$locked.get().has(id), merge);
    if (choice.do === 'put back') back.set(id, before);
    else if (choice.do === 'keep') tally.kept += 1;
    else if (choice.do === 'merge') {
      store.set(id, choice.value);
      tally.merged += 1;
    }
    // Kept aside as read, where a value that could not be read is kept aside under the record's key alone: the
    // checklists read a task kept aside so as not known, and this one holds what the task held before.
    else tally.aside.push([`${recordKeys.recovered(store.keyOf(id), at)}:undo`, JSON.stringify(choice.value)]);
  }
  store.undo({ before: back, after: snapshot.after }, prepare);
}

export function undoRestore(undo: Undo): void {
  const tally: UndoTally = { kept: 0, merged: 0, aside: [] };
  const at = new Date().toISOString();
  undoKind(checklistStores.tasks, undo.tasks, tally, at);
  undoKind(checklistStores.programs, undo.programs, tally, at);
  undoKind(planStore, undo.plans, tally, at, stampReplacement);
  undoKind(managerStore, undo.manager, tally, at, stampManagerReplacement, mergeManagerRecords);
  undoKind(ladderStores.ratings, undo.ladderRatings, tally, at, stampRating, mergeRatings);
  undoKind(ladderStores.evidence, undo.ladderEvidence, tally, at);
  undoKind(ladderStores.settings, undo.ladderSettings, tally, at);
  const aside = tally.aside.length;
  // Kept aside all at once or not at all: the message says which.
  if (aside > 0 && !writeAll(tally.aside).ok) announce(ut('restore.undoneAsideFailed', { count: aside }), 'error');
  else if (aside > 0) announce(ut('restore.undoneAside', { count: aside }));
  else if (tally.kept > 0) announce(ut('restore.undoneKept', { count: tally.kept }));
  else announce(ut(tally.merged > 0 ? 'restore.undoneMerged' : 'restore.undone'));
}
