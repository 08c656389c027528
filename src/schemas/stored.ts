import * as v from 'valibot';
import { typedText } from '../lib/bidi-controls';
import { calendarDateSchema } from './calendar-date';
import { ROLES } from './roles';
import { isoTimeSchema, timeSchema } from './time';

/*
 * Everything the planners keep in the browser. Each record carries its
 * format version `v`; reads go through src/lib/stored-records.ts, which
 * validates and migrates older versions forward. Written with Valibot: these
 * schemas ship to the browser, and Valibot's functions are bundled one by one,
 * so a page carries only the checks its schemas use (zod/mini weighed 9.9 KB
 * gzip on every planner page).
 */

/** Most a note may hold; longer text is cut when typed and refused on restore. */
export const MAX_NOTE_LENGTH = 5_000;

/**
 * A note (a checklist task's, a career ladder item's), read without the bidi controls that would turn its words
 * around (src/lib/bidi-controls.ts), as its field takes it (`typedText`): one stored or backed up before December 7
 * may hold them. Never refused for them, as a plan's text is not.
 */
export const noteSchema = v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH), v.transform(typedText));

/** A task's state: ticked, not ticked, or not applicable (left out of progress). */
const taskStateSchema = v.picklist(['open', 'done', 'na']);

/** Version 1 of a task record: a done flag and a note (before "not applicable" existed). */
export const taskRecordV1Schema = v.object({
  v: v.literal(1),
  done: v.boolean(),
  note: v.optional(noteSchema),
});

/** Current task record, one per task, stored under its own key so tabs never overwrite each other's ticks. */
export const taskRecordSchema = v.object({
  v: v.literal(2),
  state: taskStateSchema,
  /** The reader's note for this task, as plain text. */
  note: v.optional(noteSchema, ''),
  /** When the reader last changed it (ms since epoch); 0 when unknown. */
  updatedAt: v.optional(timeSchema, 0),
});

/** Per-program settings. */
export const programSettingsSchema = v.object({
  v: v.literal(1),
  /** Start date of the program for this reader (`YYYY-MM-DD`). */
  startDate: v.optional(calendarDateSchema),
  /** Whose part the reader is looking at (onboarding: new CSM, manager, buddy). */
  role: v.optional(v.picklist(ROLES)),
  /** Whether finished tasks are hidden from the lists (older readers of this record ignore it). */
  hideDone: v.optional(v.boolean()),
});

/** Facts about the reader's data as a whole. */
export const plannerMetaSchema = v.object({
  v: v.literal(1),
  /** When the reader last downloaded a backup (ISO date-time). */
  lastBackupAt: v.optional(isoTimeSchema),
  /** Whether persistent storage was already asked for, so the browser is asked once. */
  persistRequested: v.optional(v.boolean()),
});

export type TaskState = v.InferOutput<typeof taskStateSchema>;
export type TaskRecord = v.InferOutput<typeof taskRecordSchema>;
export type ProgramSettings = v.InferOutput<typeof programSettingsSchema>;
export type PlannerMeta = v.InferOutput<typeof plannerMetaSchema>;

/**
 * What a backup file says it is (src/schemas/backup.ts). Here, with the records, rather than beside the
 * backup schema: the plan builder writes a plan as a backup file too (src/lib/plan-backup.ts), in code it
 * loads on demand, and this module is in every planner page's shared file (src/build/chunk-groups.ts).
 */
export const BACKUP_FORMAT = 'csm-handbook-backup';

/** Newest format version of each record kind. */
export const CURRENT_VERSION = { task: 2, program: 1, meta: 1, plan: 3, manager: 2 } as const;
