#!/usr/bin/env node
/*
 * Writes the handbook's vocabulary for search suggestions ("gainsite" →
 * "gainsight") to <site>/search-words.json, from the text Pagefind indexed:
 * its page fragments (gzip, "pagefind_dcd" then JSON with the page `content`).
 * Runs after `pagefind --site <site>`. The search panel fetches the file only
 * when a query word is found nowhere, so it costs nothing on opening search.
 *
 *   node scripts/search-words.mjs --site dist
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { VOCABULARY_VERSION, vocabularyOf } from '../src/lib/search-words.ts';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const fragments = join(values.site, 'pagefind', 'fragment');
const SIGNATURE = 'pagefind_dcd';

const texts = readdirSync(fragments)
  .filter((name) => name.endsWith('.pf_fragment'))
  .map((name) => {
    const data = gunzipSync(readFileSync(join(fragments, name)));
    if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) {
      throw new Error(`${name}: not a Pagefind fragment this script knows (a new Pagefind version?)`);
    }
    const fragment = JSON.parse(data.subarray(SIGNATURE.length).toString('utf8'));
    return `${fragment.meta?.title ?? ''} ${fragment.content ?? ''}`;
  });
if (texts.length === 0) throw new Error(`no Pagefind fragments in ${fragments}: run pagefind first`);

const words = vocabularyOf(texts);
const out = join(values.site, 'search-words.json');
writeFileSync(out, JSON.stringify({ v: VOCABULARY_VERSION, words }));
console.log(`search-words: ${words.length} words from ${texts.length} pages → ${out}`);
