#!/usr/bin/env node
/*
 * Takes a screenshot of a page of the served site, to look at a change as a
 * reader would:  node scripts/screenshot.mjs URL out.png [width] [light|dark]
 * Set FULL=1 for the whole page. Uses Debian's Chromium when it is installed.
 */
import { existsSync } from 'node:fs';

const USAGE = `usage: node scripts/screenshot.mjs URL out.png [width] [light|dark]

  URL      a page of the served site (node scripts/serve.mjs --dir dist --port 4321),
           such as http://127.0.0.1:4321/my-progress/
  out.png  where to write the screenshot (default screenshot.png)
  width    the window's width in CSS pixels (default 1280; the height is 900)
  light|dark  the colour scheme the page is shown in (default light)

  FULL=1 node scripts/screenshot.mjs …   for the whole page, not only the window`;

const [, , url, out = 'screenshot.png', width = '1280', colorScheme = 'light'] = process.argv;
// Asked for, the usage goes to stdout and the script ends well; an address missing or not one is a mistake.
if (url === '--help' || url === '-h') {
  console.log(USAGE);
  process.exit(0);
}
if (!url || !URL.canParse(url)) {
  console.error(url ? `Not an address: ${url}\n\n${USAGE}` : USAGE);
  process.exit(1);
}
// Loaded once the arguments are known to be right: --help answers without starting the browser's library.
const { chromium } = await import('@playwright/test');
const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
const browser = await chromium.launch({
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme });
page.on('console', (message) => console.log(`console ${message.type()}: ${message.text()}`));
page.on('pageerror', (error) => console.log(`page error: ${error.message}`));
// Network idle: the islands' code has loaded and they have drawn from storage (a plain `load` caught the
// plan builder still saying "Opening your plans…").
await page.goto(url, { waitUntil: 'networkidle' });
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
