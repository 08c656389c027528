import * as v from 'valibot';
import { bt } from '../i18n/backup-ui';
import { pst } from '../i18n/plan-store-ui';
import {
  BACKUP_VERSION,
  type BackupFile,
  backupFileSchema,
  MAX_BACKUP_BYTES,
  type PlannerData,
} from '../schemas/backup';
import { managerRecordId } from '../schemas/manager';
import { BACKUP_FORMAT } from '../schemas/stored';
import { clipText } from './clip-text';
import { issueWords, unreadableWords } from './issue-words';
import { readLadderRating } from './ladder-records';
import { readManagerRecord } from './manager/stored';
import { titleOf } from './plan-labels';
import { readPlan } from './plan-records';
import { type ReadResult, readProgramSettings, readTaskRecord } from './stored-records';
import { parseUntrustedJson } from './untrusted-json';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Replaces each record of `parent[key]` by what the stored-record `read`er makes of it (older versions
 * migrated). Returns the message for a record from a newer version, or nothing. A record the reader refuses is
 * left as the file has it, for the file's schema to say what is wrong with it in the reader's words (the
 * reader's own reason, at `where` in the file, goes into `refused`, for a refusal that schema does not make).
 */
function migrateSection<T>(
  parent: unknown,
  key: string,
  read: (raw: string) => ReadResult<T>,
  newerMessage: string,
  refused: string[],
  where = key,
): string | undefined {
  if (!isObject(parent) || !isObject(parent[key])) return undefined;
  const records: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(parent[key])) {
    const result = read(JSON.stringify(value));
    if (result.kind === 'newer') return newerMessage;
    records[id] = result.kind === 'ok' ? result.value : value;
    if (result.kind === 'invalid') refused.push(invalidFile(`${where}.${id}`, unreadableWords(result)));
  }
  parent[key] = records;
  return undefined;
}

/** Whether a record of `records` was written by a newer version of the site, as its stored-record reader tells. */
const holdsNewer = <T>(records: unknown, read: (raw: string) => ReadResult<T>) =>
  isObject(records) && Object.values(records).some((record) => read(JSON.stringify(record)).kind === 'newer');

/*
 * What is wrong with a file, in words a reader can take in: the place and the reason can quote the file
 * (a key, a value), which a hostile file makes as long as it likes, so each is clipped.
 */
const QUOTE_MAX = 120;
const invalidFile = (where: string, reason: string) =>
  bt('backup.invalid', { where: clipText(where, QUOTE_MAX), reason: clipText(reason, QUOTE_MAX) });

/** A backup file's content for the reader's data. */
export function createBackup(data: PlannerData, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: now.toISOString(),
    tasks: { ...data.tasks },
    programs: { ...data.programs },
    plans: { ...data.plans },
    manager: { ...(data.manager ?? {}) },
    ladder: {
      ratings: { ...data.ladder?.ratings },
      evidence: { ...data.ladder?.evidence },
      ...(data.ladder?.settings ? { settings: data.ladder.settings } : {}),
    },
  };
}

/**
 * What a backup leaves out, as a sentence to follow "Backup downloaded" ('' when nothing): records saved by a
 * newer version of the site (this one cannot read them, so cannot write them), and records kept aside under
 * `csm-handbook:recovered:` (not records of any kind). Both stay in the browser; the reader must not take the
 * file for all of it.
 */
export function leftOutOfBackup(newer: number, aside: number): string {
  const what = [
    newer > 0 && bt('backup.leftNewer', { count: newer }),
    aside > 0 && bt('backup.leftAside', { count: aside }),
  ]
    .filter(Boolean)
    .join(', and ');
  return what ? ` ${bt('backup.leavesOut', { what, stay: bt('backup.stays', { count: newer + aside }) })}` : '';
}

/**
 * The backup as file text: compact JSON, so a backup is never longer than
 * the storage it came from and always fits under MAX_BACKUP_BYTES.
 */
