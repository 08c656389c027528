import { translator } from './translator.ts';

/**
 * Strings of what is rendered at build time only (site chrome, navigation,
 * home, footer, 404, seed notes, the design page): never in a bundle.
 */
export const pageUi = {
  'site.name': 'CSM Handbook',
  'site.description':
    'A fast, accessible handbook for Customer Success Management teams: job family, onboarding, internship, aspiring leaders and the CSM manager handbook.',
  'skip.toContent': 'Skip to content',
  'table.label': 'Table',
  'video.watch': 'Watch the video (opens YouTube)',
  // Where the page lists a checklist task whose words another task has too: said after its words, to screen readers only.
  'task.place': '({section})',
  'task.placeUnder': '({section}, {under})',
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
  // A checklist's task controls' names start with these; the last describes a task's box marked not applicable
  // (components/content/TaskLabelWords.astro, written by the build beside each list).
  'planner.noteButtonFor': 'Note for:',
  'planner.noteFor': 'Your note for:',
  'planner.naFor': 'N/A, not applicable:',
  'planner.naMarked': 'Marked not applicable.',
  'theme.label': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'frame.notice':
    'This page is shown inside another site’s frame. To protect your data, the planners are turned off here.',
  'frame.open': 'Open this page on its own',
  'nav.myProgress': 'My progress',
  'nav.planBuilder': '30-60-90 plan',
  // Twin of export-ui's ladder.md.ladder, ladder-page-ui's ladder.pageTitle, progress-ui's progressPage.ladderTitle:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'nav.careerLadder': 'Career ladder',
  'home.plannersHeading': 'Planners',
  'home.plannersText':
    'Tick the onboarding, internship and aspiring leaders checklists on their pages, draft a 30-60-90 day plan and compare levels on the career ladder; see everything together on My progress.',
  'footer.credit':
    'Handbook text from the GitLab handbook, © GitLab Inc. and contributors, used under the Creative Commons Attribution-ShareAlike 4.0 licence.',
  'footer.handbook': 'GitLab handbook',
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
  'toc.contentsLink': 'Contents',
  'page.backToTop': 'Back to top',
  // ---- seed shape : add this feature's strings below this line ----
  'seed.siteNote': 'From this site',
  'seed.siteNoteAbout': 'From this site: {about}',
  'seed.sourceSection': 'the section of the GitLab handbook this page comes from',
  'seed.sourceNotRecorded': '(the address of the original page was not recorded with its text)',
  // After the share done, which src/scripts/progress-marks.ts puts first: "45% done".
  'nav.badgePercent': '%',
  'nav.badgeDone': 'done',
  'toc.sectionDone': '(done)',
  'home.pathsHeading': 'What brings you here?',
  'home.pathsLead': 'Pick what fits: each path opens the right page at your part of it.',
  'home.path.newCsm': 'I am a new CSM',
  'home.path.newCsmText':
    'Your onboarding checklist, showing the new CSM’s part: the learning modules, then graduation; and your first 90 days as a plan.',
  'home.path.newCsmPlan': 'Plan my first 90 days',
  'home.path.intern': 'I am starting an internship',
  'home.path.internText': 'The 12-week internship plan: set your start date and each week shows its dates.',
  'home.path.mentor': 'I mentor an intern',
  'home.path.mentorText':
    'What the internship expects of a mentor, and the intern’s 12 weeks you guide; your own few tasks are marked “Mentor”.',
  'home.path.promotion': 'I am thinking about promotion',
  'home.path.promotionText':
    'The career ladder: compare your level with the next, rate yourself with evidence, and draft your promotion document.',
  'home.path.leader': 'I want to lead a CSM team',
  'home.path.leaderText': 'The aspiring leaders program, and a mock 30-60-90 plan for the interview.',
  'home.path.leaderPlan': 'Draft the mock plan',
  'home.path.manager': 'I am a new CSM manager',
  'home.path.managerText': 'The manager handbook, and your own first 90 days as a plan.',
  'home.path.managerPlan': 'Start my 30-60-90 plan',
  'home.continueHeading': 'Continue where you left off',
  // After the share done in the continue card's ring, which its script writes first.
  'home.continuePercent': '%',
  // Twin of progress-ui's dashboard.nextIn: said alike (tests/unit/i18n.test.ts, TWINS).
  'home.continueSection': 'Next, in {section}:',
  // Twin of progress-ui's dashboard.now: said alike (tests/unit/i18n.test.ts, TWINS).
  'home.continueNow': 'Now: {block} ({range})',
  // Twin of progress-ui's dashboard.since: said alike (tests/unit/i18n.test.ts, TWINS).
  'home.continueSince': 'since {date}',
  'home.continueDone': 'Everything is done. Well done!',
  // {part} names what failed where a page has several parts (IslandFailure.astro's `part`), as My progress names
  // its cards (progress-ui.ts, manager-week-ui.ts); otherwise it is island.thisPart.
  'island.failed':
    '{part} could not load or stopped working (you may be offline, or the site has just been updated), so it cannot be used now. Nothing is lost: your progress stays in this browser. Reload the page to try again.',
  'island.thisPart': 'This part of the page',
  'design.title': 'Design system',
  'design.lead': 'Every control and component of the site, in both themes. Not linked from the navigation.',
  // The plan builder's and My progress's headings, leads and no-script notes, and their cards on the home page.
  'plan.pageTitle': '30-60-90 day plan builder',
  'plan.pageDescription':
    'Draft a 30-60-90 day plan for a new role or the CSM manager interview, and take it out as Markdown, a printout or a calendar.',
  'plan.lead':
    'Draft the plan the CSM manager interview asks for, or the real one for your first quarter in a new role. It saves as you type, stays in this browser only, and comes out as Markdown, a clean printout, calendar events or a file to restore it from.',
  'plan.noScript': 'The plan builder needs JavaScript. The handbook pages it draws on work without it.',
  'progressPage.title': 'My progress',
  'progressPage.description': 'Your progress in every program, what is next, and a backup of all your planner data.',
  'progressPage.lead':
    'Your progress in every program and what comes next. Everything here is stored only in this browser, on this device: no account, no server. Download a backup to keep it safe, and restore it here or in another browser.',
  'progressPage.noScript':
    'Planners need JavaScript: the handbook pages list every task as text, so you can still read and print them.',
} as const;

