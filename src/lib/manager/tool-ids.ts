/*
 * The ids of the manager tools' titles: the page links to them, search lands
 * on them (a tool is found by its title, src/components/content/ManagerTool.astro)
 * and says what each tool does by them (lib/site-tools). Apart from the
 * toolkit's data, so the search panel's code can name them without it.
 */

/** A panel's title, or the call counter's within the team panel. */
export const TOOL_TITLE_IDS = {
  cadences: 'manager-due-title',
  team: 'manager-team-title',
  calls: 'manager-calls-title',
  agenda: 'manager-agenda-title',
  club: 'manager-club-title',
} as const;

/** A review's sessions panel title: `review-renewal-title`. */
export const reviewTitleId = (review: string) => `review-${review}-title`;

/** Whether an id is a review sessions panel's title (any review's: the data is not needed to tell). */
export const isReviewTitleId = (id: string) => /^review-[a-z][a-z-]*-title$/.test(id);
