import { type CollectionEntry, getCollection } from 'astro:content';
import { type NavPage, readingOrder } from './navigation';

export type HandbookEntry = CollectionEntry<'handbook'>;

/** The navigation view of a handbook entry. */
export function toNavPage(entry: HandbookEntry): NavPage {
  const { title, path, nav } = entry.data;
  return { title, label: nav.label ?? title, path, group: nav.group, order: nav.order };
}

/** All handbook pages in reading order. */
export async function getHandbookPages(): Promise<HandbookEntry[]> {
  const entries = await getCollection('handbook');
  const byPath = new Map(entries.map((entry) => [entry.data.path, entry]));
  return readingOrder(entries.map(toNavPage)).flatMap((page) => byPath.get(page.path) ?? []);
}

/** Navigation data of every page, in reading order. */
export async function getNavPages(): Promise<NavPage[]> {
  return (await getHandbookPages()).map(toNavPage);
}

/** Pages of this site that are not handbook pages, which content may link to. */
export const SITE_PAGES = ['/my-progress/', '/plan-builder/', '/search/'] as const;

/** Paths content links may point to on this site: the handbook pages we carry and the site's own pages. */
export async function getOwnPaths(): Promise<Set<string>> {
  return new Set([...(await getHandbookPages()).map((page) => page.data.path), ...SITE_PAGES]);
}