export function backupText(backup: BackupFile): string {
  return JSON.stringify(backup);
}

/** File name of a backup made on `now`: `csm-handbook-backup-2027-01-04.json`. */
export function backupFileName(now: Date): string {
  return `csm-handbook-backup-${now.toISOString().slice(0, 10)}.json`;
}

/** Why a file of `sizeBytes` cannot be a backup (checked before reading it), or undefined. */
export function backupSizeError(sizeBytes: number): string | undefined {
  return sizeBytes > MAX_BACKUP_BYTES
    ? bt('backup.tooLarge', {
        size: Math.ceil(sizeBytes / 1_048_576),
        max: Math.floor(MAX_BACKUP_BYTES / 1_048_576),
      })
    : undefined;
}

/** Where in the file the first record of `section` whose own id is not its key is (`plans.aaa`), or nothing. */
function misplacedKey<T>(
  section: string,
  records: Readonly<Record<string, T>> = {},
  idOf: (record: T) => string,
): string | undefined {
  const found = Object.entries(records).find(([key, record]) => idOf(record) !== key);
  return found && `${section}.${found[0]}`;
}

export type ParsedBackup = { ok: true; data: PlannerData; only?: 'plans' | undefined } | { ok: false; error: string };

/**
 * Reads a file chosen for restore. The file is untrusted: it is size-limited,
 * must be JSON with no prototype-reaching keys, and must match the backup
 * schema exactly; plans from older versions are migrated like stored ones.
 * Never throws; nothing is changed here.
 */
export function parseBackup(text: string, sizeBytes: number = new TextEncoder().encode(text).length): ParsedBackup {
  const tooLarge = backupSizeError(sizeBytes);
  if (tooLarge) return { ok: false, error: tooLarge };
  const parsed = parseUntrustedJson(text);
  if (!parsed.ok)
    return {
      ok: false,
      error:
        parsed.error === 'forbidden'
          ? bt('backup.forbiddenKey', { key: parsed.key })
          : bt(parsed.error === 'not-json' ? 'backup.notJson' : 'backup.tooDeep'),
    };
  const json = parsed.value;
  // The validator reads a list's keys as a group's, and would say "(at format): missing" of `[]`.
  if (Array.isArray(json))
    return {
      ok: false,
      error: invalidFile(
        'file',
        bt('backup.reason.wrongType', { found: bt('backup.type.array'), expected: bt('backup.type.object') }),
      ),
    };
  // Another app's JSON (a package.json), or any file that does not say it is this site's backup: said so, not as
  // the schema would, "(at format): missing", a field the reader never wrote. A file that does say so, with a
  // field gone wrong, is told where and why, below.
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return { ok: false, error: bt('backup.notOurs') };
  // Made by a newer site: said so, as the stores say of such records, not in the validator's words ("Expected 1
  // but received 2"), which tell the reader nothing they can act on.
  if (
    (typeof json.version === 'number' && json.version > BACKUP_VERSION) ||
    holdsNewer(json.tasks, readTaskRecord) ||
    holdsNewer(json.programs, readProgramSettings)
  )
    return { ok: false, error: bt('backup.newer') };
  // Plans, manager records and ladder ratings go through their stored-record readers, which migrate older versions.
  const refused: string[] = [];
  const error =
    migrateSection(json, 'plans', readPlan, bt('backup.newerPlan'), refused) ??
    migrateSection(json, 'manager', readManagerRecord, bt('backup.newerManager'), refused) ??
    migrateSection(json.ladder, 'ratings', readLadderRating, bt('backup.newerLadder'), refused, 'ladder.ratings');
  if (error) return { ok: false, error };
  // Why a value is refused, in the reader's words (issueWords), not the validator's ("Invalid length: Expected
  // <=300 but received 400") nor a check's code ("planId").
  const result = v.safeParse(backupFileSchema, json);
  if (!result.success) {
    const issue = result.issues[0];
    return {
      ok: false,
      error: invalidFile(v.getDotPath(issue) || 'file', issueWords(issue)),
    };
  }
  if (refused[0]) return { ok: false, error: refused[0] };
  // Rebuild as plain objects from validated entries only.
  const backup = result.output;
  // A record that names its own id is under that key, as a stored one must be (or it is set aside when
  // read): so no two keys hold one plan or piece of evidence either.
  const misplaced =
    misplacedKey('plans', backup.plans, (plan) => plan.id) ??
    misplacedKey('manager', backup.manager, managerRecordId) ??
    misplacedKey('ladder.evidence', backup.ladder?.evidence, (evidence) => evidence.id);
  if (misplaced) return { ok: false, error: invalidFile(misplaced, bt('backup.reason.storedElsewhere')) };
  // A file of plans alone brings back its plans and nothing else (its tasks are not read): with none, its preview
  // would offer to bring back 0 plans.
  if (backup.only && !Object.keys(backup.plans ?? {}).length) return { ok: false, error: bt('backup.noPlans') };
  return {
    ok: true,
    ...(backup.only ? { only: backup.only } : {}),
    data: {
      tasks: Object.fromEntries(Object.entries(backup.tasks)),
      programs: Object.fromEntries(Object.entries(backup.programs)),
      plans: Object.fromEntries(Object.entries(backup.plans ?? {})),
      manager: Object.fromEntries(Object.entries(backup.manager ?? {})),
      ladder: {
        ratings: Object.fromEntries(Object.entries(backup.ladder?.ratings ?? {})),
        evidence: Object.fromEntries(Object.entries(backup.ladder?.evidence ?? {})),
        ...(backup.ladder?.settings ? { settings: backup.ladder.settings } : {}),
      },
    },
  };
}

