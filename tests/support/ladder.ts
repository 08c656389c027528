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
