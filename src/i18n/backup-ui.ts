import { translator } from './translator';

/**
 * The backup file's words (src/lib/backup.ts: writing one, reading one for restore, and why a file is refused)
 * and the restore's preview's (src/lib/restore-preview.ts), looked up with `bt`: a module of its own, loaded with that code when a reader backs up or restores, so My
 * progress's first load carries none of it.
 */
export const backupUi = {
  // What a backup leaves out, said after "Backup downloaded: {file}." (`leftOutOfBackup`).
  'backup.leavesOut': 'It leaves out {what}: {stay} in this browser, unchanged.',
  'backup.leftNewer': {
    one: '1 record saved by a newer version of this site, which this one cannot read',
    other: '{count} records saved by a newer version of this site, which this one cannot read',
  },
  'backup.leftAside': {
    one: '1 record kept aside (under a key starting with “csm-handbook:recovered:”)',
    other: '{count} records kept aside (under keys starting with “csm-handbook:recovered:”)',
  },
  'backup.stays': { one: 'it stays', other: 'they stay' },
  'backup.tooLarge': 'The file is too large ({size} MB); a backup is at most {max} MB.',
  'backup.notJson': 'The file is not a backup from this site: it is not valid JSON.',
  'backup.tooDeep': 'The file is not a backup from this site: it is nested too deeply to be one.',
  // A file of JSON that is no backup of this site (another app's, `{"name":"my-app"}`): said so, not where its
  // `format` falls short, a word of the file the reader never wrote.
  'backup.notOurs':
    'The file is not a backup made by this site: choose a file downloaded from My progress, or a plan from the plan builder’s “Download .json”.',
  'backup.forbiddenKey': 'The file contains a forbidden key ("{key}") and was not used.',
  'backup.newer':
    'The file was made by a newer version of this site, which this one cannot read: open the newest version of the site and restore it there.',
  'backup.noPlans': 'The file holds no plan to bring back.',
  'backup.newerPlan': 'The file holds a plan from a newer version of this site; restore it there.',
  'backup.newerManager': 'The file holds manager toolkit records from a newer version of this site; restore it there.',
  'backup.newerLadder': 'The file holds career ladder ratings from a newer version of this site; restore it there.',
  'backup.invalid': 'The file is not a valid backup from this site (at {where}): {reason}.',
  'backup.everyone': '{program} will show everyone’s tasks: the file picks the {role}’s part, which it does not offer.',
  // What the restore's preview lists (`changeLines`), in its order.
  'backup.change.ticked': { one: '1 task becomes ticked', other: '{count} tasks become ticked' },
  'backup.change.unticked': {
    one: '1 task loses its tick or mark',
    other: '{count} tasks lose their tick or mark',
  },
  'backup.change.markedNotApplicable': {
    one: '1 task becomes not applicable',
    other: '{count} tasks become not applicable',
  },
  'backup.change.notesChanged': { one: '1 note changes', other: '{count} notes change' },
  'backup.change.unknownKept': {
    one: '1 task record is for a task this site does not have: it is kept, and backed up, but no checklist shows it',
    other:
      '{count} task records are for tasks this site does not have: they are kept, and backed up, but no checklist shows them',
  },
  'backup.change.unknownRemoved': {
    one: '1 task record for a task this site does not have is removed: the file does not hold it',
    other: '{count} task records for tasks this site does not have are removed: the file does not hold them',
  },
  'backup.change.settingsChanged': { one: '1 program setting changes', other: '{count} program settings change' },
  // {titles}: the plans named, the first three then how many more ("“Q1 plan”, “Mock plan”, “Old plan” and 2 more").
  'backup.change.plansChanged': {
    one: '1 plan added, changed or removed: {titles}',
    other: '{count} plans added, changed or removed: {titles}',
  },
  'backup.change.planTitle': '“{title}”',
  'backup.change.morePlans': '{titles} and {count} more',
  'backup.change.managerChanged': {
    one: '1 manager toolkit record changes (review sessions, 1:1 weeks, team, tally)',
    other: '{count} manager toolkit records change (review sessions, 1:1 weeks, team, tally)',
  },
  'backup.change.ladderChanged': {
    one: '1 career ladder record changes',
    other: '{count} career ladder records change',
  },
  // What the preview of a plan's own file lists (`previewLines`): each plan, by its title, added or put back.
  'backup.change.planAdded': '“{title}” is added',
  'backup.change.planReplaced': '“{title}” replaces the copy of this plan in this browser',
  // Said once a hand-made file of several plans is restored; one plan is said as the plan builder says it is back.
  'backup.plansBack': 'These {count} plans are back.',
  // Said by a restore when the browser keeps no data (`restoredForVisit`): it stays until the reader closes it.
  // A plan's own file is no backup: its plan, or its plans, are named (`restoredForVisit`).
  'backup.forVisit': 'Your backup is shown for this visit only: {why}',
  'backup.forVisitPlan': '“{title}” is shown for this visit only: {why}',
  'backup.forVisitPlans': 'These {count} plans are shown for this visit only: {why}',
  'backup.forVisitWhy':
    'this browser does not let the site keep data (for example in private browsing), so it will be gone when you leave or close this page. Nothing was saved.',
  // Why a value of a file is refused, in the reader's words, not the validator's ("Invalid length: Expected
  // <=300 but received 400"): src/lib/issue-words.ts.
  'backup.reason.missing': 'missing',
  'backup.reason.unknownField': 'a field this site does not write',
  'backup.reason.wrongType': '{found} where this site writes {expected}',
  'backup.reason.unknownValue': '{value}, a value this site does not write',
  'backup.reason.tooLong': '{count} characters, where at most {max} are kept',
  'backup.reason.tooMany': '{count} entries, where at most {max} are kept',
  'backup.reason.tooShort': '{count} characters, where at least {min} are needed',
  'backup.reason.outOfRange': '{value}, out of the range this site writes',
  'backup.reason.notInForm': 'not in the form this site writes',
  'backup.reason.notWhole': '{value}, where this site writes a whole number',
  'backup.reason.sameId': 'two entries share one id',
  // A record under a key that is not its own id (src/lib/backup.ts).
  'backup.reason.storedElsewhere': 'stored under another id',
  // The stored data's own checks, which name themselves with a code (src/schemas/: `v.check(…, 'planId')`), so
  // every planner page that loads the schemas carries no words: issueWords says them.
  'backup.check.recordId': 'not a record id',
  'backup.check.planId': 'not a plan id',
  'backup.check.managerId': 'not a manager record id',
  'backup.check.evidenceId': 'not an evidence id',
  'backup.check.sameItemId': 'two items share one id',
  'backup.check.changeStamps': 'too many change stamps',
  'backup.check.evidenceStamps': 'too many evidence stamps',
  'backup.check.removedItems': 'too many removed items',
  'backup.check.evidenceHref': 'only http, https and mailto links',
  'backup.check.calendarDate': 'a real date between {min} and {max}',
  'backup.check.time': 'a time between {min} and {max}',
  'backup.check.isoTime': 'a real date and time',
  // Why a stored record's reader refused it before its schema could (src/lib/stored-records.ts, `Unreadable`).
  'backup.unreadable.json': 'not JSON',
  'backup.unreadable.noVersion': 'no format version',
  'backup.unreadable.noMigration': 'no migration from version {version}',
  'backup.unreadable.oldFormat': 'version {version} record does not match its format',
  'backup.type.string': 'text',
  'backup.type.number': 'a number',
  'backup.type.boolean': 'true or false',
  'backup.type.object': 'a group of fields',
  'backup.type.array': 'a list',
  'backup.type.null': 'null',
  'backup.type.other': 'a value',
} as const;

/** Looks up a backup file's string and fills its placeholders. */
export const bt = translator(backupUi);