/**
 * The reader's data once `backup` is restored over `current`: a whole backup's data, or for a file of plans
 * alone, `current` with those plans added (or put back over the same plans).
 */
export function restoredData(
  current: PlannerData,
  backup: { data: PlannerData; only?: 'plans' | undefined },
): PlannerData {
  return backup.only ? { ...current, plans: { ...current.plans, ...backup.data.plans } } : backup.data;
}

/** A plan's own file: its first plan's title and how many plans it holds; nothing for a whole backup. */
function planFile(backup: { data: PlannerData; only?: 'plans' | undefined }) {
  // A plan's file holds one plan at least (`parseBackup` refuses one that holds none).
  const plans = Object.values(backup.data.plans);
  return backup.only && plans[0] ? { title: titleOf(plans[0]), count: plans.length } : undefined;
}

/**
 * What a restore says once done, for a plan's own file: that its plan is back, in the words the plan builder says
 * it when a deleted plan comes back ("“Plan to carry” is back."), as the file is not a backup of everything.
 * Nothing for a whole backup: the restore says it in its own words (src/stores/all-data.ts).
 */
export function restoredWords(backup: { data: PlannerData; only?: 'plans' | undefined }): string | undefined {
  const file = planFile(backup);
  if (!file) return undefined;
  return file.count > 1 ? bt('backup.plansBack', file) : pst('plan.restored', { item: file.title });
}

/**
 * What a restore says when the browser keeps no data (storage blocked, as in private browsing): the data is shown
 * for the visit, as the planners work there, and nothing claims it was saved (src/stores/all-data.ts). A plan's own
 * file names its plan, as `restoredWords` does: it is no backup.
 */
export function restoredForVisit(backup: { data: PlannerData; only?: 'plans' | undefined }): string {
  const file = planFile(backup);
  const why = bt('backup.forVisitWhy');
  if (!file) return bt('backup.forVisit', { why });
  return bt(file.count > 1 ? 'backup.forVisitPlans' : 'backup.forVisitPlan', { ...file, why });
}
