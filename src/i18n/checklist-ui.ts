import { translator } from './translator';

/**
 * The checklist pages' own strings: the program panel, the lists and their
 * Markdown export. Only the program pages carry them; what the other planner
 * pages share with these stays in ui.ts (see translator.ts).
 */
export const checklistUi = {
  'planner.thisWeek': 'This week',
  'planner.thisMonth': 'This month',
  'planner.noteButton': 'Note',
  'planner.noteLabel': 'Your note',
  'planner.yourNote': 'Your note:',
  // Said once for a list, under its count; each such task's box is described by it.
  // Twin of manager-ui's manager.unknownNewer: said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.newerTask': 'Not known here: saved by a newer version of this site, which this one cannot read.',
  'planner.unreadTask': 'Not known here: what was saved could not be read, and is kept.',
  'planner.hiddenForRole': 'This list is for the {role}; you are viewing the part of the {viewer}.',
  'planner.showAnyway': 'Show it anyway',
  'planner.shownForLink': 'Shown because you followed a link to it: this list is for the {role}.',
  'planner.hideAgain': 'Hide it again',
  'planner.panelTitle': 'Your checklist',
  'planner.panelIntro': 'Tick tasks as you go: your progress is kept in this browser only.',
  'planner.next': 'Next open task:',
  'planner.nextFallback': 'go to it',
  'planner.startDate': 'Start date',
  'planner.startDateHelpWeeks': 'Each week then shows its dates, and the current week stands out.',
  // How a month is counted is the site's choice (src/lib/dates.ts, monthRange): the handbook does not define one.
  'planner.startDateHelpMonths':
    'Months 1, 2 and 3 then show their dates. The handbook does not define a month: here each starts on your start date’s day of the month (or the month’s last day, if shorter) and ends the day before the next.',
  'planner.notStarted': {
    one: 'Starts on {date} ({count} day from today).',
    other: 'Starts on {date} ({count} days from today).',
  },
  // A section's dates when it has no last day, the months beyond the numbered ones (src/lib/dates.ts, formatRange).
  'planner.rangeFrom': 'from {date}',
  'planner.currentWeek': 'Now: week {index} of {of} ({range}).',
  'planner.currentMonth': 'Now: month {index} ({range}).',
  'planner.beyondMonths': 'Now: beyond month 3 (since {date}).',
  'planner.finished': { one: 'The week ended on {date}.', other: 'The {count} weeks ended on {date}.' },
  'planner.jumpToWeek': 'Go to week {index}',
  'planner.jumpToMonth': 'Go to month {index}',
  'planner.roleLegend': 'Show tasks for',
  // Said when the reader chooses in "Show tasks for" ("Everyone’s tasks"); {progress} is the panel's count.
  'planner.roleShown': 'Showing {role}’s tasks: {progress}.',
  'planner.exportTitle': 'Take it to GitLab',
  // Twin of plan-ui's plan.copyMarkdown, manager-ui's manager.copyMd, ladder-ui's ladder.copyMarkdown:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.copyMarkdown': 'Copy as Markdown',
  // Twin of plan-ui's plan.downloadMarkdown, manager-ui's manager.downloadMd, ladder-ui's ladder.downloadMarkdown:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.downloadMarkdown': 'Download .md',
  'planner.copied': 'Copied the task list: paste it into your issue.',
  'planner.copyFailed': 'Could not copy: the task list is shown below, select it and copy it.',
  // Twin of plan-views-ui's plan.downloaded, export-ui's ladder.downloaded:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.downloaded': 'Downloaded {file}.',
  'planner.exportUnavailable':
    'Could not prepare the export: part of the page did not load. Check your connection and try again.',
  'planner.reset': 'Reset…',
  'planner.resetTitle': 'Reset {title}?',
  'planner.resetText':
    'This clears your ticks, notes and settings for this program in this browser. You can undo it right after.',
  'planner.exportEveryone': 'Export everyone’s tasks',
  'planner.hideDone': 'Hide finished tasks',
  'planner.hiddenDone': 'Hidden: {count} done',
  'planner.sectionDone': 'Done: {title}',
  'planner.sectionDoneCount': '{done} of {total}',
  'planner.naShort': 'N/A',
} as const;

/** Looks up a checklist page string and fills its placeholders. */
export const ct = translator(checklistUi);
