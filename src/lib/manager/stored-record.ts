import { type ManagerRecord, managerRecordSchema } from '../../schemas/manager';
import { CURRENT_VERSION } from '../../schemas/stored';
import { type ReadResult, readVersioned } from '../stored-records';

/*
 * Its own module, not in stored-records.ts: every planner page reads its
 * records through that module, and a bundle never splits a module, so the
 * manager schema would ride along on pages that never show the toolkit.
 */

/** Reads a stored manager toolkit record (review session, agenda week, team, calls, settings, tally). Never throws. */
export function readManagerRecord(raw: string): ReadResult<ManagerRecord> {
  return readVersioned(raw, CURRENT_VERSION.manager, managerRecordSchema, {});
}
