import { translator } from './translator';

/**
 * The words of the manager toolkit's exports (Markdown for GitLab, .ics
 * calendars), in a module of their own: they load with the export code, on
 * demand, not with the toolkit's islands. Looked up with `xt`.
 */
export const managerExportUi = {
  'manager.mdFinished': 'Finished.',
  'manager.mdInProgress': 'In progress.',
  'manager.mdSource': 'Questions from the CSM Manager Handbook: {link}.',
  'manager.agendaHeading': '1:1 agenda, week of {date}',
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
  'manager.mdClubTitle': 'President’s Club tally',
} as const;

/** Looks up a manager export string (see `translator`). */
export const xt = translator(managerExportUi);
