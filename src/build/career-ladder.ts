import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { parseLadder } from '../lib/ladder-parse';
import { resolveContentLink } from '../lib/links';
import {
  type Ladder,
  type LadderConfig,
  type LadderItem,
  type LadderQuote,
  ladderConfigSchema,
  ladderSchema,
} from '../schemas/career-ladder';
import { readOwnPaths } from './own-paths';
import { base } from './site-address';

/** The job family page the career ladder is built from. */
export const JOB_FAMILY_PATH = '/job-families/sales/customer-success-management/';

/** The ladder's config, next to the content it describes. */
const LADDER_CONFIG_FILE = 'content/career-ladder.yaml';

let cache: Ladder | undefined;
let configCache: LadderConfig | undefined;

function readConfig(): LadderConfig {
  configCache ??= v.parse(ladderConfigSchema, parse(readFileSync(LADDER_CONFIG_FILE, 'utf8')));
  return configCache;
}

/** The handbook words the ladder page quotes. */
export function getLadderQuotes(): Record<LadderQuote['id'], LadderQuote> {
  return Object.fromEntries(readConfig().quotes.map((quote) => [quote.id, quote])) as Record<
    LadderQuote['id'],
    LadderQuote
  >;
}

/**
 * The career ladder, read from the job family page when the site is built.
 * A page the ladder cannot read fails the build with what is wrong, rather
 * than shipping a ladder that disagrees with the page.
 */
export function getLadder(): Ladder {
  if (cache) return cache;
  const config = readConfig();
  const { ladder, problems } = parseLadder(readFileSync(config.page, 'utf8'), config);
  if (problems.length > 0)
    throw new Error(`The career ladder cannot be read from ${config.page}:\n- ${problems.join('\n- ')}`);
  cache = v.parse(ladderSchema, withResolvedLinks(ladder, readOwnPaths('content/handbook'), base));
  return cache;
}

/**
 * Every item's links pointed where the job family page's own point (src/lib/links.ts): a page this site
 * carries, else the public handbook; a link to a heading of the job family page goes to that page. A link
 * that is neither is dropped, its words kept.
 */
function withResolvedLinks(ladder: Ladder, ownPaths: ReadonlySet<string>, base: string): Ladder {
  const item = (source: LadderItem): LadderItem => {
    if (!source.links) return source;
    const links = source.links.flatMap((link) => {
      const href = link.href.startsWith('#') ? `${JOB_FAMILY_PATH}${link.href}` : link.href;
      const resolved = resolveContentLink(href, ownPaths, base);
      if (resolved.kind === 'unsafe') return [];
      return [{ text: link.text, href: resolved.href, external: resolved.kind === 'external' }];
    });
    const { links: _raw, ...rest } = source;
    return links.length > 0 ? { ...rest, links } : rest;
  };
  const lists = <T extends { items: LadderItem[] }>(all: Partial<Record<string, T>>) =>
    Object.fromEntries(
      Object.entries(all).map(([group, list]) => [group, list && { ...list, items: list.items.map(item) }]),
    );
  return {
    ...ladder,
    family: {
      responsibilities: ladder.family.responsibilities.map(item),
      requirements: ladder.family.requirements.map(item),
      indicators: ladder.family.indicators.map(item),
    },
    levels: ladder.levels.map((level) => ({ ...level, lists: lists(level.lists) })),
    specialties: ladder.specialties.map((specialty) => ({ ...specialty, lists: lists(specialty.lists) })),
  };
}
