import { downloadText } from '../../browser/download';
import { KEY_PREFIX } from '../../browser/storage';
import { gt } from '../../i18n/progress-ui';
import { BACKUP_MAX_AGE_DAYS, type BackupReminder } from '../../lib/backup-reminder';
import { formatDate } from '../../lib/dates';
import type { ProgramSummary } from '../../lib/program-view';
import { snapshotAll } from '../../stores/all-data';
import { announce } from '../../stores/announcer';
import { markBackupMade } from '../../stores/planner';
import { $storageStatus, listKeys } from '../../stores/storage-session';
import { loadBackupCode } from './load-backup-code';
import { RestoreBackup } from './RestoreBackup';

interface Props {
  /**
   * The card's title's id, which search lands on (lib/progress-tool-ids): passed in from the page rather than
   * imported, so that module stays in the search panel's file and is not split into a file of its own that
   * opening search and this page would each fetch as well.
   */
  titleId: string;
  ready: boolean;
  lastBackupAt: string | undefined;
  reminder: BackupReminder;
  /** The site's programs, for the restore's preview to say which a file sets to a part they do not offer. */
  programs: ProgramSummary[];
}

/** Download a backup (with when the last one was made and a reminder), and restore one. */
export function BackupSection({ titleId, ready, lastBackupAt, reminder, programs }: Props) {
  const backUp = async () => {
    const backup = await loadBackupCode();
    if (!backup) return;
    const data = snapshotAll();
    // Nothing written and nothing recorded: "Last backup: today" would silence the reminder.
    if (!data) return announce(gt('progressPage.backupUnreadable'), 'error');
    const now = new Date();
    const file = backup.backupFileName(now);
    downloadText(file, backup.backupText(backup.createBackup(data, now)), 'application/json');
    markBackupMade(now);
    // Never silently partial: what the file leaves out (newer records, records kept aside) is said with it.
    const aside = listKeys(`${KEY_PREFIX}recovered:`)?.length ?? 0;
    announce(gt('progressPage.backedUp', { file }) + backup.leftOutOfBackup($storageStatus.get().newer.length, aside));
  };

  return (
    <section class="dash-card backup-card" aria-labelledby={titleId}>
      {/*
       * Search finds the site's tools by their titles, as it finds the manager toolkit's: this title alone is
       * indexed, with its id, so "backup" leads here and the panel says what the card does (lib/site-tools).
       * What the card shows is the site's screen, not the handbook's words, and stays out of the index. The
       * wrapper is the indexed part: Pagefind keeps the id of an element inside it, not of the part itself.
       */}
      <div data-pagefind-body="">
        <h2 id={titleId}>{gt('progressPage.backupTitle')}</h2>
      </div>
      <p class="backup-card__about">{gt('progressPage.backupText')}</p>
      {ready && (
        <p class="backup-card__last">
          {lastBackupAt
            ? gt('progressPage.lastBackup', { date: formatDate(lastBackupAt.slice(0, 10)) })
            : gt('progressPage.neverBackedUp')}
        </p>
      )}
      {reminder !== 'none' && (
        <p class="notice notice--warning">
          <span aria-hidden="true">⚠ </span>
          {reminder === 'old'
            ? gt('progressPage.backupOld', { days: BACKUP_MAX_AGE_DAYS })
            : gt('progressPage.backupNow')}
        </p>
      )}
      <div class="backup-card__actions">
        <button type="button" class="button button--primary" disabled={!ready} onClick={backUp}>
          {gt('progressPage.backup')}
        </button>
        <RestoreBackup ready={ready} programs={programs} />
      </div>
    </section>
  );
}
