import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { parseLadder } from '../lib/ladder-parse';
import { resolveContentLink } from '../lib/links';
import { typeset } from '../markdown/typeset';
import {
  type Ladder,
  type LadderConfig,
  type LadderItem,
  type LadderList,
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

/** The handbook words the ladder page quotes, typeset as the pages quoted show them. */
export function getLadderQuotes(): Record<LadderQuote['id'], LadderQuote> {
  return Object.fromEntries(
    readConfig().quotes.map((quote) => [quote.id, { ...quote, text: typeset(quote.text) }]),
  ) as Record<LadderQuote['id'], LadderQuote>;
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
  cache = v.parse(ladderSchema, typesetWords(withResolvedLinks(ladder, readOwnPaths('content/handbook'), base)));
  return cache;
}

/** The ladder with every list passed through `list` (the job family's own three are lists of items only). */
function withLists(ladder: Ladder, list: (source: LadderList) => LadderList): Ladder {
  const items = (source: LadderItem[]) => list({ items: source }).items;
  const lists = (all: Partial<Record<string, LadderList>>) =>
    Object.fromEntries(Object.entries(all).map(([group, source]) => [group, source && list(source)]));
  return {
    ...ladder,
    family: {
      responsibilities: items(ladder.family.responsibilities),
      requirements: items(ladder.family.requirements),
      indicators: items(ladder.family.indicators),
    },
    levels: ladder.levels.map((level) => ({ ...level, lists: lists(level.lists) })),
    specialties: ladder.specialties.map((specialty) => ({ ...specialty, lists: lists(specialty.lists) })),
  };
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
  return withLists(ladder, (list) => ({ ...list, items: list.items.map(item) }));
}

/**
 * The page's words typeset as the job family page shows them (src/markdown/typeset.ts): "GitLab’s", not "GitLab's".
 * Ids were made from the words as written, and stay. Levels and specialties keep their names: they are the
 * config's too, and have no quotes to curl. A link whose words are no longer found in its item's fails the build.
 */
function typesetWords(ladder: Ladder): Ladder {
  const item = (source: LadderItem): LadderItem => {
    const text = typeset(source.text);
    const links = source.links?.map((link) => ({ ...link, text: typeset(link.text) }));
    const lost = links?.find((link) => !text.includes(link.text));
    if (lost)
      throw new Error(`Career ladder: the link "${lost.text}" is not in its item's words once typeset: ${text}`);
    return { ...source, text, details: source.details.map(typeset), ...(links ? { links } : {}) };
  };
  const words = withLists(ladder, (list) => ({
    ...list,
    ...(list.extendsText ? { extendsText: typeset(list.extendsText) } : {}),
    items: list.items.map(item),
  }));
  const optional = <K extends string>(key: K, text: string | undefined) => (text ? { [key]: typeset(text) } : {});
  return {
    ...words,
    levels: words.levels.map((level) => ({
      ...level,
      ...optional('gradeSentence', level.gradeSentence),
      ...optional('upstreamGradeSentence', level.upstreamGradeSentence),
      ...optional('reportsTo', level.reportsTo),
      intro: level.intro.map(typeset),
    })),
    specialties: words.specialties.map((specialty) => ({ ...specialty, notes: specialty.notes.map(typeset) })),
    ...optional('careerLadderText', words.careerLadderText),
  };
}
