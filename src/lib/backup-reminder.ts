import { daysBetween } from './dates';

/** After this many days a backup counts as old. */
export const BACKUP_MAX_AGE_DAYS = 30;

export type BackupReminder = 'none' | 'never' | 'old';

/** Whether to remind the reader to back up: only when they have data worth keeping. */
export function backupReminder(hasData: boolean, lastBackupAt: string | undefined, today: string): BackupReminder {
  if (!hasData) return 'none';
  if (!lastBackupAt) return 'never';
  const last = lastBackupAt.slice(0, 10);
  return daysBetween(last, today) > BACKUP_MAX_AGE_DAYS ? 'old' : 'none';
}
