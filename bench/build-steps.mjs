#!/usr/bin/env node
/*
 * Where a build's time goes, step by step, from the timestamped logs the
 * benchmark kit keeps of every build (results/<label>/run-<i>.log, each line
 * prefixed with the time it was printed, and run-<i>.json with the wall time).
 * Astro prints the same lines for this site and for Starlight, so one reading
 * serves both. A step ends at the first line that starts the next one; the
 * start of the run is its end minus its wall time.
 *
 *   node bench/build-steps.mjs bench/results/ours-n5 [bench/results/starlight-n5 ...]
 *
 * Prints a Markdown table (medians over the runs, seconds) and writes
 * <label>/build-steps.json next to the logs.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Each step and the log line that starts the one after it. */
const STEPS = [
  // Astro prints its first lines (content synced, types generated) together, once the types are done.
  { step: 'start Astro, load the config, sync content, generate types', until: /Building static entrypoints/ },
  { step: 'server bundle', until: /\[vite\] ✓ built in/ },
  { step: 'client bundle', until: /\[vite\] ✓ built in/ },
  { step: 'write the pages', until: /✓ Completed in/, after: /generating static routes/ },
  { step: 'integrations after the pages (Starlight: Pagefind; ours: per-page CSP)', until: /\[build\] Complete!/ },
  { step: 'after Astro (ours: Pagefind and the search vocabulary, scripts/search-index.mjs)', until: null },
];

function readRun(dir, i) {
  const log = fs
    .readFileSync(path.join(dir, `run-${i}.log`), 'utf8')
    .split('\n')
    .filter((line) => /^\d+\.\d+ /.test(line))
    .map((line) => {
      const space = line.indexOf(' ');
      return { at: Number(line.slice(0, space)), text: line.slice(space + 1) };
    });
  const { build } = JSON.parse(fs.readFileSync(path.join(dir, `run-${i}.json`), 'utf8'));
  const end = log.at(-1).at;
  const start = end - build.wallSecondsOuter;
  const times = {};
  let from = start;
  let index = 0;
  for (const { step, until, after } of STEPS) {
    let to = end;
    if (until) {
      const begin = after ? log.findIndex((line, j) => j >= index && after.test(line.text)) : index;
      const found = log.findIndex((line, j) => j >= Math.max(begin, index) && until.test(line.text));
      if (found < 0) throw new Error(`${dir} run ${i}: no line for "${step}"`);
      to = log[found].at;
      index = found + 1;
    }
    times[step] = Math.max(0, to - from);
    from = to;
  }
  times.total = end - start;
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node bench/build-steps.mjs <results/label> [...]');
  process.exit(2);
}
const columns = dirs.map((dir) => {
  const runs = fs
    .readdirSync(dir)
    .map((name) => /^run-(\d+)\.log$/.exec(name)?.[1])
    .filter(Boolean)
    .map((i) => readRun(dir, i));
  const steps = Object.fromEntries(Object.keys(runs[0]).map((key) => [key, median(runs.map((run) => run[key]))]));
  fs.writeFileSync(path.join(dir, 'build-steps.json'), `${JSON.stringify({ runs: runs.length, steps }, null, 1)}\n`);
  return { label: path.basename(dir), steps };
});

const rows = [...STEPS.map((s) => s.step), 'total'];
console.log(`| step, s (median of the runs) | ${columns.map((c) => c.label).join(' | ')} |`);
console.log(`| --- |${columns.map(() => ' --- |').join('')}`);
for (const row of rows) console.log(`| ${row} | ${columns.map((c) => c.steps[row].toFixed(2)).join(' | ')} |`);
