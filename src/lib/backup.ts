import * as v from 'valibot';
import { bt } from '../i18n/backup-ui';
import { t } from '../i18n/ui';
import {
  BACKUP_VERSION,
  type BackupFile,
  backupFileSchema,
  MAX_BACKUP_BYTES,
  type PlannerData,
} from '../schemas/backup';
import { EMPTY_LADDER_DATA, isBlankRating, type LadderRating } from '../schemas/ladder-records';
import { managerRecordId } from '../schemas/manager';
import { BACKUP_FORMAT, type TaskRecord } from '../schemas/stored';
import { clipText } from './clip-text';
import { issueWords } from './issue-words';
import { readLadderRating } from './ladder-records';
import { readManagerRecord } from './manager/stored';
import { readPlan } from './plan-records';
import { lensRole, type ProgramSummary, programItemIds } from './program-view';
import { type ReadResult, readProgramSettings, readTaskRecord } from './stored-records';
import type { SectionLike } from './task-progress';
import { formatCount } from './text-limit';
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
    if (result.kind === 'invalid') refused.push(invalidFile(`${where}.${id}`, result.reason));
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
  // Made by a newer site: said so, as the stores say of such records, not in the validator's words ("Expected 1
  // but received 2"), which tell the reader nothing they can act on.
  if (
    (isObject(json) &&
      json.format === BACKUP_FORMAT &&
      typeof json.version === 'number' &&
      json.version > BACKUP_VERSION) ||
    holdsNewer(isObject(json) && json.tasks, readTaskRecord) ||
    holdsNewer(isObject(json) && json.programs, readProgramSettings)
  )
    return { ok: false, error: bt('backup.newer') };
  // Plans, manager records and ladder ratings go through their stored-record readers, which migrate older versions.
  const refused: string[] = [];
  const error =
    migrateSection(json, 'plans', readPlan, bt('backup.newerPlan'), refused) ??
    migrateSection(json, 'manager', readManagerRecord, bt('backup.newerManager'), refused) ??
    migrateSection(
      isObject(json) && json.ladder,
      'ratings',
      readLadderRating,
      bt('backup.newerLadder'),
      refused,
      'ladder.ratings',
    );
  if (error) return { ok: false, error };
  // Why a value is refused, in the reader's words (issueWords), not the validator's ("Invalid length: Expected
  // <=300 but received 400"); a check with words of its own ("not a record id") keeps them.
  const result = v.safeParse(backupFileSchema, json, { message: issueWords });
  if (!result.success) {
    const issue = result.issues[0];
    return {
      ok: false,
      error: invalidFile(v.getDotPath(issue) || 'file', issue.message),
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
  if (misplaced) return { ok: false, error: invalidFile(misplaced, 'stored under another id') };
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

/**
 * What the restore's preview says of each program a whole backup sets to a part it does not offer (a role outside
 * the program's `roles:` in content/programs/): that it will show everyone's tasks.
 *
 * Such a file is restored, not refused. The schema refuses a word that is no role of the site's; a role the program
 * does not offer is one the site reads, in the reader's own stored settings, as everyone's tasks (`lensRole`), so
 * that a part the content stops offering leaves the reader's data readable and the backups made before then
 * restorable (every backup the site writes, it can restore), as a task the handbook no longer has is kept. Refusing
 * it here would refuse those backups. What was wrong was the silence: a hand-edited file changed what a checklist
 * shows without a word, so the preview says it before the reader confirms.
 */
export function unofferedRoleNotes(
  programs: readonly Pick<ProgramSummary, 'id' | 'title' | 'roles'>[],
  backup: { data: PlannerData; only?: 'plans' | undefined },
): string[] {
  return programs.flatMap((program) => {
    const role = backup.only ? undefined : backup.data.programs[program.id]?.role;
    return role && !lensRole(program, role)
      ? [bt('backup.everyone', { program: program.title, role: t(`role.${role}`) })]
      : [];
  });
}

/** The kinds of change the restore's preview counts, in the order it lists them. */
const CHANGE_KINDS = [
  'ticked',
  'unticked',
  'markedNotApplicable',
  'notesChanged',
  'unknownKept',
  'unknownRemoved',
  'settingsChanged',
  'plansChanged',
  'managerChanged',
  'ladderChanged',
] as const;

/**
 * What the restore's preview lists, in words ("1 task becomes ticked"): each kind of change it counts, none when
 * nothing changes. With the backup code, as its counts are, so My progress's first load carries none of the words.
 */
export function changeLines(changes: RestoreChanges): string[] {
  return CHANGE_KINDS.flatMap((kind) =>
    changes[kind] > 0 ? [bt(`backup.change.${kind}`, { count: formatCount(changes[kind]) })] : [],
  );
}

/**
 * What a restore says when the browser keeps no data (storage blocked, as in private browsing): the data is shown
 * for the visit, as the planners work there, and nothing claims it was saved (src/stores/all-data.ts).
 */
export const restoredForVisit = () => bt('backup.forVisit');

export interface RestoreChanges {
  /** Tasks that become ticked. */
  ticked: number;
  /** Tasks that lose their tick (or their not-applicable mark). */
  unticked: number;
  /** Tasks that become not applicable. */
  markedNotApplicable: number;
  /** Tasks whose note changes. */
  notesChanged: number;
  /**
   * Records for tasks this site does not have (retired, or made up by hand) that the restore writes, new or
   * changed: they are kept, counted on My progress and backed up, as a retired task's progress is, and no
   * checklist shows them. Counted here and in no line above, which would say they "become ticked".
   */
  unknownKept: number;
  /** Records for tasks this site does not have that the restore removes: the file does not hold them. */
  unknownRemoved: number;
  /** Programs whose start date or role changes. */
  settingsChanged: number;
  /** 30-60-90 plans added, changed or removed. */
  plansChanged: number;
  /** Manager toolkit records (review sessions, agenda weeks, team, tally…) added, changed or removed. */
  managerChanged: number;
  /** Career ladder records (ratings, evidence, chosen levels) added, changed or removed. */
  ladderChanged: number;
  /** True when restoring changes nothing. */
  none: boolean;
}

/** A task record as the reader sees it: its state and note ('' for none, or one that holds neither). */
const seenTask = (record: TaskRecord | undefined) =>
  record && (record.state !== 'open' || record.note) ? `${record.state}:${record.note}` : '';

/**
 * What restoring `backup` over `current` would change, for the reader to confirm. With the site's `programs`,
 * records for tasks none of them has are counted apart (`unknownKept`, `unknownRemoved`); without, every task
 * counts as the site's.
 */
export function restoreChanges(
  current: PlannerData,
  backup: PlannerData,
  programs?: readonly { sections: readonly SectionLike[] }[],
): RestoreChanges {
  const ids = new Set([...Object.keys(current.tasks), ...Object.keys(backup.tasks)]);
  const known = programs && new Set(programs.flatMap(programItemIds));
  let ticked = 0;
  let unticked = 0;
  let markedNotApplicable = 0;
  let notesChanged = 0;
  let unknownKept = 0;
  let unknownRemoved = 0;
  for (const id of ids) {
    const before = current.tasks[id];
    const after = backup.tasks[id];
    if (known && !known.has(id)) {
      const [from, to] = [seenTask(before), seenTask(after)];
      if (from !== to) {
        if (to) unknownKept += 1;
        else unknownRemoved += 1;
      }
      continue;
    }
    const from = before?.state ?? 'open';
    const to = after?.state ?? 'open';
    if (from !== to) {
      if (to === 'done') ticked += 1;
      else if (to === 'na') markedNotApplicable += 1;
      else unticked += 1;
    }
    if ((before?.note ?? '') !== (after?.note ?? '')) notesChanged += 1;
  }
  let settingsChanged = 0;
  for (const id of new Set([...Object.keys(current.programs), ...Object.keys(backup.programs)])) {
    const before = current.programs[id];
    const after = backup.programs[id];
    if (before?.startDate !== after?.startDate || before?.role !== after?.role) settingsChanged += 1;
  }
  const plansChanged = changedRecords(current.plans, backup.plans);
  const managerChanged = changedRecords(current.manager ?? {}, backup.manager ?? {});
  const ladderBefore = current.ladder ?? EMPTY_LADDER_DATA;
  const ladderAfter = backup.ladder ?? EMPTY_LADDER_DATA;
  const ladderChanged =
    changedRecords(seenRatings(ladderBefore.ratings), seenRatings(ladderAfter.ratings)) +
    changedRecords(ladderBefore.evidence, ladderAfter.evidence) +
    (JSON.stringify(ladderBefore.settings) !== JSON.stringify(ladderAfter.settings) ? 1 : 0);
  const changes = [ticked, unticked, markedNotApplicable, notesChanged, settingsChanged, plansChanged, managerChanged];
  const none = [...changes, unknownKept, unknownRemoved, ladderChanged].every((count) => count === 0);
  return {
    ticked,
    unticked,
    markedNotApplicable,
    notesChanged,
    unknownKept,
    unknownRemoved,
    settingsChanged,
    plansChanged,
    managerChanged,
    ladderChanged,
    none,
  };
}

/**
 * Ratings as the reader sees them: what each records, without the stamps that date its changes, and none for a
 * record kept only for its stamps (a cleared item, src/stores/ladder-records.ts). A restore that changes only
 * stamps changes nothing the reader can see, and the preview says so.
 */
function seenRatings(ratings: Readonly<Record<string, LadderRating>>): Record<string, unknown> {
  const seen: Record<string, unknown> = {};
  for (const [id, { rating, evidence, note }] of Object.entries(ratings)) {
    if (!isBlankRating(ratings[id])) seen[id] = { rating, evidence, note };
  }
  return seen;
}

/** How many records differ between two sets of one kind (added, changed or removed). */
function changedRecords(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): number {
  let changed = 0;
  for (const id of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[id]) !== JSON.stringify(after[id])) changed += 1;
  }
  return changed;
}
