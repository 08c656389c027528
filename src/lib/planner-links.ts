import type { PageUiKey } from '../i18n/page-ui';

/**
 * The site's planners, in the order every list of them shows: the sidebar's Planners group and the footer's (on a
 * phone the header keeps only My progress, and the pages without the sidebar have no menu, so the footer is where
 * a phone reaches the others).
 */
export const PLANNER_LINKS: readonly { label: PageUiKey; path: string }[] = [
  { label: 'nav.myProgress', path: '/my-progress/' },
  { label: 'nav.planBuilder', path: '/plan-builder/' },
  { label: 'nav.careerLadder', path: '/job-families/sales/customer-success-management/ladder/' },
];
