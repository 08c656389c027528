import { z } from 'zod/mini';
import { planSchema } from './plan';
import { ITEM_ID_MAX_LENGTH, ITEM_ID_PATTERN } from './roles';
import { programSettingsSchema, taskRecordSchema } from './stored';

/** Largest backup file accepted for restore. */
export const MAX_BACKUP_BYTES = 1_000_000;
/** Most task records a backup may hold (far above the handbook's few hundred tasks). */
export const MAX_BACKUP_TASKS = 10_000;

export const BACKUP_FORMAT = 'csm-handbook-backup';

const idSchema = z.string().check(z.regex(ITEM_ID_PATTERN), z.maxLength(ITEM_ID_MAX_LENGTH));

/** A backup file: every planner record, as downloaded from the My progress page. */
export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  /** When the backup was made (ISO date-time). */
  exportedAt: z.string().check(z.maxLength(40)),
  /** Task records by task id, orphaned ones included. */
  tasks: z
    .record(idSchema, taskRecordSchema)
    .check(z.refine((tasks) => Object.keys(tasks).length <= MAX_BACKUP_TASKS, 'too many tasks')),
  /** Program settings by program id. */
  programs: z.record(idSchema, programSettingsSchema),
  /** 30-60-90 plans by plan id (absent in backups made before the plan builder). */
  plans: z.optional(
    z
      .record(z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), planSchema)
      .check(z.refine((plans) => Object.keys(plans).length <= 100, 'too many plans')),
  ),
});

export type BackupFile = z.infer<typeof backupFileSchema>;
