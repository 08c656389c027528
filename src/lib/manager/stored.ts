import { type ManagerRecord, managerRecordSchema } from '../../schemas/manager';
import { CURRENT_VERSION } from '../../schemas/stored';
import { type ReadResult, readVersioned } from '../stored-records';

/*
 * The manager toolkit's stored records are read here, not in stored-records.ts:
 * every planner page bundles that module, and only the toolkit needs this schema.
 */

type Json = Record<string, unknown>;

/** Entries of a version 1 list get `added` from their place in it, so every tab keeps their order. */
function numbered(entries: unknown): unknown {
  return Array.isArray(entries) ? entries.map((entry: Json, index) => ({ ...entry, added: index })) : entries;
}

const MANAGER_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  // Version 2: stamps for merging two tabs' copies (all optional) and the order of list entries.
  1: (value) => {
    const record = value as Json;
    const next: Json = { ...record, v: 2 };
    if (record.kind === 'team') next.members = numbered(record.members);
    if (record.kind === 'club') next.csms = numbered(record.csms);
    return next;
  },
};

/** Reads a stored manager toolkit record (review session, agenda week, team, calls, settings, tally). Never throws. */
export function readManagerRecord(raw: string): ReadResult<ManagerRecord> {
  return readVersioned(raw, CURRENT_VERSION.manager, managerRecordSchema, MANAGER_MIGRATIONS);
}
