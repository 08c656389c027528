/** The site's own pages beside the handbook pages; content links may point at them. */
export const SITE_PAGES = [
  '/my-progress/',
  '/plan-builder/',
  '/search/',
  '/job-families/sales/customer-success-management/ladder/',
] as const;
