import { type CollectionEntry, getCollection } from 'astro:content';
import { type PageUiKey, pageT } from '../i18n/page-ui';
import { type NavPage, readingOrder } from '../lib/navigation';
import { SITE_PAGES } from '../lib/site-pages';

export type HandbookEntry = CollectionEntry<'handbook'>;

/**
 * The sidebar label of a group: the handbook's own groups from the UI strings, others from their pages (the content
 * schema requires a `groupLabel` there, so the slug is never shown).
 */
export function groupLabel(group: string, fallback?: string): string {
  const key = `nav.group.${group}`;
  return key === 'nav.group.role' || key === 'nav.group.programs' || key === 'nav.group.leadership'
    ? pageT(key as PageUiKey)
    : (fallback ?? group);
}

/** The navigation view of a handbook entry. */
export function toNavPage(entry: HandbookEntry): NavPage {
  const { title, path, nav } = entry.data;
  return {
    title,
    label: nav.label ?? title,
    path,
    group: nav.group,
    groupLabel: groupLabel(nav.group, nav.groupLabel),
    order: nav.order,
  };
}

// Every page of a build asks for the same lists: work them out once.
let pagesCache: Promise<HandbookEntry[]> | undefined;
let navCache: Promise<NavPage[]> | undefined;
let ownPathsCache: Promise<Set<string>> | undefined;

/** All handbook pages in reading order. */
export function getHandbookPages(): Promise<HandbookEntry[]> {
  pagesCache ??= getCollection('handbook').then((entries) => {
    const byPath = new Map(entries.map((entry) => [entry.data.path, entry]));
    return readingOrder(entries.map(toNavPage)).flatMap((page) => byPath.get(page.path) ?? []);
  });
  return pagesCache;
}

/** Navigation data of every page, in reading order. */
export function getNavPages(): Promise<NavPage[]> {
  navCache ??= getHandbookPages().then((pages) => pages.map(toNavPage));
  return navCache;
}

/** Paths content links may point to on this site: the handbook pages we carry and the site's own pages. */
export function getOwnPaths(): Promise<Set<string>> {
  ownPathsCache ??= getHandbookPages().then(
    (pages) => new Set([...pages.map((page) => page.data.path), ...SITE_PAGES]),
  );
  return ownPathsCache;
}
