/*
 * The id of the title of the career ladder's comparison: search lands on it (the comparison is found by its title,
 * islands/ladder/ComparePanel.tsx, which writes it as a literal: imported there, this one constant became a file of
 * its own, shared by the ladder's code and the search panel's) and says what it does by it (lib/site-tools).
 * search-relevance.spec.ts's "compare levels" checks that the two agree.
 */

/** The "Compare two levels" section's title. */
export const COMPARE_TITLE_ID = 'compare-title';
