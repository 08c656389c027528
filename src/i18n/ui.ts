/**
 * Every UI string of the site, flat with dotted keys, so wording lives in one
 * place. Client scripts receive the strings they need through data attributes.
 */
export const ui = {
  'site.name': 'CSM Handbook',
  'site.tagline': 'The Customer Success Management handbook, with personal planners that stay in your browser.',
  'site.description':
    'A fast, accessible handbook for Customer Success Management teams: job family, onboarding, internship, aspiring leaders and the CSM manager handbook.',
  'skip.toContent': 'Skip to content',
  'link.external': '(external link)',
  'table.label': 'Table',
  'video.watch': 'Watch the video (opens YouTube)',
  'nav.label': 'Handbook',
  'nav.menu': 'Menu',
  'nav.group.role': 'The CSM role',
  'nav.group.programs': 'Programs',
  'nav.group.leadership': 'Leadership',
  'nav.home': 'Home',
  'breadcrumbs.label': 'Breadcrumbs',
  'toc.label': 'On this page',
  'toc.overview': 'Overview',
  'pagination.label': 'More pages',
  'pagination.previous': 'Previous',
  'pagination.next': 'Next',
  'page.lastUpdated': 'Last updated',
  'page.source': 'Source',
  'page.sourceLink': 'this page in the GitLab handbook',
  'heading.anchor': 'Link to this section:',
  'theme.label': 'Theme',
  'theme.auto': 'Auto',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'search.placeholder': 'Search',
  'footer.credit':
    'Handbook text from the GitLab handbook, © GitLab Inc. and contributors, used under the Creative Commons Attribution-ShareAlike 4.0 licence.',
  'footer.license': 'CC BY-SA 4.0',
  'footer.privacy': 'Planner data stays in this browser: there is no account, no server and no tracking.',
  'home.title': 'Customer Success Management handbook',
  'home.lead':
    'Everything a Customer Success Manager needs to grow in the role: what each level does, how onboarding works, the internship plan, the path to management and the manager’s field guide.',
  'home.pagesHeading': 'Handbook pages',
  'home.dataHeading': 'Your data stays in this browser',
  'home.dataText':
    'Anything you tick or write in the planners is kept only in this browser, on this device. Nothing is sent anywhere: there is no account, no server and no tracking.',
  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. It may have moved, or the link may be mistyped.',
  'notFound.home': 'Go to the home page',
} as const;

export type UiKey = keyof typeof ui;

/** Looks up a UI string. */
export function t(key: UiKey): string {
  return ui[key];
}
