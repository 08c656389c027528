import type { Page } from '@playwright/test';

/**
 * Visits every page reachable from the home page and checks every same-site
 * link: the page answers 200 and the #anchor, if any, exists on it.
 */
export async function crawlSite(
  page: Page,
  baseURL: string | undefined,
  start: string,
): Promise<{ pages: string[]; problems: string[] }> {
  const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
  const toVisit = [new URL(start, origin).href];
  const visited = new Map<string, Set<string>>();
  const links: { from: string; to: URL }[] = [];

  while (toVisit.length > 0) {
    const url = toVisit.shift() as string;
    if (visited.has(url)) continue;
    const response = await page.goto(url);
    if (response?.status() !== 200) {
      visited.set(url, new Set());
      continue;
    }
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((el) => el.id));
    visited.set(url, new Set(ids));
    const hrefs = await page.locator('a[href]').evaluateAll((els) => els.map((el) => (el as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const target = new URL(href);
      if (target.origin !== origin) continue;
      links.push({ from: url, to: target });
      const pageUrl = target.origin + target.pathname;
      if (!visited.has(pageUrl) && !toVisit.includes(pageUrl)) toVisit.push(pageUrl);
    }
  }

  const problems: string[] = [];
  for (const { from, to } of links) {
    const pageUrl = to.origin + to.pathname;
    const ids = visited.get(pageUrl);
    if (!ids || ids.size === 0) problems.push(`${from} links to ${to.href}, which does not load`);
    else if (to.hash && to.hash !== '#' && !ids.has(decodeURIComponent(to.hash.slice(1)))) {
      problems.push(`${from} links to ${to.href}, whose anchor does not exist`);
    }
  }
  return { pages: [...visited.keys()], problems };
}
