import { BACKUP_FORMAT, type BackupFile, backupFileSchema, MAX_BACKUP_BYTES } from '../schemas/backup';
import type { Plan } from '../schemas/plan';
import type { ProgramSettings, TaskRecord } from '../schemas/stored';

/** Keys that could reach an object's prototype if a careless consumer merged them. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Checklist ticks, notes and program settings. */
export interface ChecklistData {
  tasks: Readonly<Record<string, TaskRecord>>;
  programs: Readonly<Record<string, ProgramSettings>>;
}

/** Everything the reader keeps: checklists and 30-60-90 plans. */
export interface PlannerData extends ChecklistData {
  plans: Readonly<Record<string, Plan>>;
}

/** A backup file's content for the reader's data. */
export function createBackup(data: PlannerData, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    tasks: { ...data.tasks },
    programs: { ...data.programs },
    plans: { ...data.plans },
  };
}

/** File name of a backup made on `now`: `csm-handbook-backup-2027-01-04.json`. */
export function backupFileName(now: Date): string {
  return `csm-handbook-backup-${now.toISOString().slice(0, 10)}.json`;
}

export type ParsedBackup = { ok: true; backup: BackupFile } | { ok: false; error: string };

/**
 * Reads a file chosen for restore. The file is untrusted: it is size-limited,
 * must be JSON with no prototype-reaching keys, and must match the backup
 * schema exactly. Never throws; nothing is changed here.
 */
export function parseBackup(text: string, sizeBytes: number = new TextEncoder().encode(text).length): ParsedBackup {
  if (sizeBytes > MAX_BACKUP_BYTES) {
    return {
      ok: false,
      error: `The file is too large (${Math.ceil(sizeBytes / 1024)} KB); a backup is at most ${MAX_BACKUP_BYTES / 1_000_000} MB.`,
    };
  }
  let forbidden: string | undefined;
  let json: unknown;
  try {
    json = JSON.parse(text, function reviver(key, value) {
      if (FORBIDDEN_KEYS.has(key)) forbidden = key;
      return value;
    });
  } catch {
    return { ok: false, error: 'The file is not a backup from this site: it is not valid JSON.' };
  }
  if (forbidden) return { ok: false, error: `The file contains a forbidden key ("${forbidden}") and was not used.` };
  const result = backupFileSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? ` (at ${issue.path.map(String).join('.')})` : '';
    return {
      ok: false,
      error: `The file is not a valid backup from this site${where}: ${issue?.message ?? 'invalid'}.`,
    };
  }
  // Rebuild as null-prototype-free plain objects from validated entries only.
  const backup = result.data;
  return {
    ok: true,
    backup: {
      ...backup,
      tasks: Object.fromEntries(Object.entries(backup.tasks)),
      programs: Object.fromEntries(Object.entries(backup.programs)),
      plans: Object.fromEntries(Object.entries(backup.plans ?? {})),
    },
  };
}

export interface RestoreChanges {
  /** Tasks that become ticked. */
  ticked: number;
  /** Tasks that lose their tick (or their not-applicable mark). */
  unticked: number;
  /** Tasks that become not applicable. */
  markedNotApplicable: number;
  /** Tasks whose note changes. */
  notesChanged: number;
  /** Programs whose start date or role changes. */
  settingsChanged: number;
  /** 30-60-90 plans added, changed or removed. */
  plansChanged: number;
  /** True when restoring changes nothing. */
  none: boolean;
}

/** What restoring `backup` over `current` would change, for the reader to confirm. */
export function restoreChanges(current: PlannerData, backup: PlannerData): RestoreChanges {
  const ids = new Set([...Object.keys(current.tasks), ...Object.keys(backup.tasks)]);
  let ticked = 0;
  let unticked = 0;
  let markedNotApplicable = 0;
  let notesChanged = 0;
  for (const id of ids) {
    const before = current.tasks[id];
    const after = backup.tasks[id];
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
  let plansChanged = 0;
  for (const id of new Set([...Object.keys(current.plans), ...Object.keys(backup.plans)])) {
    if (JSON.stringify(current.plans[id]) !== JSON.stringify(backup.plans[id])) plansChanged += 1;
  }
  const none = ticked + unticked + markedNotApplicable + notesChanged + settingsChanged + plansChanged === 0;
  return { ticked, unticked, markedNotApplicable, notesChanged, settingsChanged, plansChanged, none };
}
