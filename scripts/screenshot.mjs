#!/usr/bin/env node
/*
 * Takes a screenshot of a page of the served site, to look at a change as a
 * reader would:  node scripts/screenshot.mjs URL out.png [width] [light|dark]
 * Set FULL=1 for the whole page. Uses Debian's Chromium when it is installed.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const [, , url, out = 'screenshot.png', width = '1280', colorScheme = 'light'] = process.argv;
if (!url) {
  console.error('usage: node scripts/screenshot.mjs URL out.png [width] [light|dark]');
  process.exit(1);
}
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
