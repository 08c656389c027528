/**
 * What each of the site's own tools does, in the site's words, for search: a
 * tool's result shows its title, a "Site tool" tag and this sentence, never an
 * excerpt (a tool's screen is the site's, not the handbook's text, and is not
 * indexed). Looked up with `stt` (lib/site-tools).
 *
 * Bundled with the search panel's code, which loads when search is opened,
 * rather than rendered into every page's HTML with the panel's other strings
 * (searchUi): they are needed only when a tool is among the results.
 */
export const siteToolUi = {
  'siteTool.cadences':
    'Shows which reviews, 1:1s, IDP syncs and call reviews are done, due or overdue, from those you log.',
  'siteTool.team': 'Lists your team by first name and logs each person’s weekly 1:1 and quarterly IDP sync.',
  'siteTool.calls': 'Counts the calls you review each week, against the handbook’s 1-2 per week.',
  'siteTool.review': 'Runs a session of this review: tick its items, note each one, and keep it with its date.',
  'siteTool.agenda': 'Shows the agenda of the week’s 1:1, to tick and note; what is left open carries over.',
  'siteTool.club': 'Counts each CSM’s President’s Club points and places within their team, from their figures.',
  'siteTool.backup':
    'Downloads everything the planners keep in this browser as one file, and restores it here or in another browser.',
  'siteTool.compare': 'Sets two levels of the career ladder side by side, with what changes from one to the other.',
} as const;

/**
 * Looks up what a site tool does. A plain lookup rather than `translator`'s: these strings have no
 * placeholders or plural forms, and `translator` lives in the planners' shared file (src/build/chunk-groups.ts),
 * which opening search would then fetch (36.5 KB).
 */
export const stt = (key: keyof typeof siteToolUi): string => siteToolUi[key];
