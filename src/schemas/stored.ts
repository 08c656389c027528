import { z } from 'zod/mini';
import { calendarDateSchema } from './calendar-date';
import { ROLES } from './roles';

/*
 * Everything the planners keep in the browser. Each record carries its
 * format version `v`; reads go through src/lib/stored-records.ts, which
 * validates and migrates older versions forward. Written with zod/mini: these
 * schemas ship to the browser, where full zod would weigh ten times more.
 */

/** Most a note may hold; longer text is cut when typed and refused on restore. */
export const MAX_NOTE_LENGTH = 5_000;

const noteSchema = z.string().check(z.maxLength(MAX_NOTE_LENGTH));

/** A task's state: ticked, not ticked, or not applicable (left out of progress). */
export const taskStateSchema = z.enum(['open', 'done', 'na']);

/** Version 1 of a task record: a done flag and a note (before "not applicable" existed). */
export const taskRecordV1Schema = z.object({
  v: z.literal(1),
  done: z.boolean(),
  note: z.optional(noteSchema),
});

/** Current task record, one per task, stored under its own key so tabs never overwrite each other's ticks. */
export const taskRecordSchema = z.object({
  v: z.literal(2),
  state: taskStateSchema,
  /** The reader's note for this task, as plain text. */
  note: z._default(noteSchema, ''),
  /** When the reader last changed it (ms since epoch); 0 when unknown. */
  updatedAt: z._default(z.number().check(z.int(), z.nonnegative()), 0),
});

/** Per-program settings. */
export const programSettingsSchema = z.object({
  v: z.literal(1),
  /** Start date of the program for this reader (`YYYY-MM-DD`). */
  startDate: z.optional(calendarDateSchema),
  /** Whose part the reader is looking at (onboarding: new CSM, manager, buddy). */
  role: z.optional(z.enum(ROLES)),
  /** Whether finished tasks are hidden from the lists (older readers of this record ignore it). */
  hideDone: z.optional(z.boolean()),
});

/** Facts about the reader's data as a whole. */
export const plannerMetaSchema = z.object({
  v: z.literal(1),
  /** When the reader last downloaded a backup (ISO date-time). */
  lastBackupAt: z.optional(z.string().check(z.maxLength(40))),
  /** Whether persistent storage was already asked for, so the browser is asked once. */
  persistRequested: z.optional(z.boolean()),
});

export type TaskState = z.infer<typeof taskStateSchema>;
export type TaskRecord = z.infer<typeof taskRecordSchema>;
export type ProgramSettings = z.infer<typeof programSettingsSchema>;
export type PlannerMeta = z.infer<typeof plannerMetaSchema>;

/** Newest format version of each record kind. */
export const CURRENT_VERSION = { task: 2, program: 1, meta: 1, plan: 3, manager: 2 } as const;
