import * as v from 'valibot';
import {
  CURRENT_VERSION,
  type PlannerMeta,
  type ProgramSettings,
  plannerMetaSchema,
  programSettingsSchema,
  type TaskRecord,
  taskRecordSchema,
  taskRecordV1Schema,
} from '../schemas/stored';

/**
 * Why a stored value cannot be read, as a code (with the first issue its schema found): the places that show it to
 * a reader, a refused restore or review link, put it in words (`unreadableWords`, src/lib/issue-words.ts), so the
 * modules every planner page loads carry none. The schemas' own checks name themselves with codes too.
 */
export type Unreadable =
  | { reason: 'json' | 'noVersion' }
  | { reason: 'noMigration' | 'oldFormat'; version: number }
  | { reason: 'schema'; issue: v.BaseIssue<unknown> };

/**
 * What reading one stored value gave: a valid record (migrated to the newest
 * version if it was older), a record written by a newer version of the site
 * (to be left alone), or something unreadable (to be kept aside, never dropped).
 */
export type ReadResult<T> =
  | { kind: 'ok'; value: T; migrated: boolean }
  | { kind: 'newer'; version: number }
  | ({ kind: 'invalid' } & Unreadable);

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

/**
 * The whole-number `v` of parsed JSON. Of what `JSON.parse` gives, only an object has a `v` of its own (a string's,
 * a number's or an array's is undefined), so no type check comes first: shorter in the file every planner page
 * loads (December 7).
 */
function versionOf(value: unknown): number | undefined {
  const version = (value as { v?: unknown } | null)?.v;
  return Number.isInteger(version) ? (version as number) : undefined;
}

/** Task records: v1 `{ done }` becomes v2 `{ state }`. */
const TASK_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: (value) => {
    const old = v.parse(taskRecordV1Schema, value);
    return { v: 2, state: old.done ? 'done' : 'open', note: old.note ?? '', updatedAt: 0 };
  },
};

/** Reads a versioned record: parse, refuse newer, migrate older, validate. Never throws. */
export function readVersioned<T>(
  raw: string,
  current: number,
  schema: v.GenericSchema<unknown, T>,
  migrations: Record<number, (value: unknown) => unknown>,
): ReadResult<T> {
  const json = parseJson(raw);
  if (!json.ok) return { kind: 'invalid', reason: 'json' };
  let value = json.value;
  let version = versionOf(value);
  if (version === undefined) return { kind: 'invalid', reason: 'noVersion' };
  if (version > current) return { kind: 'newer', version };
  const written = version;
  let migrated = false;
  try {
    while (version < current) {
      const step = migrations[version];
      if (!step) return { kind: 'invalid', reason: 'noMigration', version };
      value = step(value);
      version += 1;
      migrated = true;
    }
  } catch {
    return { kind: 'invalid', reason: 'oldFormat', version: written };
  }
  const result = v.safeParse(schema, value);
  return result.success
    ? { kind: 'ok', value: result.output, migrated }
    : { kind: 'invalid', reason: 'schema', issue: result.issues[0] };
}

/** Reads a stored task record. Never throws. */
export function readTaskRecord(raw: string): ReadResult<TaskRecord> {
  return readVersioned(raw, CURRENT_VERSION.task, taskRecordSchema, TASK_MIGRATIONS);
}

/** Reads stored program settings. Never throws. */
export function readProgramSettings(raw: string): ReadResult<ProgramSettings> {
  return readVersioned(raw, CURRENT_VERSION.program, programSettingsSchema, {});
}

/** Reads the planner meta record. Never throws. */
export function readPlannerMeta(raw: string): ReadResult<PlannerMeta> {
  return readVersioned(raw, CURRENT_VERSION.meta, plannerMetaSchema, {});
}
