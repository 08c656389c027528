/**
 * Every UI string of the site, flat with dotted keys, so wording lives in one
 * place. Client scripts receive the strings they need through data attributes.
 */
import { fill } from './fill';

export const ui = {
  'site.name': 'CSM Handbook',
  'site.description':
    'A fast, accessible handbook for Customer Success Management teams: job family, onboarding, internship, aspiring leaders and the CSM manager handbook.',
  'skip.toContent': 'Skip to content',
  'link.external': '(external link)',
  'table.label': 'Table',
  'video.watch': 'Watch the video (opens YouTube)',
  'nav.label': 'Handbook',
  'nav.menu': 'Menu',
  'nav.group.role': 'The CSM role',
  'nav.group.programs': 'Programs',
  'nav.group.leadership': 'Leadership',
  'nav.home': 'Home',
  'nav.groupPages': 'Open this section ({count} pages)',
  'home.morePages': 'and {count} more pages in this section',
  'breadcrumbs.label': 'Breadcrumbs',
  'toc.label': 'On this page',
  'toc.overview': 'Overview',
  'pagination.label': 'More pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'page.lastUpdated': 'Last updated',
  'page.source': 'Source',
  'page.sourceLink': 'this page in the GitLab handbook',
  'heading.anchor': 'Link to this section:',
  'theme.label': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'role.new-csm': 'New CSM',
  'role.manager': 'Manager',
  'role.buddy': 'Buddy',
  'role.intern': 'Intern',
  'role.mentor': 'Mentor',
  'role.everyone': 'Everyone',
  'export.progress': 'Progress: {done} of {total} done',
  'export.notApplicable': '{count} not applicable',
  'export.startDate': 'Start date: {date}',
  'export.note': 'Note:',
  'planner.progress': '{done} of {total} done',
  'planner.progressLabel': 'Progress of {title}',
  'planner.sectionComplete': 'Section complete',
  'planner.programComplete': 'Program complete: well done!',
  'planner.notApplicableCount': '{count} not applicable',
  'planner.thisWeek': 'This week',
  'planner.thisMonth': 'This month',
  'planner.noteButton': 'Note',
  'planner.noteButtonFor': 'Note for:',
  'planner.noteLabel': 'Your note',
  'planner.noteFor': 'Your note for:',
  'planner.yourNote': 'Your note:',
  'planner.lockedTask': 'Saved by a newer version of this site: shown, not changed here.',
  'planner.hiddenForRole': 'This list is for the {role}; you are viewing the part of the {viewer}.',
  'planner.showAnyway': 'Show it anyway',
  'planner.panelTitle': 'Your checklist',
  'planner.panelIntro': 'Tick tasks as you go: your progress is kept in this browser only.',
  'planner.next': 'Next open task:',
  'planner.nextFallback': 'go to it',
  'planner.allDone': 'Nothing left to do.',
  'planner.startDate': 'Start date',
  'planner.startDateHelpWeeks': 'Each week then shows its dates, and the current week stands out.',
  'planner.startDateHelpMonths': 'Months 1, 2 and 3 then show their dates.',
  'planner.clearDate': 'Clear date',
  'planner.notStarted': 'Starts on {date} ({days} days from today).',
  'planner.currentWeek': 'Now: week {week} of {weeks} ({range}).',
  'planner.currentMonth': 'Now: month {month} ({range}).',
  'planner.beyondMonths': 'Now: beyond month 3 (since {date}).',
  'planner.finished': 'The {weeks} weeks ended on {date}.',
  'planner.jumpToWeek': 'Go to week {week}',
  'planner.jumpToMonth': 'Go to month {month}',
  'planner.roleLegend': 'Show tasks for',
  'planner.exportTitle': 'Take it to GitLab',
  'planner.copyMarkdown': 'Copy as Markdown',
  'planner.downloadMarkdown': 'Download .md',
  'planner.copied': 'Copied the task list: paste it into your issue.',
  'planner.copyFailed': 'Could not copy: the task list is shown below, select it and copy it.',
  'planner.downloaded': 'Downloaded {file}.',
  'planner.exportUnavailable':
    'Could not prepare the export: part of the page did not load. Check your connection and try again.',
  'planner.reset': 'Reset…',
  'planner.resetTitle': 'Reset {title}?',
  'planner.resetText':
    'This clears your ticks, notes and settings for this program in this browser. You can undo it right after.',
  'planner.resetConfirm': 'Reset',
  'planner.cancel': 'Cancel',
  'planner.dismiss': 'Dismiss',
  'storage.unavailable':
    'Your progress is not being saved in this browser (storage is blocked, for example in private browsing). Everything works until you close this page.',
  'storage.full': {
    one: 'The browser’s storage is full: 1 change is shown but not saved yet. Free some space (for example clear other sites’ data), then try again.',
    other:
      'The browser’s storage is full: {count} changes are shown but not saved yet. Free some space (for example clear other sites’ data), then try again.',
  },
  'storage.retry': 'Try saving again',
  'storage.recovered':
    'Some saved planner data could not be read. It was kept aside unchanged (under a key starting with “csm-handbook:recovered:”) and the rest of your progress is here. A backup from the My progress page includes everything that could be read.',
  'storage.newer':
    'Some of your progress was saved by a newer version of this site. It is kept unchanged; open the newest version of the site to work with it.',
  'storage.unreadable':
    'The browser would not read some of your saved planner data. It is left untouched and nothing is written over it; reload the page to try again.',
  'storage.unreadableWrite':
    'Not saved: the browser would not read what is stored for this item, so nothing is written over it. Reload the page to try again.',
  'storage.cleared':
    'This site’s data was cleared in another tab or window: what you see here is no longer stored. Your next change is saved afresh.',
  'storage.fullNow': 'Storage is full: your last change is shown but could not be saved in this browser.',
  'storage.roomAgain': 'Saved: there is room again and all your changes are stored.',
  'storage.invalidWrite': 'Not saved: this change does not fit what can be stored ({reason}). It is still on screen.',
  'storage.lockedTask': 'This task was saved by a newer version of the site and cannot be changed here.',
  'storage.lockedProgram': 'These settings were saved by a newer version of the site and cannot be changed here.',
  'storage.lockedMeta': 'Your backup details were saved by a newer version of the site and are left as they are.',
  'storage.lockedPlan': 'This plan was saved by a newer version of the site and cannot be changed here.',
  'planner.undo': 'Undo',
  'planner.dateOutOfRange': 'That date was not used: pick a real date between {min} and {max}.',
  'planner.resetDone': '{title} was reset.',
  'planner.resetKeptNewer': {
    one: '{title} was reset; 1 task saved by a newer version of the site was left as it is.',
    other: '{title} was reset; {count} tasks saved by a newer version of the site were left as they are.',
  },
  'planner.undone': '{title} is back as it was.',
  'planner.undoneKept': {
    one: '{title} is back, except 1 item changed since the reset, which keeps its newer state.',
    other: '{title} is back, except {count} items changed since the reset, which keep their newer state.',
  },
  'plan.lostEdits': {
    one: 'Another tab changed the same text at the same moment; its text was kept in both tabs. Yours is not lost:',
    other:
      'Another tab changed the same text at the same moment ({count} fields); its text was kept in both tabs. Yours is not lost:',
  },
  'plan.putBackMine': 'Put mine back',
  'plan.copyMine': 'Copy mine',
  'plan.putBack': 'Your text is back.',
  'plan.copiedMine': 'Copied your text.',
  'plan.copyMineFailed': 'Could not copy your text: use Put mine back instead.',
  'plan.created': 'New plan created.',
  'plan.duplicated': 'Duplicated as “{title}”.',
  'plan.deleted': 'Deleted “{title}”.',
  'plan.restored': '“{item}” is back.',
  'plan.none': 'You have no plan in this browser yet.',
  'frame.notice':
    'This page is shown inside another site’s frame. To protect your data, the planners are turned off here.',
  'frame.open': 'Open this page on its own',
  'nav.myProgress': 'My progress',
  'nav.planBuilder': '30-60-90 plan',
  'home.plannersHeading': 'Planners',
  'home.plannersText':
    'Tick the onboarding, internship and aspiring leaders checklists on their pages; see everything together on My progress.',
  'plan.pageTitle': '30-60-90 day plan builder',
  'plan.pageDescription':
    'Draft a 30-60-90 day plan for a new role or the CSM manager interview, and take it out as Markdown, a printout or a calendar.',
  'plan.lead':
    'Draft the plan the CSM manager interview asks for, or the real one for your first quarter in a new role. It saves as you type, stays in this browser only, and comes out as Markdown, a clean printout or calendar events.',
  'plan.noScript': 'The plan builder needs JavaScript. The handbook pages it draws on work without it.',
  'plan.loading': 'Opening your plans…',
  'plan.untitled': 'Untitled plan',
  'plan.yourPlans': 'Your plans',
  'plan.new': 'New plan',
  'plan.duplicate': 'Duplicate',
  'plan.delete': 'Delete…',
  'plan.deleteTitle': 'Delete “{title}”?',
  'plan.deleteText': 'The plan is removed from this browser. You can undo it right after.',
  'plan.deleteConfirm': 'Delete',
  'plan.details': 'About this plan',
  'plan.title': 'Title',
  'plan.role': 'Role it is for',
  'plan.startDate': 'Start date (day 1)',
  'plan.reviewers': 'Reviewed by (manager, mentor)',
  'plan.context': 'Context',
  'plan.saved': 'Saved',
  'plan.saving': 'Saving…',
  'plan.notSaved': 'Not saved',
  'plan.theme': 'Theme',
  'plan.goals': 'Goals',
  'plan.goal': 'Goal',
  'plan.goalN': 'Goal {n}',
  'plan.category': 'Category',
  'plan.measure': 'How success is measured',
  'plan.addGoal': 'Add a goal',
  'plan.removeGoal': 'Remove goal',
  'plan.moveUp': 'Move up',
  'plan.moveDown': 'Move down',
  'plan.actions': 'Actions',
  'plan.action': 'Action',
  'plan.owner': 'Owner',
  'plan.dueDay': 'Due day',
  'plan.dueDate': 'Due date',
  'plan.status': 'Status',
  'plan.addAction': 'Add an action',
  'plan.removeAction': 'Remove action',
  'plan.overdue': 'Overdue',
  'plan.dueOn': 'Due {date}',
  'plan.people': 'People to meet',
  'plan.person': 'Name',
  'plan.why': 'Why',
  'plan.byDay': 'By day',
  'plan.met': 'Met',
  'plan.addPerson': 'Add a person',
  'plan.removePerson': 'Remove person',
  'plan.review': 'End-of-phase review',
  'plan.reviewHappened': 'What happened',
  'plan.reviewWhy': 'Why',
  'plan.reviewNext': 'What next',
  'plan.suggestions': 'Ideas from the handbook',
  'plan.suggestionsIntro': 'Add one, then make it your own; each links to its section.',
  'plan.addTo': 'Add to',
  'plan.addSuggestion': 'Add “{text}” to {phase}',
  'plan.source': 'Source: {label}',
  'plan.asGoal': 'goal',
  'plan.asAction': 'action',
  'plan.export': 'Take it out',
  'plan.copyMarkdown': 'Copy as Markdown',
  'plan.downloadMarkdown': 'Download .md',
  'plan.print': 'Print or save as PDF',
  'plan.downloadIcs': 'Download calendar (.ics)',
  'plan.icsNeedsDates': 'Add a start date or action dates to get calendar events.',
  'plan.icsFailed': 'Could not make the calendar file. {error}',
  'plan.copied': 'Copied the plan as Markdown.',
  'plan.copyFailed': 'Could not copy: the Markdown is shown below, select it and copy it.',
  'plan.downloaded': 'Downloaded {file}.',
  'plan.actionsFor': 'Actions for {goal}',
  // Limits, undo and focus in the plan builder (the length counter is shared with checklist notes).
  'limit.count': '{count} / {max}',
  'limit.countLabel': '{count} of {max} characters',
  'limit.reached': '{field} is full: {max} characters at most.',
  'plan.goalsFull': '{phase} has {max} goals, the most a phase can hold. Remove one to add another.',
  'plan.actionsFull': '“{goal}” has {max} actions, the most a goal can hold. Remove one to add another.',
  'plan.peopleFull': '{phase} has {max} people to meet, the most a phase can hold. Remove one to add another.',
  'plan.removed': 'Removed “{item}”.',
  'plan.notRestored': 'Could not put “{item}” back: its list is full or its goal was removed.',
  'plan.actionN': 'Action {n}',
  'plan.personN': 'Name {n}',
  'footer.credit':
    'Handbook text from the GitLab handbook, © GitLab Inc. and contributors, used under the Creative Commons Attribution-ShareAlike 4.0 licence.',
  'footer.license': 'CC BY-SA 4.0',
  'footer.privacy': 'Planner data stays in this browser: there is no account, no server and no tracking.',
  'home.title': 'Customer Success Management handbook',
  'home.lead':
    'Everything a Customer Success Manager needs to grow in the role: what each level does, how onboarding works, the internship plan, the path to management and the manager’s field guide.',
  'home.pagesHeading': 'Handbook pages',
  'home.dataHeading': 'Your data stays in this browser',
  'home.dataText':
    'Anything you tick or write in the planners is kept only in this browser, on this device. Nothing is sent anywhere: there is no account, no server and no tracking.',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
  // ---- reading and checklists : add this feature's strings below this line ----
  'planner.progressFor': '{role}: {done} of {total} done',
  'planner.progressForLabel': 'Progress of {title}, {role}',
  'planner.exportEveryone': "Export everyone's tasks",
  'planner.hideDone': 'Hide finished tasks',
  'planner.hiddenDone': { one: '{count} finished task hidden', other: '{count} finished tasks hidden' },
  'planner.sectionDone': 'Done: {title}',
  'planner.sectionDoneCount': '{done} of {total}',
  'planner.naShort': 'N/A',
  'planner.naFor': 'N/A, not applicable:',
  'export.progressFor': '{role}: {done} of {total} done',
  'export.lensNote': "Only the {role}'s tasks; the other roles' tasks are left out.",
  'toc.contentsLink': 'Contents',
  'page.backToTop': 'Back to top',
  // ---- design, home and dashboard : add this feature's strings below this line ----
  'celebrate.section': 'Finished: {section}. Well done!',
  'celebrate.program': 'You finished {title}. Well done!',
  'celebrate.next.internship': 'Next: CSM Onboarding',
  'celebrate.next.onboarding': 'Next: the aspiring leaders program',
  'celebrate.next.aspiringLeaders': 'Next: draft a mock 30-60-90 plan',
  'progress.percent': '{percent}%',
  'progress.done': 'Done',
  // ---- plan builder (keys 'plan.*'): add this feature's strings below this line ----
  'plan.ideasFor': 'For',
  'plan.ideasKind': 'Kind',
  'plan.ideasAnyone': 'Anyone',
  'plan.ideasAllKinds': 'All kinds',
  'plan.audience.manager': 'New manager',
  'plan.audience.aspiring-leader': 'Aspiring leader',
  'plan.audience.new-csm': 'New CSM',
  'plan.kind.goal': 'Goals',
  'plan.kind.action': 'Actions',
  'plan.kind.person': 'People to meet',
  'plan.asPerson': 'person',
  'plan.bestPhase': 'The phase each fits best',
  'plan.ideasCount': { one: '1 idea', other: '{count} ideas' },
  'plan.added': 'Added ✓',
  'plan.goToIt': 'Go to it',
  'plan.ideasButton': 'Add from the handbook',
  'plan.fromHandbook': 'From the handbook: {label}',
  'plan.printedOn': 'Printed {date}',
  'plan.reviewedBy': 'Reviewed by',
  'plan.weeklyCheckIn': 'Add a weekly check-in (13 weeks from day 5)',
  'plan.viewEdit': 'Edit',
  'plan.viewTimeline': 'Timeline',
  'plan.views': 'View',
  'plan.share': 'Share for review',
  'plan.shareButton': 'Copy a review link',
  'plan.shareNote':
    'The plan travels inside the link: anyone with the link can read it, wherever it is pasted (chat, e-mail) and in browser history. This site never receives it: browsers do not send the part after # to a server.',
  // ---- manager toolkit (keys 'manager.*'): add this feature's strings below this line ----
  // The toolkit's store messages and My progress's restore line (the rest: src/i18n/manager-ui.ts).
  'manager.locked':
    'This manager toolkit record was saved by a newer version of the site, so it is shown but not changed here.',
  'manager.restoreRecords': {
    one: '1 manager toolkit record changes (review sessions, 1:1 weeks, team, tally)',
    other: '{count} manager toolkit records change (review sessions, 1:1 weeks, team, tally)',
  },
  'manager.sessionDeleted': 'Session deleted.',
  'manager.rosterFull': 'The team list is full ({max} people).',
  'manager.clubFull': 'The tally is full ({max} CSMs).',
  'manager.clubCleared': 'Tally cleared.',
  'manager.memberRemoved': '{name} removed from the team.',
  'manager.undone': 'Put back.',
  'manager.undoKept': 'Put back, except what changed since.',
  // (the toolkit's own strings are in src/i18n/manager-ui.ts: a module of their own, so only the toolkit's islands
  // and My progress load them; in `ui` every planner page would, as the islands bundle `ui` whole)
  // ---- career ladder (keys 'ladder.*'): add this feature's strings below this line ----
  // The ladder page's own strings are in src/i18n/ladder-ui.ts (bundled only there); these reach other pages (store, restore).
  'ladder.evidenceDeleted': 'Deleted “{title}” from your record.',
  'ladder.evidenceRestored': 'Put “{title}” back.',
  'ladder.evidenceFull': 'Your record holds {max} pieces of evidence, the most it can. Delete one to add another.',
  'ladder.evidenceFullItem': 'This item has {max} pieces of evidence, the most it can hold.',
  'ladder.lockedRecord':
    'This career ladder record was saved by a newer version of the site, so it is kept as it is and not changed here.',
  'ladder.restoreRecords': { one: '1 career ladder record changes', other: '{count} career ladder records change' },
  // ---- seed shape : add this feature's strings below this line ----
  'seed.siteNote': 'From this site',
  'seed.sourceSection': 'the section of the GitLab handbook this page comes from',
  'seed.sourceNotRecorded': '(the address of the original page was not recorded with its text)',
} as const;

