import { translator } from './translator';

/**
 * My progress's strings (the dashboard, backup, restore and Reset all), beside
 * `ui` rather than in it for the reason given in manager-ui.ts: `ui` is in every
 * planner page's first load, and only My progress and the backup code need
 * these. Looked up with `gt`.
 */
export const progressUi = {
  // A program card's ring and its finished tag (ProgressRing.tsx, ProgramCard.tsx).
  'progress.percent': '{percent}%',
  'progress.done': 'Done',
  'restore.done': 'Your backup was restored.',
  'restore.doneUnnoted':
    'Your backup was restored. The browser’s storage is full, so the date of this backup could not be noted: the reminder to back up may come early.',
  'restore.resetDone': '{label} was reset.',
  'restore.resetKeptNewer': {
    one: '{label} was reset; 1 record saved by a newer version of the site was left as it is.',
    other: '{label} was reset; {count} records saved by a newer version of the site were left as they are.',
  },
  'restore.refusedNewer':
    'Nothing was changed: the backup would overwrite data saved by a newer version of this site ({records}). Restore it in the newest version of the site.',
  'restore.refusedFull':
    'Nothing was changed: the browser’s storage has no room for this backup. Free some space (for example clear other sites’ data), then try again.',
  'restore.refusedUnavailable': 'Nothing was changed: this browser is not letting the site store data.',
  'restore.refusedStuck':
    'The restore stopped part way, and the browser would not let the site put back what it held ({records}). This page still shows it: download a backup now to keep it.',
  'restore.invalidRecords': 'Nothing was changed: some records do not fit what can be stored ({ids}).',
  'progressPage.programs': 'Programs',
  // The ladder card's code, loaded with no click (LadderSlot.tsx), could not come; the tally's view says the same.
  'progressPage.ladderFailed':
    'The career ladder card could not load. Nothing is lost: your progress stays in this browser. Reload the page to try again.',
  'progressPage.orphanedTitle': 'Progress for tasks that no longer exist',
  'progressPage.orphanedText': {
    one: '1 saved task record belongs to a task that is no longer in the handbook. It is kept, not deleted, and it is part of your backups.',
    other:
      '{count} saved task records belong to tasks that are no longer in the handbook. They are kept, not deleted, and they are part of your backups.',
  },
  'progressPage.backupTitle': 'Backup and restore',
  'progressPage.backupText':
    'A backup is one JSON file with all your ticks, notes, start dates and choices. Keep it somewhere safe; restore it here or in another browser.',
  'progressPage.backup': 'Download a backup',
  'progressPage.lastBackup': 'Last backup: {date}.',
  'progressPage.neverBackedUp': 'You have not made a backup in this browser yet.',
  'progressPage.backupOld': 'Your last backup is more than {days} days old: consider making a new one.',
  'progressPage.backupNow': 'You have planner data but no backup yet: consider downloading one.',
  'progressPage.backedUp': 'Backup downloaded: {file}.',
  'progressPage.backupUnreadable':
    'Not backed up: the browser would not read some of your saved data, so a backup now would leave it out. Reload the page and try again.',
  'progressPage.restoreUnreadable':
    'The browser would not read some of your saved data, so a restore now could not show what it replaces, nor undo it. Reload the page and try again.',
  'progressPage.restoreLabel': 'Restore from a backup file',
  'progressPage.restoreHelp':
    'Choose a backup downloaded from this page, or a plan from the plan builder’s “Download .json”. You will see what changes before anything is replaced.',
  'progressPage.restorePreview': 'Restoring {file} will replace all planner data in this browser:',
  'progressPage.restorePlansPreview': {
    one: 'Restoring {file} brings back the plan in it; the rest of your planner data stays as it is:',
    other: 'Restoring {file} brings back the {count} plans in it; the rest of your planner data stays as it is:',
  },
  'progressPage.restorePlansConfirm': { one: 'Bring back this plan', other: 'Bring back these {count} plans' },
  'progressPage.restoreNothing': '{file} holds the same data as this browser: restoring it would change nothing.',
  'progressPage.restoreClose': 'Close',
  'progressPage.restoreConfirm': 'Replace my data with this backup',
  'progressPage.restoreError': 'Nothing was changed. {error}',
  'progressPage.resetAllTitle': 'Start over',
  'progressPage.resetAll': 'Reset all planner data…',
  'progressPage.resetAllConfirmTitle': 'Reset all planner data?',
  'progressPage.resetAllText':
    'This clears every tick, note, start date and choice in this browser. Download a backup first if you may want them back. You can undo it right after.',
  'progressPage.resetAllDone': 'All planner data',
  'progressPage.plansTitle': '30-60-90 day plans',
  'progressPage.noPlans': 'No plan yet.',
  'progressPage.openBuilder': 'Draft one in the plan builder.',
  // The career ladder's section, said here (not in the card's words, loaded with the card) as it shows empty too.
  // Twin of export-ui's ladder.md.ladder, ladder-page-ui's ladder.pageTitle, page-ui's nav.careerLadder:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'progressPage.ladderTitle': 'Career ladder',
  'progressPage.noLadder': 'No levels compared yet.',
  'progressPage.openLadder': 'Compare two levels on the career ladder.',
  'dashboard.lastActivity': 'Last activity: {date}',
  'dashboard.noActivity': 'Not started yet',
  'dashboard.inProgress': 'In progress',
  // Twin of page-ui's home.continueSection: said alike (tests/unit/i18n.test.ts, TWINS).
  'dashboard.nextIn': 'Next, in {section}:',
  // Twin of page-ui's home.continueNow: said alike (tests/unit/i18n.test.ts, TWINS).
  'dashboard.now': 'Now: {block} ({range})',
  // Twin of page-ui's home.continueSince: said alike (tests/unit/i18n.test.ts, TWINS).
  'dashboard.since': 'since {date}',
  'dashboard.planPhases': 'Phases',
  'dashboard.phaseProgress': {
    one: '{phase}: {done} of 1 action done',
    other: '{phase}: {done} of {count} actions done',
  },
  'dashboard.phaseEmpty': '{phase}: no actions yet',
  'dashboard.currentPhase': 'Now in {phase}',
  'dashboard.noFileChosen': 'No file chosen',
  'dashboard.fileChosen': 'Chosen: {file}',
} as const;

/** Looks up a My progress string (see `translator`). */
export const gt = translator(progressUi);
