#!/usr/bin/env node
/*
 * Ratios ours / Starlight for the figures the performance targets name, from
 * two tables written by lib/report-table.mjs (columns named <site>-n<N>).
 *
 *   node ratios.mjs results/ours-table.md reference/starlight-table.md
 */
import fs from 'node:fs';

const [oursFile, starlightFile] = process.argv.slice(2);

/** Rows by metric label, each a map from N to its cell text. */
function readTable(file) {
  const lines = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('|'));
  const header = lines[0]
    .split('|')
    .slice(2, -1)
    .map((cell) => cell.trim());
  const sizes = header.map((name) => /-n(\d+)$/.exec(name)?.[1]);
  const rows = new Map();
  for (const line of lines.slice(2)) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    const byN = new Map();
    cells.slice(1).forEach((cell, i) => {
      if (sizes[i] && !byN.has(sizes[i])) byN.set(sizes[i], cell);
    });
    rows.set(cells[0], byN);
  }
  return rows;
}

/** The `part`-th number of a cell such as "20.6 [18.0–26.5]" or "6 / 100 / 30". */
function number(cell, part) {
  const piece = cell?.split(' / ')[part];
  const value = Number.parseFloat(piece ?? '');
  return Number.isFinite(value) ? value : undefined;
}

const TARGETS = [
  ['Build wall time', 'Build wall time, s', 0, 'lower', '≤ 0.5 at 5,000'],
  ['Build peak memory (largest process)', 'Peak RSS largest process, MB (time -v)', 0, 'lower', '≤ 0.5'],
  ['dist size', 'dist total, MB', 0, 'lower', '≤ 0.1'],
  ['HTML of the measured page, gzip', 'Measured page HTML, KB raw / gzip', 1, 'lower', '≤ 0.1 at 5,000'],
  ['JS on load (gzip)', 'JS on page load (after idle), files / KB raw / KB gzip', 2, 'lower', '≤ 0.1 (plain page)'],
  ['CSS on load (gzip)', 'CSS on page load, files / KB raw / KB gzip', 2, 'lower', '≤ 0.8'],
  ['Search: bytes on opening', 'Search open: bytes fetched (runtime+meta), KB', 0, 'lower', '≤ 1'],
  ['Search: first results, warm', 'Search first result, warm query, ms (n=20)', 0, 'lower', '≤ 0.5'],
  ['Lighthouse mobile score', 'Lighthouse mobile: score', 0, 'higher', '100 at every N'],
];

const ours = readTable(oursFile);
const starlight = readTable(starlightFile);
const sizes = [...(ours.get('Build wall time, s')?.keys() ?? [])];

console.log(`\n## Ours / Starlight\n`);
console.log(`| figure | target | ${sizes.map((n) => `N = ${n}: ours / Starlight = ratio`).join(' | ')} |`);
console.log(`|---|---|${sizes.map(() => '---').join('|')}|`);
for (const [label, row, part, , target] of TARGETS) {
  const cells = sizes.map((n) => {
    const a = number(ours.get(row)?.get(n), part);
    const b = number(starlight.get(row)?.get(n), part);
    if (a === undefined || b === undefined) return 'n/a';
    return `${a} / ${b} = **${(a / b).toFixed(2)}**`;
  });
  console.log(`| ${label} | ${target} | ${cells.join(' | ')} |`);
}
