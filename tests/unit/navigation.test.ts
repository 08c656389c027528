import { describe, expect, it } from 'vitest';
import { type NavPage, neighbours, readingOrder, showsGroupPages, sidebarSections } from '../../src/lib/navigation';

const page = (path: string, group: NavPage['group'], order: number): NavPage => ({
  title: path,
  label: path,
  path,
  group,
  groupLabel: group,
  order,
});

const pages = [
  page('/c/', 'leadership', 1),
  page('/b2/', 'programs', 2),
  page('/a/', 'role', 1),
  page('/b1/', 'programs', 1),
];

describe('navigation', () => {
  it('orders pages by group, then by their order in it', () => {
    expect(readingOrder(pages).map((p) => p.path)).toEqual(['/a/', '/b1/', '/b2/', '/c/']);
  });

  it('groups the sidebar and leaves out empty groups', () => {
    const sections = sidebarSections(pages.filter((p) => p.group !== 'role'));
    expect(sections.map((s) => s.group)).toEqual(['programs', 'leadership']);
    expect(sections[0]?.pages.map((p) => p.path)).toEqual(['/b1/', '/b2/']);
  });

  it("puts other groups after the handbook's own, alphabetically", () => {
    const more = [...pages, page('/z/', 'zeta', 1), page('/b/', 'beta', 2)];
    expect(sidebarSections(more).map((s) => s.group)).toEqual(['role', 'programs', 'leadership', 'beta', 'zeta']);
  });

  it('lists every page of a small handbook, only the current group of a large one', () => {
    expect(showsGroupPages(5, 'programs', 'role')).toBe(true);
    expect(showsGroupPages(5000, 'programs', 'role')).toBe(false);
    expect(showsGroupPages(5000, 'role', 'role')).toBe(true);
  });

  it('finds the previous and next page across groups', () => {
    expect(neighbours(pages, '/b2/')).toEqual({ prev: pages[3], next: pages[0] });
    expect(neighbours(pages, '/a/')).toEqual({ next: pages[3] });
    expect(neighbours(pages, '/c/')).toEqual({ prev: pages[1] });
    expect(neighbours(pages, '/missing/')).toEqual({});
  });
});
