import { lpt } from '../i18n/ladder-page-ui';
import { addLevelLinks } from '../lib/ladder-links';
import { getLadder } from './career-ladder';

/** The job family page the career ladder is built from, and the ladder's own route under it. */
export const JOB_FAMILY_PATH = '/job-families/sales/customer-success-management/';
export const LADDER_PATH = `${JOB_FAMILY_PATH}ladder/`;

/** The ladder's address under the site's base path. */
export function ladderHref(base: string): string {
  return `${base}${LADDER_PATH.slice(1)}`;
}

/**
 * The job family page's HTML with "Compare with another level" after each
 * level heading. A level heading the page no longer has fails the build.
 */
export function withLevelLinks(html: string, base: string): string {
  const href = ladderHref(base);
  const { html: out, missing } = addLevelLinks(
    html,
    getLadder().levels.map((level) => ({
      anchor: level.anchor,
      href: `${href}?from=${level.slug}#compare`,
      text: lpt('ladder.compareWith'),
      level: level.short,
    })),
  );
  if (missing.length > 0)
    throw new Error(`Career ladder links: no heading with id ${missing.join(', ')} on ${JOB_FAMILY_PATH}`);
  return out;
}
