import type { NavGroup } from '../schemas/handbook-page';

/** What navigation needs to know about a page. */
export interface NavPage {
  title: string;
  label: string;
  path: string;
  group: NavGroup;
  order: number;
}

export interface NavSection {
  group: NavGroup;
  pages: NavPage[];
}

/** Sidebar groups in display order. */
export const NAV_GROUPS: readonly NavGroup[] = ['role', 'programs', 'leadership'];

/** Pages in reading order: by group, then by their order inside it. */
export function readingOrder(pages: readonly NavPage[]): NavPage[] {
  return [...pages].sort((a, b) => NAV_GROUPS.indexOf(a.group) - NAV_GROUPS.indexOf(b.group) || a.order - b.order);
}

/** Sidebar sections, empty groups left out. */
export function sidebarSections(pages: readonly NavPage[]): NavSection[] {
  const ordered = readingOrder(pages);
  return NAV_GROUPS.map((group) => ({ group, pages: ordered.filter((page) => page.group === group) })).filter(
    (section) => section.pages.length > 0,
  );
}

/** The pages before and after `path` in reading order. */
export function neighbours(pages: readonly NavPage[], path: string): { prev?: NavPage; next?: NavPage } {
  const ordered = readingOrder(pages);
  const at = ordered.findIndex((page) => page.path === path);
  if (at === -1) return {};
  const prev = ordered[at - 1];
  const next = ordered[at + 1];
  return { ...(prev ? { prev } : {}), ...(next ? { next } : {}) };
}
