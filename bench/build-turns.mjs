#!/usr/bin/env node
/*
 * Cold builds of this site and of Starlight in turns (ours, Starlight, ours, …), for the one figure the
 * machine's load moves most: build wall time at 5 pages. The kit builds each site RUNS times in a row, minutes
 * apart with the page measurements between, so an hour's drift lands on one side only (the same commit's ratio
 * read 1.08×, 1.19× and 1.55× on December 5). Built in turns, each pair shares its minute: the median of the
 * pairs' ratios is the figure to trust, and the spread of the ratios says how far to trust it.
 *
 *   node bench/build-turns.mjs --ours <site dir> --starlight <site dir> --turns 7 [--out results/build-turns.md]
 *
 * Each build runs as the kit runs it: `npm run build --silent` for this site, `astro build` for Starlight,
 * after removing dist/, .astro/ and node_modules/.astro/ (Astro's content cache).
 */
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    ours: { type: 'string' },
    starlight: { type: 'string' },
    turns: { type: 'string', default: '7' },
    out: { type: 'string' },
  },
});
if (!values.ours || !values.starlight) {
  console.error('usage: node bench/build-turns.mjs --ours <dir> --starlight <dir> [--turns 7] [--out file.md]');
  process.exit(2);
}
const turns = Number(values.turns);

/** One cold build in `dir`; its wall time in seconds. */
function coldBuild(dir, command, args) {
  for (const path of ['dist', '.astro', 'node_modules/.astro'])
    rmSync(join(dir, path), { recursive: true, force: true });
  spawnSync('sync');
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    PATH: `${join(dir, 'node_modules/.bin')}:${process.env.PATH}`,
  };
  const start = performance.now();
  const run = spawnSync(command, args, { cwd: dir, env, stdio: 'ignore' });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${dir} (exit ${run.status})`);
  return seconds;
}

const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const s = (seconds) => seconds.toFixed(2);

// One build of each first, not counted: the file system's cache warms for both alike.
coldBuild(values.ours, 'npm', ['run', 'build', '--silent']);
coldBuild(values.starlight, 'astro', ['build']);
const pairs = [];
for (let turn = 1; turn <= turns; turn++) {
  const ours = coldBuild(values.ours, 'npm', ['run', 'build', '--silent']);
  const starlight = coldBuild(values.starlight, 'astro', ['build']);
  pairs.push({ ours, starlight, ratio: ours / starlight });
  console.error(`  turn ${turn}: ours ${s(ours)} s, Starlight ${s(starlight)} s, ${pairs.at(-1).ratio.toFixed(2)}×`);
}

const ratios = pairs.map((pair) => pair.ratio);
const lines = [
  `| build wall time, in turns (${turns} pairs, cold) | ours | Starlight | ours / Starlight |`,
  '| --- | --- | --- | --- |',
  ...pairs.map(
    (pair, index) => `| turn ${index + 1} | ${s(pair.ours)} | ${s(pair.starlight)} | ${pair.ratio.toFixed(2)} |`,
  ),
  `| **median** | **${s(median(pairs.map((p) => p.ours)))}** | **${s(median(pairs.map((p) => p.starlight)))}** | **${median(ratios).toFixed(2)}** (${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}) |`,
  '',
];
if (values.out) writeFileSync(values.out, lines.join('\n'));
console.log(lines.join('\n'));
