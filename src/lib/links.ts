import { withBase } from './base-path.ts';

/** Where upstream root-relative paths live when we do not carry the page. */
const UPSTREAM_HANDBOOK_ORIGIN = 'https://handbook.gitlab.com';
/** The team page and the marketing site moved off the handbook host. */
const UPSTREAM_COMPANY_ORIGIN = 'https://about.gitlab.com';
/**
 * The one address of the team page. The handbook writes it two ways,
 * `/company/team/#someone` and `/handbook/company/team/#someone`; both mean
 * the team page, which lives on the company site, so both go there.
 */
export const TEAM_PAGE_URL = `${UPSTREAM_COMPANY_ORIGIN}/company/team/`;
const TEAM_PAGE_PATHS: ReadonlySet<string> = new Set(['/company/team/', '/handbook/company/team/']);

type ResolvedLink =
  | { kind: 'internal'; href: string }
  | { kind: 'anchor'; href: string }
  | { kind: 'external'; href: string }
  | { kind: 'mail'; href: string }
  | { kind: 'unsafe' };

/**
 * The address a link prints after its words (print styles: `attr(data-print-href)`), the one way the site makes it:
 * `href` in full where the site's address is known (`site`: SITE_URL in the build, the page's own in the browser),
 * otherwise `href` as written (in full already when it leads to another site, such as the footer's licence).
 */
export function printHref(href: string, site: string | URL | undefined): string {
  return site ? new URL(href, site).href : href;
}

/** Adds the trailing slash our routes use: `/handbook/customer-success/csm` becomes `/handbook/customer-success/csm/`. */
export function normalizePath(path: string): string {
  const clean = path.replace(/\/{2,}/g, '/');
  return clean.endsWith('/') ? clean : `${clean}/`;
}

/**
 * Maps a link written in the handbook content to where it should go here.
 * Root-relative paths are upstream handbook paths: the ones we carry (`ownPaths`)
 * become internal links under the site base, the rest go to the public handbook.
 * Absolute http(s) URLs are external as written; other schemes are refused.
 */
export function resolveContentLink(href: string, ownPaths: ReadonlySet<string>, base: string): ResolvedLink {
  const trimmed = href.trim();
  if (trimmed.startsWith('#')) return { kind: 'anchor', href: trimmed };
  if (/^mailto:/i.test(trimmed)) return { kind: 'mail', href: trimmed };
  if (/^https?:\/\//i.test(trimmed)) return { kind: 'external', href: trimmed };
  if (!trimmed.startsWith('/') || trimmed.startsWith('//')) return { kind: 'unsafe' };

  const hashAt = trimmed.indexOf('#');
  const pathPart = hashAt === -1 ? trimmed : trimmed.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : trimmed.slice(hashAt);
  const path = normalizePath(pathPart);

  if (ownPaths.has(path)) return { kind: 'internal', href: withBase(base, path) + hash };
  if (TEAM_PAGE_PATHS.has(path)) return { kind: 'external', href: TEAM_PAGE_URL + hash };
  const origin = path.startsWith('/company/') ? UPSTREAM_COMPANY_ORIGIN : UPSTREAM_HANDBOOK_ORIGIN;
  return { kind: 'external', href: origin + encodeURI(decodeURI(pathPart)) + hash };
}
