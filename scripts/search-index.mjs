#!/usr/bin/env node
/*
 * Indexes a built site for search, after `astro build` (`npm run build` and
 * `npm run build:base` run it):
 *  1. Pagefind indexes the pages (its native program, started from here);
 *  2. the handbook's vocabulary for search suggestions ("gainsite" →
 *     "gainsight") goes to <site>/search-words.json, from the text Pagefind
 *     indexed: its page fragments (gzip, "pagefind_dcd" then JSON with the
 *     page `content`). The search panel fetches the file only when a query
 *     word is found nowhere, so it costs nothing on opening search.
 *
 *   node scripts/search-index.mjs --site dist
 *
 * One Node process for both steps, and Pagefind's program started directly
 * rather than through its npm command (a Node script that only starts the
 * same program): about 0.2 s less per build than two Node processes and
 * the wrapper (docs/performance-log.md, "Build time at 5 pages").
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gunzipSync } from 'node:zlib';

const { values } = parseArgs({ options: { site: { type: 'string', default: 'dist' } } });
const site = values.site;

/**
 * Pagefind's program, found by Pagefind's own code, as its npm command finds it: the
 * PAGEFIND_BINARY_PATH variables first, then the platform package installed beside `pagefind`. That code
 * is not in the package's exports, so it is reached beside the package's entry point; should a Pagefind
 * release move it, this import fails and says which file it looked for.
 */
async function pagefindProgram() {
  const { resolveBinaryPath } = await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href);
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Runs a program with this process's output; resolves with its exit code. */
function run(program, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('error', (error) => reject(new Error(`could not start ${program}: ${error.message}`)));
    child.on('close', (code) => resolve(code ?? 1));
  });
}

// Pagefind's Linux programs allocate with jemalloc, which by default keeps the pages a program frees
// for up to 10 s before it gives them back. Writing the index frees and allocates a lot in a few
// seconds, so those kept pages made most of its peak: with them returned at once (dirty_decay_ms:0),
// indexing the 5,000-page benchmark site peaks at 1,012 MB instead of 1,197-1,200 (MiB, as the
// benchmark counts), in the same time, with byte-identical files (docs/performance-log.md). `_RJEM_` is
// the prefix of the jemalloc Pagefind links (tikv-jemallocator); other platforms' programs ignore it.
const indexed = run(await pagefindProgram(), ['--site', site], { _RJEM_MALLOC_CONF: 'dirty_decay_ms:0' });
// The vocabulary's module is TypeScript, which Node strips as it loads it (about 0.1 s with Node's
// stripper starting): loaded while Pagefind works, on the other core.
const { VOCABULARY_VERSION, vocabularyOf } = await import('../src/lib/search-words.ts');
const code = await indexed;
if (code !== 0) {
  console.error(`search-index: Pagefind exited with code ${code}`);
  process.exit(code);
}

const fragments = join(site, 'pagefind', 'fragment');
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
if (texts.length === 0) throw new Error(`no Pagefind fragments in ${fragments}: Pagefind wrote no page`);

const words = vocabularyOf(texts);
const out = join(site, 'search-words.json');
writeFileSync(out, JSON.stringify({ v: VOCABULARY_VERSION, words }));
console.log(`search-words: ${words.length} words from ${texts.length} pages → ${out}`);
