import { mst } from '../i18n/manager-store-ui';
import { mergeStampedRecords, stampChanges } from '../lib/manager/merge';
import { MANAGER_RULES } from '../lib/manager/merge-lists';
import { readManagerRecord } from '../lib/manager/stored';
import { isManagerRecordId, type ManagerRecord, managerRecordId } from '../schemas/manager';
import { recordKeys } from './record-keys';
import { createRecordStore } from './record-store';

/*
 * The manager toolkit's record store alone, without its actions: backup,
 * restore and Reset all (src/stores/all-data.ts) need the records on My
 * progress, the toolkit's actions live in src/stores/manager.ts. Two tabs'
 * copies of one record merge (src/lib/manager/merge.ts, with the toolkit's
 * rules for its lists in merge-lists.ts).
 */
/** Two tabs' copies of one record, merged: the store's merge, and Undo of a restore's (src/stores/undo-all.ts). */
export function mergeManagerRecords(local: ManagerRecord, remote: ManagerRecord): ManagerRecord {
  return mergeStampedRecords(local, remote, MANAGER_RULES);
}

export const managerStore = createRecordStore<ManagerRecord>({
  prefix: recordKeys.manager(''),
  read: readManagerRecord,
  isValidId: isManagerRecordId,
  merge: mergeManagerRecords,
  // Notes and names one tab wrote over another's are told and offered back.
  words: { keys: ['note', 'name', 'team'], edit: editManagerRecord },
  lockedMessage: mst('manager.locked'),
  idOf: managerRecordId,
});

/** A short random id for a new entry (the plan builder's form, kept here so this bundle does not carry the plan model). */
export function newManagerId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

/** `next` as an edit of `current` made now in this tab: stamped, so other tabs take it rather than merge it away. */
export function stampManagerRecord(current: ManagerRecord | undefined, next: ManagerRecord): ManagerRecord {
  return stampChanges(current, next, Date.now(), newManagerId, MANAGER_RULES);
}

/** Changes a stored record as an edit made in this tab now (stamped). */
function editManagerRecord(id: string, change: (record: ManagerRecord) => ManagerRecord): void {
  const current = managerStore.$records.get()[id];
  if (current) managerStore.set(id, stampManagerRecord(current, change(current)));
}

/** A restored or undone record, stamped as this tab's newest change (for the record store's undo and restore). */
export function stampManagerReplacement(
  current: ManagerRecord | undefined,
  next: ManagerRecord | undefined,
): ManagerRecord | undefined {
  return current && next ? stampManagerRecord(current, next) : next;
}