export type UiKey = keyof typeof ui;

/** A string with forms for one and for other counts (English needs no more). */
export type PluralForms = { readonly one: string; readonly other: string };

const plural = new Intl.PluralRules('en');

type Dictionary = Readonly<Record<string, string | PluralForms>>;

/**
 * A lookup over one dictionary: finds a string and fills its `{name}`
 * placeholders. A string with plural forms picks its form by `values.count`
 * (Intl.PluralRules), so no message ever says "task(s)". One way for every
 * dictionary (`ui`, `searchUi`).
 */
export function translator<D extends Dictionary>(dictionary: D) {
  return (key: keyof D & string, values?: Record<string, string | number>): string => {
    const entry: string | PluralForms | undefined = dictionary[key];
    if (entry === undefined) return key;
    const text =
      typeof entry === 'string' ? entry : plural.select(Number(values?.count ?? 0)) === 'one' ? entry.one : entry.other;
    return fill(text, values);
  };
}

/** Looks up a UI string (see `translator`). */
export const t = translator(ui);

/**
 * The search panel's strings, beside `ui` rather than in it: the planner
 * islands bundle `ui` whole (an object's unused keys stay in), while these are
 * rendered into the page at build time and sent to the panel's script through
 * a data attribute. Kept apart, they weigh nothing on a planner page.
 */
