import { translator } from './translator';

/**
 * The words of the exports that load on demand, with their code: the
 * checklists' Markdown, the manager toolkit's Markdown and calendars, the
 * plan's Markdown and calendar, the career ladder's promotion document. Not with the islands: a bundle keeps a
 * dictionary whole, and these are needed only after a click. Looked up with `xt`.
 */
export const exportUi = {
  'manager.mdFinished': 'Finished.',
  'manager.mdInProgress': 'In progress.',
  'manager.mdSource': 'From the CSM Manager Handbook: {link}.',
  'manager.agendaHeading': '1:1 agenda, week of {date}',
  'manager.agendaWhose':
    'For your weekly 1:1 with your director or vice president, the CSM Manager Handbook’s 1:1 cadence.',
  'manager.mdChosenAgenda': 'Agenda of the {week}, my choice.',
  'manager.mdClubSource':
    'Scored with the CSM Manager Handbook’s President’s Club rules: 1st, 2nd, 3rd place {points} points.',
  'manager.icsAgenda': '1:1 agenda: {week}',
  'manager.icsAgendaFifth': '1:1: a 5th week (no agenda in the handbook)',
  'manager.icsFifthWeek': 'The handbook defines agendas for the 1st to 4th week only. Choose one on the manager page.',
  'manager.icsTriage': 'Triage and Health Review (on at least a monthly basis)',
  'manager.icsRenewal': 'Renewal Review (at least twice-monthly)',
  'manager.icsCalls': 'Call reviews: 1-2 calls per week (total) from Chorus',
  'manager.icsOneOnOne': '1:1 with {name} (45-60 minutes)',
  'manager.icsIdp': 'IDP sync with {name} (1 hour, once per quarter)',
  // Twin of manager-page-ui's manager.clubTitle, club-card-ui's clubCard.title:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.mdClubTitle': 'President’s Club tally',
  'manager.colTeam': 'Team',
  // The checklists' Markdown (src/lib/export-markdown.ts); the note label, the manager toolkit's too.
  'export.progress': 'Progress: {done} of {total} done',
  // Twin of ui's planner.notApplicableCount: said alike (tests/unit/i18n.test.ts, TWINS).
  'export.notApplicable': '{count} not applicable',
  // Twin of checklist-store-ui's planner.unknownCount: said alike (tests/unit/i18n.test.ts, TWINS).
  'export.unknown': '{count} could not be read (kept as saved; the checklist says why)',
  // After a task not known here, in brackets: the page's words for it, shortened (checklist-ui.ts, planner.lockedTask).
  'export.newer': 'not known here: saved by a newer version of this site',
  'export.unread': 'not known here: what was saved for it could not be read',
  'export.startDate': 'Start date: {date}',
  // Twin of ui's planner.progressFor: said alike (tests/unit/i18n.test.ts, TWINS).
  'export.progressFor': '{role}: {done} of {total} done',
  'export.lensNote': "Only the {role}'s tasks; the other roles' tasks are left out.",
  'export.note': 'Note:',
  // The plan's Markdown (src/lib/plan-markdown.ts) and calendar (src/lib/plan-calendar.ts); the words they share
  // with the page (a goal, the people to meet, the review) are the plan builder's, in plan-ui.ts, and those it shares
  // with the timeline (a person to meet) in plan-views-ui.ts, which loads with the exports' code.
  'plan.md.untitled': '30-60-90 day plan',
  'plan.md.role': 'Role',
  'plan.md.startDate': 'Start date',
  'plan.md.notSet': 'not set',
  'plan.md.measure': 'Success measure',
  'plan.md.due': 'Due',
  'plan.md.inProgress': 'In progress',
  'plan.md.by': 'By',
  'plan.ics.open': 'Open the plan: {url}',
  'plan.ics.action': 'Plan action',
  'plan.ics.goal': '{plan} – {phase} – goal: {goal}',
  'plan.ics.person': '{plan} – {phase} – person to meet',
  'plan.ics.personWhy': '{plan} – {phase} – person to meet – why: {why}',
  'plan.ics.checkIn': '{plan} – weekly check-in',
  'plan.ics.checkInText': 'Review this week’s actions and people to meet, and plan the next week.',
  // The career ladder's promotion document (src/lib/ladder-markdown.ts).
  'ladder.md.title': 'Promotion document draft: {from} to {to}',
  // Said once the draft is copied (or could not be) or downloaded (PromotionExport.tsx): with the draft's code.
  'ladder.copied': 'Copied the promotion document draft as Markdown.',
  // Twin of plan-views-ui's plan.copyFailed, manager-ui's manager.copyFailed:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.copyFailed': 'Could not copy: the Markdown is shown below, select it and copy it.',
  // Twin of checklist-ui's planner.downloaded, plan-views-ui's plan.downloaded:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.downloaded': 'Downloaded {file}.',
  // First, as the handbook asks the document to lead with results; the quote is the seed's words, exactly.
  'ladder.md.leadsWithResults':
    'It leads with results, as the CSM Manager Handbook asks (“lead with the results the CSM has achieved, supported with links to content, issues, MRs, etc.”): what you have demonstrated, with its evidence and notes, comes first, then what is partly there, then the rest and the gaps for your growth plan.',
  'ladder.md.intro':
    'Drafted on {date} with the CSM Handbook career ladder, to build the promotion document with your manager.',
  'ladder.md.specialty': 'Specialty: {specialty}.',
  'ladder.md.progress': {
    one: 'Progress: {demonstrated} of 1 new item demonstrated, {partly} partly.',
    other: 'Progress: {demonstrated} of {count} new items demonstrated, {partly} partly.',
  },
  'ladder.md.nothingNew': '{to} has nothing new compared with this level.',
  'ladder.md.demonstrated': 'Demonstrated',
  'ladder.md.noneDemonstrated': 'Nothing is rated Demonstrated yet.',
  'ladder.md.partly': 'Partly there',
  'ladder.md.rest': 'Not yet shown',
  'ladder.md.responsibilities': 'Responsibilities new at {to}',
  'ladder.md.requirements': 'Requirements new at {to}',
  'ladder.md.indicators': 'Performance indicators new at {to}',
  'ladder.md.specialtyItems': 'Specialty items new at {to}',
  'ladder.md.evidence': 'Evidence:',
  'ladder.md.note': 'Note:',
  'ladder.md.family': 'The job family’s own, not counted as new',
  'ladder.md.familyIntro':
    'The job family page lists these for the whole family and does not say whether they apply at every level, so they are not counted as new and are not gaps.',
  'ladder.md.familyStated': '(the page states it under {levels} only)',
  'ladder.md.gaps': 'Gaps for the growth plan',
  'ladder.md.noGaps': 'None: every new item is demonstrated.',
  'ladder.md.source': 'Made with the',
  // The link's words after it: the ladder page's title (ladder-page-ui.ts), which the ladder's own code does not carry.
  // Twin of ladder-page-ui's ladder.pageTitle, progress-ui's progressPage.ladderTitle, page-ui's nav.careerLadder:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'ladder.md.ladder': 'Career ladder',
} as const;

export type ExportUiKey = keyof typeof exportUi;

/** Looks up an export string (see `translator`). */
// Values as they are: the files keep the reader's text as stored, with no invisible isolates for another app to show as boxes.
export const xt = translator(exportUi, String);
