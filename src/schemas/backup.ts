import * as v from 'valibot';
import { type LadderData, ladderDataSchema } from './ladder-records';
import { isManagerRecordId, managerRecordSchema } from './manager';
import { plainRecord } from './plain-object';
import { isPlanId, planSchema } from './plan';
import { isRecordId } from './roles';
import { BACKUP_FORMAT, programSettingsSchema, taskRecordSchema } from './stored';
import { isoTimeSchema } from './time';

/**
 * What localStorage holds for one site in the browsers we support: about 5
 * million UTF-16 code units (keys and values together).
 */
export const STORAGE_CAPACITY_CHARS = 5_242_880;
/**
 * Largest backup file accepted for restore. A backup is compact JSON of the
 * very records storage holds, under shorter names than their keys, so it is
 * never longer than what storage can hold; in UTF-8 a code unit takes at most
 * 3 bytes. So every backup this site can write, it can restore.
 */
export const MAX_BACKUP_BYTES = 3 * STORAGE_CAPACITY_CHARS + 1_048_576;

const idSchema = v.pipe(v.string(), v.check(isRecordId, 'recordId'));

/** The backup file format this version of the site writes and reads; a file of a higher one is refused as newer. */
export const BACKUP_VERSION = 1;

/** A backup file: every planner record, as downloaded from the My progress page. */
export const backupFileSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  /**
   * When the backup was made, as `toISOString` wrote it. Nothing shows it (the preview names the file, and a restore
   * counts as a backup made when it is restored), but a file is untrusted: every backup the site writes has a real
   * date-time here, within the years every stored time keeps to (src/schemas/time.ts), so any other text ("yesterday")
   * is a file the site did not write, refused in plain words, not carried along unread.
   */
  exportedAt: isoTimeSchema,
  /** Task records by task id, orphaned ones included. */
  tasks: plainRecord(idSchema, taskRecordSchema),
  /** Program settings by program id. */
  programs: plainRecord(idSchema, programSettingsSchema),
  /** 30-60-90 plans by plan id (absent in backups made before the plan builder). */
  plans: v.optional(plainRecord(v.pipe(v.string(), v.check(isPlanId, 'planId')), planSchema)),
  /** The manager toolkit's records by their key id (absent in backups made before the toolkit). */
  manager: v.optional(plainRecord(v.pipe(v.string(), v.check(isManagerRecordId, 'managerId')), managerRecordSchema)),
  /** Career ladder self-assessment: ratings, evidence, chosen levels (absent in backups made before the ladder). */
  ladder: v.optional(ladderDataSchema),
  /**
   * `plans` in a file of plans alone (the plan builder's "Download .json", src/lib/plan-backup.ts): restoring it adds its plans, or
   * puts them back over the same plans, and leaves the rest of the reader's data as it is. Absent in a whole
   * backup, which replaces everything.
   */
  only: v.optional(v.literal('plans')),
});

export type BackupFile = v.InferOutput<typeof backupFileSchema>;

/** Everything the reader keeps, as the stores hold it: checklists, 30-60-90 plans, the manager toolkit, the career ladder. */
export type PlannerData = Pick<BackupFile, 'tasks' | 'programs'> & {
  plans: NonNullable<BackupFile['plans']>;
  /** Optional, so code that predates the manager toolkit (and its tests) still builds whole data. */
  manager?: NonNullable<BackupFile['manager']>;
  /** Absent means none (callers written before the ladder, and Reset all, pass none). */
  ladder?: LadderData | undefined;
};
