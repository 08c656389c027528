/**
 * The strings the islands and stores of every planner page share (storage
 * messages, shared controls, progress, roles). The program pages' own strings
 * are in checklist-ui.ts; other families have modules of their own: see
 * translator.ts for which and why.
 */
import { translator } from './translator.ts';

export const ui = {
  'link.external': '(external link)',
  'role.new-csm': 'New CSM',
  'role.manager': 'Manager',
  'role.buddy': 'Buddy',
  'role.intern': 'Intern',
  'role.mentor': 'Mentor',
  'role.everyone': 'Everyone',
  'planner.progress': '{done} of {total} done',
  'planner.progressLabel': 'Progress of {title}',
  'planner.sectionComplete': 'Section complete',
  // Twin of export-ui's export.notApplicable: said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.notApplicableCount': '{count} not applicable',
  'planner.clearDate': 'Clear date',
  'planner.dateOutOfRange': 'That date was not used: pick a real date between {min} and {max}.',
  'planner.cancel': 'Cancel',
  'planner.loadFailed':
    'This part of the page could not load, so nothing was done. Check your connection and try again, or reload the page.',
  'planner.dismiss': 'Dismiss',
  'storage.unreadable':
    'The browser would not read some of your saved planner data. It is left untouched and nothing is written over it; reload the page to try again.',
  'storage.unreadableWrite':
    'Not saved: the browser would not read what is stored for this item, so nothing is written over it. Reload the page to try again.',
  'storage.cleared':
    'Your progress was cleared in another tab or window, and here too, with any note you were writing.',
  // Beside the words of Reset all told, whose end it shares: gzip stores that end once.
  'storage.resetThere': '{title} was reset in another tab or window, with any note you were writing.',
  'storage.fullNow': 'Storage is full: your last change is shown but could not be saved in this browser.',
  'storage.roomAgain': 'Saved: there is room again and all your changes are stored.',
  'planner.undo': 'Undo',
  // Limits, undo and focus in the plan builder (the length counter is shared with checklist notes).
  'limit.count': '{count} / {max}',
  'limit.countLabel': '{count} of {max} characters',
  'limit.reached': '{field} is full at {max} characters: nothing past that is kept.',
  // A paste the field cut to fit, with how much it left out: worded so that one and many read alike ("1 left out",
  // "1,500 left out"), with no plural forms to carry on every planner page.
  'limit.cut': '{field} is full at {max} characters: nothing past that is kept ({count} left out).',
  // ---- reading and checklists : add this feature's strings below this line ----
  // Twin of export-ui's export.progressFor: said alike (tests/unit/i18n.test.ts, TWINS).
  'planner.progressFor': '{role}: {done} of {total} done',
  'planner.progressForLabel': 'Progress of {title}, {role}',
  // Strings only the program pages and My progress show are in checklist-store-ui.ts, which both load with the
  // checklists' store, and My progress's own in progress-ui.ts: here they weighed on the plan builder, the ladder and
  // the manager toolkit too (December 7, late night, 69 bytes gzip on each).
  // No store's own messages are here: the checklists', the manager toolkit's, the career ladder's and the plans'
  // are in checklist-store-ui.ts, manager-store-ui.ts, ladder-store-ui.ts and plan-store-ui.ts, each bundled
  // with its store only (see translator.ts).
} as const;

/** Looks up a string of `ui` (see `translator`). */
export const t = translator(ui);
