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
 * What reading one stored value gave: a valid record (migrated to the newest
 * version if it was older), a record written by a newer version of the site
 * (to be left alone), or something unreadable (to be kept aside, never dropped).
 */
export type ReadResult<T> =
  | { kind: 'ok'; value: T; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

function parseJson(raw: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function versionOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const version = (value as { v?: unknown }).v;
  return typeof version === 'number' && Number.isInteger(version) ? version : undefined;
}

/** The first issue, where it is (dotted keys, `phases.0.goals.2.text`) and what is wrong. */
function firstIssue(issues: readonly v.BaseIssue<unknown>[]): string {
  const issue = issues[0];
  return issue ? `${v.getDotPath(issue) || 'value'}: ${issue.message}` : 'invalid';
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
  if (!json.ok) return { kind: 'invalid', reason: 'not JSON' };
  let value = json.value;
  let version = versionOf(value);
  if (version === undefined) return { kind: 'invalid', reason: 'no format version' };
  if (version > current) return { kind: 'newer', version };
  let migrated = false;
  try {
    while (version < current) {
      const step = migrations[version];
      if (!step) return { kind: 'invalid', reason: `no migration from version ${version}` };
      value = step(value);
      version += 1;
      migrated = true;
    }
  } catch {
    return { kind: 'invalid', reason: `version ${versionOf(json.value)} record does not match its format` };
  }
  const result = v.safeParse(schema, value);
  return result.success
    ? { kind: 'ok', value: result.output, migrated }
    : { kind: 'invalid', reason: firstIssue(result.issues) };
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