export const searchUi = {
  'search.button': 'Search',
  'search.label': 'Search the handbook',
  'search.placeholder': 'Search pages and tasks',
  'search.close': 'Close search',
  'search.filters': 'Filter results',
  'search.kind': 'Kind',
  'search.audience': 'For',
  'search.results': 'Search results',
  'search.loading': 'Loading search…',
  'search.count': '{results} on {pages} for “{query}”',
  'search.countMore': '{results} on {pages} for “{query}”, and more pages to show',
  'search.resultCount': '{count} results',
  'search.resultCountOne': '1 result',
  'search.pageCount': '{count} pages',
  'search.pageCountOne': '1 page',
  'search.corrected': 'Nothing matches “{query}”. Showing {results} on {pages} for “{corrected}”.',
  'search.none': 'No results for “{query}”. Try other words, or fewer filters.',
  'search.task': 'Task',
  'search.more': 'Show more results',
  'search.recentSearches': 'Recent searches',
  'search.recentPages': 'Recently opened',
  'search.clearRecent': 'Clear',
  'search.clearRecentLabel': 'Clear recent searches',
  'search.recentCleared': 'Recent searches cleared.',
  'search.filtersToggle': 'Filters',
  'search.filtersToggleOn': 'Filters ({count} on)',
  'search.keyUp': '↑',
  'search.keyDown': '↓',
  'search.keyEnter': 'Enter',
  'search.keyEscape': 'Esc',
  'search.keysMove': 'to move',
  'search.keysOpen': 'to open',
  'search.keysClose': 'to close',
  'search.unavailable':
    'Search could not be loaded. It needs the site to be served over http(s) (it does not work from a file opened on disk) and JavaScript.',
  'search.hint':
    'Type to search. Use the arrow keys to move through results and Enter to open one. With the box empty, your recent searches and opened results are listed.',
  'search.pageTitle': 'Search',
  'search.pageDescription': 'Search every handbook page and planner task.',
  'search.noScript': 'Search needs JavaScript. Every page is listed on the home page and in the navigation.',
} as const;

