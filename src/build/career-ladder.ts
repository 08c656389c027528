import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { parseLadder } from '../lib/ladder-parse';
import {
  type Ladder,
  type LadderConfig,
  type LadderQuote,
  ladderConfigSchema,
  ladderSchema,
} from '../schemas/career-ladder';

/** The ladder's config, next to the content it describes. */
export const LADDER_CONFIG_FILE = 'content/career-ladder.yaml';

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
  cache = v.parse(ladderSchema, ladder);
  return cache;
}