export type PageUiKey = keyof typeof pageUi;

/** Looks up a build-time page string (see `translator`). */
export const pageT = translator(pageUi);

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
  // The kinds a result is narrowed by (src/lib/search-filters.ts): Pagefind's filter values and the chips' words.
  'search.kind.page': 'Handbook page',
  'search.kind.program': 'Program',
  'search.kind.planner': 'Planner',
  'search.results': 'Search results',
  'search.loading': 'Loading search…',
  'search.count': '{results} on {pages} for “{query}”',
  'search.countMore': '{results} on {pages} for “{query}”, and more pages to show',
  'search.resultCount': '{count} results',
  'search.resultCountOne': '1 result',
  'search.pageCount': '{count} pages',
  'search.pageCountOne': '1 page',
  'search.corrected': 'Nothing matches “{query}”. Showing {results} on {pages} for “{corrected}”.',
  'search.some': 'No result has every word of “{query}”. Showing {results} on {pages} with some of them.',
  'search.correctedSome':
    'Nothing matches “{query}”, and no result has every word of “{corrected}”. Showing {results} on {pages} with some of them.',
  'search.lacking': 'No page has {words}. {status}',
  'search.lackingWord': '“{word}”',
  'search.lackingJoin': ', ',
  'search.none': 'No results for “{query}”. Try other words, or fewer filters.',
  'search.task': 'Task',
  'search.siteTool': 'Site tool',
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
    'Search could not be loaded (you may be offline, or the site has just been updated). Type again in a moment, or reload the page. Search also needs JavaScript and the site served over http(s), not opened as a file.',
  'search.hint':
    'Type to search. Use the arrow keys to move through results and Enter to open one. With the box empty, your recent searches and opened results are listed.',
  'search.pageTitle': 'Search',
  'search.pageDescription': 'Search every handbook page and planner task.',
  'search.noScript': 'Search needs JavaScript. Every page is listed on the home page and in the navigation.',
} as const;

/** Looks up a search panel string (see `translator`). */
export const searchT = translator(searchUi);
