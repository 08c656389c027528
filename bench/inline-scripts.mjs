#!/usr/bin/env node
/*
 * The code a page carries in its HTML (<script> elements without `src`; data, `application/json` and
 * `ld+json`, is not code), in bytes gzip at zlib's default level, as the kit counts script files. The kit's
 * page measure counts files only, and both sites write code into their HTML (Starlight its theme, search
 * and sidebar code; this site its theme boot script and Astro's loader for islands), so a comparison of
 * JavaScript needs both figures (tests/e2e/budgets.spec.ts compares the sum).
 *
 *   node inline-scripts.mjs <built page .html> [label]   prints: <label> inline JS <bytes> in <n> scripts
 */
import fs from 'node:fs';
import zlib from 'node:zlib';

const [file, label = file] = process.argv.slice(2);
const html = fs.readFileSync(file, 'utf8');
let bytes = 0;
let count = 0;
for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
  if (/\bsrc=|application\/json|ld\+json/.test(attributes)) continue;
  bytes += zlib.gzipSync(code).length;
  count += 1;
}
console.log(`${label} inline JS ${bytes} bytes gzip in ${count} scripts`);
