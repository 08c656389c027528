import { translator } from './translator';

/**
 * The strings the manager toolkit's islands show (keys 'manager.*'), looked
 * up with `mt`. The islands' scripts do not carry them: the page does, once,
 * as JSON (src/components/content/ManagerUiStrings.astro), and `mt` reads
 * them from there in the browser, as STYLE.md has client scripts get their
 * strings. On the server (and in unit tests) `mt` reads this dictionary.
 * The words that never change on the page are in manager-page-ui.ts, those
 * of the exports in export-ui.ts, My progress's in manager-week-ui.ts.
 */
export const managerUi = {
  'manager.notChosen': 'not chosen yet',
  'manager.needsChoice': 'needs your choice',
  'manager.opening': 'Opening…',
  // Twin of checklist-ui's planner.copyMarkdown, plan-ui's plan.copyMarkdown, ladder-ui's ladder.copyMarkdown:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.copyMd': 'Copy as Markdown',
  // Twin of checklist-ui's planner.downloadMarkdown, plan-ui's plan.downloadMarkdown, ladder-ui's ladder.downloadMarkdown:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.downloadMd': 'Download .md',
  // Twin of plan-ui's plan.downloadIcs: said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.downloadIcs': 'Download calendar (.ics)',
  'manager.copied': 'Copied as Markdown. Paste it into GitLab.',
  // Twin of plan-views-ui's plan.copyFailed, export-ui's ladder.copyFailed:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.copyFailed': 'Could not copy: the Markdown is shown below, select it and copy it.',
  'manager.icsEmpty': 'There is nothing to put in a calendar yet.',
  'manager.delete': 'Delete',
  'manager.note': 'Note',
  // cadences and review sessions
  'manager.state.done': 'Done',
  'manager.state.due': 'Due',
  'manager.state.overdue': 'Overdue',
  'manager.state.regular': 'No due date',
  'manager.state.unset': 'Not scheduled',
  'manager.lastDone': 'Last done {date}',
  'manager.lastDoneWeek': 'Last done in the week of {date}',
  'manager.neverDone': 'Not done yet',
  // A line whose record this page could not read (the tools, My progress's week): in the words of the page's
  // notices (storage-notices-ui.ts, ui.ts), never a state worked out without it.
  // Twin of checklist-ui's planner.newerTask: said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.unknownNewer': 'Not known here: saved by a newer version of this site, which this one cannot read.',
  'manager.unknownUnread':
    'Not known here: the browser would not read what is saved for it. Reload the page to try again.',
  'manager.dueSince': 'due since {date}',
  'manager.doneUntil': 'next from {date}',
  // The handbook's words, then the site's reading, said as the site's (docs/manager-toolkit.md, "Where the handbook is silent").
  'manager.cadenceMonthly':
    'On at least a monthly basis: the handbook does not say whether a calendar month or 30 days; this page counts calendar months.',
  'manager.cadenceTwice': 'At least twice-monthly: {rule}.',
  'manager.cadenceRegular': 'On a regular basis: the handbook gives no interval, so only the last date is shown.',
  'manager.cadenceNone': 'The handbook gives this checklist no cadence: only the last date is shown.',
  'manager.cadenceCalls': '1-2 calls per week (total) from Chorus: {count} this week.',
  'manager.renewalUnset': 'The handbook says “at least twice-monthly” but not on which days. Choose:',
  'manager.renewalDays': 'Two days of each month, which you pick (day 1 and day 15 to start with)',
  'manager.renewalBiweekly': 'Every two weeks from a date',
  'manager.renewalFirst': 'First day',
  'manager.renewalSecond': 'Second day',
  'manager.renewalFrom': 'From',
  'manager.renewalDaysRule': 'on day {a} and day {b} of each month (your choice)',
  'manager.renewalBiweeklyRule': 'every two weeks from {date} (your choice)',
  // Said on paper too, where the choice below is not printed: nothing here may point to it.
  'manager.renewalNotSet': 'no days chosen yet',
  'manager.renewalSameDay': 'Choose two different days: day {day} twice is once a month.',
  'manager.notSaved': 'Not saved.',
  'manager.weekStart': 'Weeks start on',
  'manager.monday': 'Monday',
  // After "Weeks start on: Not known here: …" (the settings unread), where the 1:1 agenda draws its weeks.
  'manager.weeksFromMonday': 'Weeks are shown from Monday.',
  'manager.sunday': 'Sunday',
  'manager.quarterStart': 'Quarters start in',
  'manager.quarterJan': 'January (Jan, Apr, Jul, Oct)',
  'manager.quarterFeb': 'February (Feb, May, Aug, Nov)',
  'manager.quarterMar': 'March (Mar, Jun, Sep, Dec)',
  'manager.settingsTitle': 'Where the handbook is silent: your choices',
  'manager.settingsWeek': 'The handbook does not say on which day a week starts (Monday unless you choose Sunday).',
  'manager.settingsQuarter': 'The handbook says “once per quarter” but not when quarters start.',
  'manager.startSession': 'Start a {review}',
  'manager.sessionOn': '{review}, {date}',
  'manager.sessionDate': 'Session date',
  'manager.finish': 'Finish review',
  'manager.reopen': 'Reopen',
  'manager.finished': 'Finished',
  'manager.inProgress': 'In progress',
  'manager.history': 'Earlier sessions',
  'manager.noHistory': 'No session yet.',
  'manager.noEarlier': 'No earlier session.',
  'manager.shownAbove': '(shown above)',
  'manager.open': 'Open',
  'manager.openSession': 'Open: {review}, {date}',
  'manager.close': 'Close',
  'manager.ticked': '{done} of {total} ticked',
  'manager.sessionFinished': 'Review finished and kept with its date.',
  'manager.finishEmptyTitle': 'No item is ticked. Finish anyway?',
  'manager.finishEmptyText':
    'A finished review is kept with its date and counts as done for its cadence, ticked or not. You can reopen it afterwards.',
  'manager.finishAnyway': 'Finish anyway',
  // team roster, 1:1s, IDP syncs, calls
  'manager.memberName': 'First name or initials',
  'manager.addMember': 'Add to team',
  'manager.nameBlank': 'A name needs more than spaces. Not added.',
  'manager.noTeam': 'No one yet. Add your team members to track their weekly 1:1s and quarterly IDP syncs.',
  'manager.oneOnOne': 'Weekly 1:1 (45-60 minutes)',
  'manager.idpSync': 'Quarterly 1-hour IDP sync',
  'manager.logOneOnOneFor': '1:1 with {name} held today',
  'manager.logIdpFor': 'IDP sync with {name} held today',
  'manager.removeMember': 'Remove {name}',
  'manager.removeMemberTitle': 'Remove {name} from your team?',
  'manager.removeMemberText': {
    one: 'Their 1:1 and IDP sync history goes with them: {count} date logged in this browser. You can undo right after.',
    other:
      'Their 1:1 and IDP sync history goes with them: {count} dates logged in this browser. You can undo right after.',
  },
  'manager.removeMemberConfirm': 'Remove',
  // After the box's own words (manager.logOneOnOneFor, manager.logIdpFor): which cadence, and ticked or not.
  'manager.logged': '{what}: logged.',
  'manager.unlogged': '{what}: no longer logged.',
  'manager.callsTitle': 'Call reviews this week',
  'manager.callsAdd': 'Reviewed a call',
  'manager.callsRemove': 'Take one off',
  'manager.callsCount': { one: '1 call reviewed this week', other: '{count} calls reviewed this week' },
  // 1:1 agenda
  'manager.agendaDate': 'Week of',
  'manager.week.1': '1st week of {month} (the first full week of the month)',
  'manager.week.2': '2nd week of {month}',
  'manager.week.3': '3rd week of {month}',
  'manager.week.4': '4th week of {month}',
  'manager.fifthWeek': 'A 5th week after the 4th week of {month}: the handbook defines no agenda for it.',
  'manager.agendaName.1': '1st week',
  'manager.agendaName.2': '2nd week',
  'manager.agendaName.3': '3rd week',
  'manager.agendaName.4': '4th week',
  'manager.chooseAgenda': 'Agenda for this week (your choice)',
  'manager.noAgendaChoice': 'None',
  'manager.noAgenda': 'No agenda chosen for this week.',
  'manager.notedHeading': 'Other notes this week',
  'manager.carriedHeading': 'Carried over',
  'manager.carriedFrom': 'carried over from the week of {date}',
  'manager.earlierNote': 'Earlier:',
  'manager.notedFrom': 'From the {week}’s agenda, noted in the week of {date}.',
  'manager.carryHelp': 'An item with a note that is not ticked done carries over to the next weeks until it is ticked.',
  'manager.thisWeek': 'This week',
  'manager.previousWeek': 'Previous week',
  'manager.nextWeek': 'Next week',
  'manager.agendaWeeksKept': { one: '1 earlier week kept', other: '{count} earlier weeks kept' },
  // President's Club
  'manager.addCsm': 'Add a CSM',
  'manager.removeCsm': 'Remove {name} from the tally',
  // What the card's Remove shows: its name says whom (manager.removeCsm), the card's legend shows it.
  'manager.removeCsmShown': 'Remove',
  'manager.csmName': 'CSM (first name or initials)',
  'manager.csmTeam': 'Team',
  'manager.csmTotal': '{team} · Points: {points}',
  'manager.csmFigures': 'Name, team and figures',
  'manager.readingsTitle': 'Where the tally reads the handbook one way',
  'manager.netArr': 'Criterion 1: netARR of closed opps the CSM is assigned to',
  'manager.endingArr': 'Criterion 1: ending ARR managed by the CSM',
  'manager.colCsm': 'CSM',
  'manager.colTotal': 'Points',
  'manager.crit.net-arr': 'Net ARR contribution %',
  'manager.crit.ebr': 'EBRs %',
  'manager.crit.green-plans': 'Green success plans %',
  'manager.crit.adoption-plays': 'Adoption plays %',
  'manager.crit.workshops': 'Workshops',
  'manager.clearClub': 'Clear all…',
  'manager.clearClubConfirm': 'Clear all',
  'manager.clearClubTitle': 'Clear the whole tally?',
  'manager.clearClubText': 'Every CSM, figure and choice in the tally is removed. You can undo right after.',
  'manager.noCsms': 'No CSM yet. Add one per CSM on the team.',
  // The message of CSMs removed in another tab (club-told.ts, loaded then) could not come: named, as a part of the
  // page whose code cannot load is (IslandFailure.astro), with what the reader can still do.
  'manager.toldFailed':
    'CSMs were removed from the President’s Club tally in another tab or window, and the message naming them could not load. The rest of the tally is saved; to bring them back, use Undo in that tab.',
  'manager.gapsTitle': 'Where the handbook is silent or says two things',
  'manager.gap.categories':
    'It says “each of the 4 categories” but lists five criteria. Until you choose, all five are scored.',
  'manager.gap.lowerTie': 'It says how a tie for top place scores, not a tie for 2nd or 3rd place.',
  'manager.gap.afterTie':
    'It does not say what the next CSM scores after a tie (after two CSMs tie for 1st: 2nd place, 35, or 3rd place, 15).',
  'manager.categories.all-five': 'score all five criteria',
  'manager.categories.without-net-arr': 'leave out net ARR contribution',
  'manager.categories.without-ebr': 'leave out EBRs',
  'manager.categories.without-green-plans': 'leave out green success plans',
  'manager.categories.without-adoption-plays': 'leave out adoption plays',
  'manager.categories.without-workshops': 'leave out workshops',
  'manager.lowerTie.same-place': 'each tied CSM gets that place’s points',
  'manager.lowerTie.fifty-each': '50 points each (the tie condition read for every place)',
  'manager.lowerTie.share': 'the tied CSMs share the points of the places they take',
  'manager.afterTie.next-place': 'the next CSM takes the next place (35 after a tie for 1st)',
  'manager.afterTie.count-csms': 'places count the CSMs above (15 after two tie for 1st)',
  'manager.choiceCategories': 'Categories (your choice): {choice}.',
  'manager.choiceCategoriesDefault': 'Categories (not chosen yet): all five criteria are scored.',
  'manager.choiceLowerTie': 'Ties for 2nd or 3rd place (your choice): {choice}.',
  'manager.choiceAfterTie': 'After a tie (your choice): {choice}.',
  'manager.pendingChoice': 'Some points wait for your choice above: they are not counted until you choose.',
  'manager.resultTitle': 'Final tally: top CSMs per team by points',
  'manager.workingTitle': 'Working, per category',
  'manager.workingCaption': '{criterion}, {team}',
  'manager.noTeamName': '(no team)',
  'manager.why.place': 'place {place}',
  'manager.why.tie-top': 'tie for top place: 50 each',
  'manager.why.hundred': 'several at 100 %: 50 each',
  'manager.why.tie-same': 'tie for place {place}: that place’s points (your choice)',
  'manager.why.tie-fifty': 'tie for place {place}: 50 each (your choice)',
  'manager.why.tie-share': 'tie for place {place}: places shared (your choice)',
  'manager.why.after-top-three': 'after the top three: no points',
  'manager.why.zero': 'scored 0 or less: no points',
  'manager.figure.not-a-number': 'Digits only, as 1,500,000: no currency sign, % or letters such as M. Not saved.',
  'manager.figure.negative': 'This figure is 0 or more. Not saved.',
  'manager.figure.percent-range': 'A percentage is between 0 and 100. Not saved.',
  'manager.figure.whole-number': 'A count is a whole number, 0 or more. Not saved.',
  'manager.figure.too-large': 'This figure is too large to be real. Not saved.',
  'manager.why.missing': 'not entered',
  'manager.why.ending-zero': 'ending ARR is 0: no contribution to work out, no points',
  'manager.why.pending': 'needs your choice',
  'manager.why.to-fix': 'a figure to fix',
} as const;

export type ManagerUiKey = keyof typeof managerUi;

/** The id of the page's JSON copy of `managerUi`. */
export const MANAGER_UI_ELEMENT_ID = 'manager-ui-strings';

/**
 * In the browser, the page's copy of `managerUi` (ManagerUiStrings.astro), which src/browser/manager-ui-page.ts
 * copies in as the toolkit's code loads; empty on a page without one (lookups then show their keys).
 */
export const managerUiInPage = {} as typeof managerUi;

/*
 * Looks up a manager toolkit string (see `translator`). In the browser build only the page's copy exists, so the
 * scripts carry none of the strings. This module does not read the page itself (src/browser/ does): the toolkit's
 * pure modules (src/lib/manager/) look their words up here, and tests/unit/layers.test.ts holds a dictionary they
 * import to their own rule, no DOM.
 */
export const mt = translator(import.meta.env.SSR ? managerUi : managerUiInPage);
