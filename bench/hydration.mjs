#!/usr/bin/env node
/*
 * Hydration on a slow phone, as #17 asks: Chromium with 4× CPU throttling
 * (Lighthouse's mobile setting), on a served build. Per run it measures
 *  - ready: ms from navigation start until every checkbox on the page is enabled
 *    (they are rendered disabled and enabled by hydration), and
 *  - tick: ms from a click on the first checkbox until its list's progress text changes.
 * Prints the median of RUNS (default 5) as JSON.
 *
 *   node bench/hydration.mjs --base http://127.0.0.1:4321 [--page /handbook/…/csm-onboarding/] [--runs 5] [--cpu 4]
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((pair) => pair.trim().split(/\s+/)),
);
const base = args.base ?? 'http://127.0.0.1:4321';
const page = args.page ?? '/handbook/customer-success/csm/csm-onboarding/';
const runs = Number(args.runs ?? 5);
const cpu = Number(args.cpu ?? 4);

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const browser = await chromium.launch({
  executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const ready = [];
const tick = [];
for (let run = 0; run < runs; run++) {
  // A fresh context per run: cold cache and empty storage, like a first visit.
  const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await tab.goto(base + page, { waitUntil: 'commit' });
  await tab.waitForFunction(
    () => {
      // The whole page parsed (before that, the checkboxes found so far may all be enabled while the last
      // lists are not even in the document: the figure came out at 0.7–1 s in some runs), every island
      // hydrated (Astro drops `ssr` then) and every checkbox enabled.
      if (document.readyState === 'loading') return false;
      if (document.querySelector('astro-island[ssr]')) return false;
      const boxes = [...document.querySelectorAll('input[type=checkbox]')];
      return boxes.length > 0 && boxes.every((box) => !box.disabled);
    },
    undefined,
    { polling: 'raf', timeout: 60_000 },
  );
  ready.push(await tab.evaluate(() => performance.now()));
  tick.push(
    await tab.evaluate(async () => {
      const box = document.querySelector('input[type=checkbox][id^="task-"]');
      // The list's own progress text ("1 of 16 done"): the nearest ancestor that has one.
      let list = box.parentElement;
      while (list && !list.querySelector('.progress__text')) list = list.parentElement;
      const progress = () => list.querySelector('.progress__text').textContent;
      const before = progress();
      const start = performance.now();
      box.click();
      return new Promise((resolve) => {
        const check = () => {
          if (progress() !== before) resolve(performance.now() - start);
          else if (performance.now() - start > 5000) resolve(Number.NaN);
          else requestAnimationFrame(check);
        };
        check();
      });
    }),
  );
  await context.close();
}
await browser.close();
const round = (value) => Math.round(value);
console.log(
  JSON.stringify({
    page,
    cpuThrottling: cpu,
    runs,
    readyMs: round(median(ready)),
    tickMs: round(median(tick)),
    ready: ready.map(round),
    tick: tick.map((v) => Math.round(v * 10) / 10),
  }),
);
