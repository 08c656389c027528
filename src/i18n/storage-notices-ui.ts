import { translator } from './translator.ts';

/**
 * What the page says, in place, when the reader's data is not being saved as usual (StorageNoticeList.tsx):
 * loaded with those notices, which most visits never show, and what their "Try saving again" says when there is
 * still no room. What the storage session itself announces
 * (unreadable data, storage cleared in another tab, full and room again) stays in ui.ts.
 */
export const storageNoticesUi = {
  'storage.unavailable':
    'Your progress is not being saved in this browser (storage is blocked, for example in private browsing). Everything works until you close this page.',
  'storage.full': {
    one: 'The browser’s storage is full: 1 change is shown but not saved yet. Free some space (for example clear other sites’ data), then try again.',
    other:
      'The browser’s storage is full: {count} changes are shown but not saved yet. Free some space (for example clear other sites’ data), then try again.',
  },
  'storage.retry': 'Try saving again',
  /** Said in the page's message when "Try saving again" finds no more room than before. */
  'storage.stillFull': {
    one: 'Still no room: your change is shown but not saved yet. Free some space in this browser, then try again.',
    other:
      'Still no room: your {count} changes are shown but not saved yet. Free some space in this browser, then try again.',
  },
  'storage.recovered':
    'Some saved planner data could not be read. It was kept aside unchanged (under a key starting with “csm-handbook:recovered:”) and the rest of your progress is here. A backup from the My progress page includes everything that could be read.',
  'storage.newer':
    'Some of your progress was saved by a newer version of this site. It is kept unchanged; open the newest version of the site to work with it.',
} as const;

/** Looks up a string of `storageNoticesUi` (see `translator`). */
export const snt = translator(storageNoticesUi);
