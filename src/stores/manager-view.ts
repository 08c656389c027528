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
