import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { parse } from 'yaml';
import { parseLadder } from '../../src/lib/ladder-parse';
import { type Ladder, ladderConfigSchema } from '../../src/schemas/career-ladder';

const ROOT = join(import.meta.dirname, '../..');

/** The ladder as the build reads it, from the repository's files. */
export function readLadder(): { ladder: Ladder; problems: string[]; markdown: string } {
  const config = v.parse(ladderConfigSchema, parse(readFileSync(join(ROOT, 'content/career-ladder.yaml'), 'utf8')));
  const markdown = readFileSync(join(ROOT, config.page), 'utf8');
  return { ...parseLadder(markdown, config), markdown };
}

export const LADDER_IDS_FILE = join(ROOT, 'content/career-ladder-ids.json');

/**
 * The levels' titles as the handbook heads them: the `###` headings under "## Levels" of the job family page's seed
 * (tests/fixtures/seeds/), in the page's order. The ladder names each level so; a test reads them here, never a copy.
 */
export function seedLevelTitles(): string[] {
  const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/customer-success-management.md'), 'utf8');
  const levels = seed.split(/^## Levels\n/m)[1]?.split(/^## /m)[0] ?? '';
  return [...levels.matchAll(/^### (.+)$/gm)].map((match) => match[1] as string);
}

/** The sub-sections' headings of the job family page's seed ("Director of Customer Success Responsibilities"). */
export function seedSubHeadings(): string[] {
  const seed = readFileSync(join(ROOT, 'tests/fixtures/seeds/customer-success-management.md'), 'utf8');
  return [...seed.matchAll(/^#{4,5} (.+)$/gm)].map((match) => match[1] as string);
}
