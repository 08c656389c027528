import type { BackupFile } from '../schemas/backup';
import type { Plan } from '../schemas/plan';
import { BACKUP_FORMAT } from '../schemas/stored';

/*
 * One plan as a backup file: the plan builder's "Download .json". My progress
 * restores it like any backup (src/lib/backup.ts, `parseBackup`), and as it
 * says `only: 'plans'`, restoring it brings the plan back beside the reader's
 * other data instead of replacing them (`restoredData`).
 *
 * Its own module, not part of src/lib/backup.ts, whose `createBackup` writes
 * the same frame: the builder loads this on demand, and a module that My
 * progress's first load shares with another page's lazy file is split out of
 * My progress's file, with all it imports (a dozen files, 1.9 KB gzip more,
 * measured). A unit test holds the two frames equal.
 */

/** The plan alone, as a backup file's content. */
export function planBackup(plan: Plan, now: Date): BackupFile {
  return {
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: now.toISOString(),
    only: 'plans',
    tasks: {},
    programs: {},
    plans: { [plan.id]: plan },
  };
}
