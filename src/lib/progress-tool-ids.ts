/*
 * The id of the title of My progress's backup card: search lands on it (the
 * card is found by its title, islands/my-progress/BackupSection.tsx, which
 * the page hands it to) and says what it does by it (lib/site-tools). Apart
 * from the island, so the search panel's code can name it without it, as the
 * manager tools' ids are (lib/manager/tool-ids).
 */

/** The "Backup and restore" card's title. */
export const BACKUP_TITLE_ID = 'backup-title';
