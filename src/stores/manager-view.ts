import { computed } from 'nanostores';
import { type KeyValueStorage, openStorage } from '../browser/storage';
import type { ManagerRecord } from '../schemas/manager';
import { managerStore } from './manager-records';
import { openSession } from './storage-session';
import { followToday } from './today';

export { managerStore };

/*
 * The manager toolkit's records as its islands read them (the page's tools
 * and My progress's "My week as a manager"); the tools' actions are in
 * src/stores/manager.ts.
 */

export const $managerRecords = managerStore.$records;

type Of<K extends ManagerRecord['kind']> = Extract<ManagerRecord, { kind: K }>;
function ofKind<K extends ManagerRecord['kind']>(records: Record<string, ManagerRecord>, kind: K): Of<K>[] {
  return Object.values(records).filter((record): record is Of<K> => record.kind === kind);
}

/** The one record of a kind stored under the kind's own name (settings, team, calls, club). */
const single = <K extends 'settings' | 'team' | 'calls' | 'club'>(kind: K) =>
  computed($managerRecords, (records) => {
    const record = records[kind];
    return record?.kind === kind ? (record as Of<K>) : undefined;
  });
export const $managerSettings = single('settings');
export const $team = single('team');
export const $calls = single('calls');
export const $club = single('club');
/**
 * The tally's figures typed and refused (readFigure), each as its CSM's id and field ("c1ebr"), while the page is
 * open: never stored, as what the reader typed is not the figure, and scored as not entered (CsmEntry.toFix).
 * Set by changeFigure, always with a save of the tally, which renders it: not a store of its own, which would cost
 * the manager page's tight budget for nothing.
 */
export const toFix = new Set<string>();
export const $reviewSessions = computed($managerRecords, (records) =>
  ofKind(records, 'review').sort((a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt),
);
export const $agendaWeeks = computed($managerRecords, (records) => ofKind(records, 'agenda'));

/**
 * Starts the store once, opening the page's storage session if no other store has, and today's date, which the
 * tools read and which moves on while the page stays open.
 */
export function startManager(open: () => KeyValueStorage = () => openStorage()): void {
  openSession(open);
  managerStore.start();
  followToday();
}
