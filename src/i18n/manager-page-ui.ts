import { translator } from './translator';

/**
 * The manager toolkit's words that never change on the page (each panel's
 * label, title, introduction and notes), rendered once as HTML around the
 * islands (src/components/content/ManagerTool.astro): build-time only, so
 * they never ship as JavaScript. Looked up with `mpt`.
 */
export const managerPageUi = {
  'manager.siteTool': 'Site tool',
  // Each tool as the notice names it when its code cannot load (IslandFailure.astro's `part`): "… could not load".
  'manager.duePart': 'The list of what is due',
  'manager.teamPart': 'Your team’s 1:1s, IDP syncs and call reviews',
  'manager.sessionPart': 'The {review} sessions',
  // Twin of manager.agendaTitle, manager-week-ui's manager.weekAgendaTitle:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.agendaPart': 'This week’s 1:1 agenda',
  'manager.clubPart': 'The President’s Club tally',
  'manager.noScript':
    'This tool needs JavaScript, which is off in this browser. The handbook’s text around it is all here, to read and print.',
  'manager.dueTitle': 'What is due',
  'manager.dueIntro':
    'From the review sessions you finish and the call reviews you count in Your team, above, where each team member’s 1:1 and IDP sync show their own status.',
  // The site's rule for the states (src/lib/manager/cadence.ts): the handbook gives cadences, not when one is late.
  'manager.dueRule':
    'A row reads Done when it was done in its current period (a calendar month, a week, or a period of your renewal days), Due when it is not done yet in this period but was done in the one before (or never has been), and Overdue when it was done in neither; “due since” is the first day of the first period it was not done in.',
  'manager.staysHere':
    'Everything you enter here stays in this browser only, like your checklists, and is in the My progress backup.',
  'manager.cadenceIcs':
    'The calendar has one recurring all-day event per cadence (the handbook gives no times): Triage and Health monthly, Renewal Review on the days you choose (left out until you choose them), call reviews weekly, and each team member’s weekly 1:1 and quarterly IDP sync.',
  'manager.teamTitle': 'Your team: 1:1s and IDP syncs',
  'manager.teamPrivacy': 'First names or initials only: the names stay in this browser and are never sent anywhere.',
  'manager.sessionTitle': '{review} sessions',
  // Twin of manager.agendaPart, manager-week-ui's manager.weekAgendaTitle: said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.agendaTitle': 'This week’s 1:1 agenda',
  'manager.agendaIntro':
    'The agenda for your weekly 1:1 with your director or vice president, as this section says: “{whose}”',
  'manager.agendaAlso':
    'The handbook names this cadence once more, for the 1:1s you hold with your CSMs (its responsibilities table, Account Reviews in 1:1s): “{alsoFor}”. The agenda here is the same whichever 1:1 you use it for.',
  'manager.agendaIcs':
    'The calendar has the next 13 weeks: each agenda as a monthly series on its week (all-day, on the week’s first day), with its items in the description.',
  // Twin of export-ui's manager.mdClubTitle, club-card-ui's clubCard.title:
  // said alike (tests/unit/i18n.test.ts, TWINS).
  'manager.clubTitle': 'President’s Club tally',
  'manager.clubIntro':
    'Enter each CSM’s figures and team. Points follow the handbook’s scoring process and conditions; the working is shown under the table, and what the tally does where the handbook is silent (counting places within each team, for one) is said with its choices.',
} as const;

/** Looks up a manager page string (see `translator`). */
export const mpt = translator(managerPageUi);
