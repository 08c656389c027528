import { type ManagerRecord, managerRecordSchema } from '../../schemas/manager';
import { CURRENT_VERSION } from '../../schemas/stored';
import { type ReadResult, readVersioned } from '../stored-records';

/*
 * The manager toolkit's stored records are read here, not in stored-records.ts:
 * every planner page bundles that module, and only the toolkit needs this schema.
 */

/** Reads a stored manager toolkit record (review session, agenda week, team, calls, settings, tally). Never throws. */
export function readManagerRecord(raw: string): ReadResult<ManagerRecord> {
  return readVersioned(raw, CURRENT_VERSION.manager, managerRecordSchema, {});
}
