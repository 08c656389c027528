import { HANDBOOK_GROUPS, type NavGroup } from '../schemas/handbook-page';

/** What navigation needs to know about a page. */
export interface NavPage {
  title: string;
  label: string;
  path: string;
  group: NavGroup;
  /** Label of the group, as the sidebar shows it. */
  groupLabel: string;
  order: number;
}

interface NavSection {
  group: NavGroup;
  label: string;
  pages: NavPage[];
}

/** The handbook's own groups, shown first and in this order; other groups follow alphabetically. */
const NAV_GROUPS = HANDBOOK_GROUPS;

/** Up to this many pages, the sidebar lists every page; above it, only the current group's (the others fold to their title). */
const SIDEBAR_FULL_LIST_MAX_PAGES = 40;

function groupRank(group: NavGroup): number {
  const known = NAV_GROUPS.indexOf(group);
  return known === -1 ? NAV_GROUPS.length : known;
}

/** Pages in reading order: by group, then by their order inside it. */
export function readingOrder(pages: readonly NavPage[]): NavPage[] {
  return [...pages].sort(
    (a, b) =>
      groupRank(a.group) - groupRank(b.group) ||
      (groupRank(a.group) === NAV_GROUPS.length ? a.group.localeCompare(b.group) : 0) ||
      a.order - b.order ||
      a.path.localeCompare(b.path),
  );
}

/** Sidebar sections in order, empty groups left out. */
export function sidebarSections(pages: readonly NavPage[]): NavSection[] {
  const sections = new Map<NavGroup, NavSection>();
  for (const page of readingOrder(pages)) {
    const section = sections.get(page.group) ?? { group: page.group, label: page.groupLabel, pages: [] };
    section.pages.push(page);
    sections.set(page.group, section);
  }
  return [...sections.values()];
}

/** Whether the sidebar lists a group's pages: always for a small handbook, else only the current group. */
export function showsGroupPages(totalPages: number, group: NavGroup, currentGroup: NavGroup | undefined): boolean {
  return totalPages <= SIDEBAR_FULL_LIST_MAX_PAGES || group === currentGroup;
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
