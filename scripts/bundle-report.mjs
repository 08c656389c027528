#!/usr/bin/env node
/*
 * What a page's JavaScript is made of: `npm run bundle:report` builds the site with source maps into
 * dist-report/ (never deployed) and prints, for each planner page, its chunks and which sources fill them,
 * grouped (Preact, nanostores, Valibot, dictionaries, stores, schemas, lib, islands), in KB gzip.
 *
 * A page's JavaScript is every chunk its HTML names (scripts and island components, hydrated or not) and
 * their static imports; code behind a dynamic import() loads on demand and is left out, as in
 * tests/e2e/budgets.spec.ts. A chunk's gzip size is shared among its sources in proportion to the bytes
 * each one emitted (gzip works across the whole chunk, so per-source figures are an estimate; the chunk
 * and page totals are exact).
 *
 *   node scripts/bundle-report.mjs [--dist dist-report] [--page /plan-builder/] [--top 12]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const dist = option('dist', 'dist-report');
const top = Number(option('top', '12'));
const pages = option('page', null)
  ? [option('page')]
  : [
      '/handbook/customer-success/csm/csm-onboarding/',
      '/handbook/customer-success/csm/csm-internship/',
      '/handbook/customer-success/csm/csm-manager/',
      '/plan-builder/',
      '/job-families/sales/customer-success-management/ladder/',
      '/my-progress/',
      '/',
    ];

/** The group a source belongs to, by path; the first rule that matches wins. */
const GROUPS = [
  ['Preact', /node_modules\/(preact|@preact|@astrojs\/preact)\//],
  ['nanostores', /node_modules\/(nanostores|@nanostores)\//],
  ['Valibot', /node_modules\/valibot\//],
  ['other packages', /node_modules\//],
  ['Astro runtime', /astro[\\/]dist|\0|astro:|vite\//],
  ['dictionaries (src/i18n)', /src\/i18n\//],
  ['schemas (src/schemas)', /src\/schemas\//],
  ['stores (src/stores)', /src\/stores\//],
  ['pure logic (src/lib)', /src\/lib\//],
  ['browser glue (src/browser)', /src\/browser\//],
  ['islands (src/islands)', /src\/islands\//],
  ['page scripts (src/components, src/scripts)', /src\/(components|scripts|layouts)\//],
];
const groupOf = (source) => GROUPS.find(([, pattern]) => pattern.test(source))?.[0] ?? 'other';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** Decodes a source map's `mappings` into [line][segment] = [generatedColumn, sourceIndex]. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const text of line.split(',')) {
      if (!text) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of text) {
        const digit = B64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length > 1) source += values[1];
      // Fields 3 and 4 (original line and column) are relative too but not needed here.
      segments.push([column, values.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** Bytes each source emitted into one chunk, from its source map (unmapped bytes count as "(chunk glue)"). */
function sourcesOf(file, code) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return new Map([['(no source map)', code.length]]);
  const map = JSON.parse(readFileSync(mapFile, 'utf8'));
  const lines = code.split('\n');
  const bytes = new Map();
  const add = (name, n) => bytes.set(name, (bytes.get(name) ?? 0) + n);
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? '';
    let mapped = 0;
    segments.forEach(([column, source], i) => {
      const end = segments[i + 1]?.[0] ?? line.length;
      const n = Math.max(0, end - column);
      mapped += n;
      add(source >= 0 ? (map.sources[source] ?? '(unknown)') : '(chunk glue)', n);
    });
    add('(chunk glue)', Math.max(0, line.length + 1 - mapped - (segments[0]?.[0] ?? 0)) + (segments[0]?.[0] ?? 0));
  });
  return bytes;
}

/** Every chunk a page loads without a click: the files its HTML names and their static imports. */
function chunksOf(page) {
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|component-url|renderer-url)="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set();
  const visit = (url) => {
    if (seen.has(url)) return;
    seen.add(url);
    const code = readFileSync(join(dist, url), 'utf8');
    // Static imports only: `import x from "./a.js"`, `import "./a.js"`, `export … from "./a.js"`.
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
      visit(join(dirname(url), m[1]));
    }
  };
  entries.forEach(visit);
  return [...seen];
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const page of pages) {
  const groups = new Map();
  const sources = new Map();
  let total = 0;
  for (const url of chunksOf(page)) {
    const file = join(dist, url);
    const code = readFileSync(file, 'utf8');
    const gzip = gzipSync(code).length;
    total += gzip;
    for (const [source, bytes] of sourcesOf(file, code)) {
      const share = (gzip * bytes) / Math.max(1, code.length);
      const name = source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
      groups.set(groupOf(source), (groups.get(groupOf(source)) ?? 0) + share);
      sources.set(name, (sources.get(name) ?? 0) + share);
    }
  }
  console.log(`\n${page}: ${kb(total)} KB gzip`);
  console.log('| group | KB gzip |\n| --- | --- |');
  for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) console.log(`| ${name} | ${kb(bytes)} |`);
  console.log(
    `largest sources: ${[...sources]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([n, b]) => `${n} ${kb(b)}`)
      .join(', ')}`,
  );
}