export type SearchUiKey = keyof typeof searchUi;

/** Looks up a search panel string (see `translator`). */
export const searchT = translator(searchUi);

/**
 * Strings of the pages the design work added that are rendered at build time
 * only (home's paths and continue card, the navigation's progress marks, the
 * design page): beside `ui` rather than in it, for the reason given for
 * `searchUi`, so they weigh nothing in the planner islands.
 */
export const homeUi = {
  'nav.badgeDone': 'done',
  'toc.sectionDone': '(done)',
  'home.pathsHeading': 'What brings you here?',
  'home.pathsLead': 'Pick what fits: each path opens the right page with your part chosen.',
  'home.path.newCsm': 'I am a new CSM',
  'home.path.newCsmText': 'Your onboarding checklist, showing the new CSM’s part, month by month.',
  'home.path.intern': 'I am starting an internship',
  'home.path.internText': 'The 12-week internship plan: set your start date and each week shows its dates.',
  'home.path.mentor': 'I mentor an intern',
  'home.path.mentorText': 'What the internship expects of a mentor, and the mentor’s tasks week by week.',
  'home.path.leader': 'I want to lead a CSM team',
  'home.path.leaderText': 'The aspiring leaders program, and a mock 30-60-90 plan for the interview.',
  'home.path.leaderPlan': 'Draft the mock plan',
  'home.path.manager': 'I am a new CSM manager',
  'home.path.managerText': 'The manager handbook, and your own first 90 days as a plan.',
  'home.path.managerPlan': 'Start my 30-60-90 plan',
  'home.continueHeading': 'Continue where you left off',
  'home.continueNext': 'Next: {task}',
  'home.continueSection': 'in {section}',
  'home.continueNow': 'Now: {block}, {from} – {to}',
  'home.continueDone': 'Everything is done. Well done!',
  'design.title': 'Design system',
  'design.lead': 'Every control and component of the site, in both themes. Not linked from the navigation.',
} as const;

/** Looks up a string of `homeUi`. */
export const ht = translator(homeUi);
