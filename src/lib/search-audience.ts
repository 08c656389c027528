/*
 * Who the parts of a page are for, so that search's audience chips narrow a
 * page to the reader's own part. A page is found for every reader it is
 * written for (its `audience` filter: the onboarding page for new CSMs and
 * managers), but some of its parts are one reader's: each checklist task is
 * one role's to do, as the planner says ("Manager: …") and as it folds
 * another role's lists away, and the job family's management levels are for
 * those who lead or mean to. With the New CSM chip on, the manager's and the
 * buddy's tasks and the Director's responsibilities are not the reader's:
 * search leaves them out, and the rest of the page stays.
 *
 * Built with the site (`/search-audiences.json`, from content/programs and
 * the career ladder) and fetched by the search panel only when an audience
 * chip is on.
 */
import type { ItemShape, ProgramShape } from './program-view';
import { TASK_ID_PREFIX } from './search-rank';

type Role = NonNullable<ItemShape['role']>;

/** A part of a page that is some readers' only: a task, or a section with everything under it. */
export interface PagePart {
  /** The page's address, as Pagefind gives it (base path included). */
  page: string;
  /** The part's anchor: a task's (`task-…`) or a section heading's id. */
  anchor: string;
  /**
   * The audience chips (their labels, as the pages' filter values are) whose
   * reader it is for; none when no chip names its reader (no role today: the
   * buddy's tasks are the Mentor chip's, lib/search-filters `ROLE_AUDIENCE`).
   */
  audiences: readonly string[];
}

/**
 * Per page address: per audience (a chip's label; `''` for parts no chip's
 * reader has), the anchors of the parts for that reader. What is not listed is
 * for everyone the page is for.
 */
export type PageParts = Record<string, Record<string, string[]>>;

const PAGE_PARTS_VERSION = 1;

interface PagePartsFile {
  v: typeof PAGE_PARTS_VERSION;
  pages: PageParts;
}

/** The programs' tasks as parts: a task is its own role's, or its section's; a sub-step is its task's. */
export function taskParts(
  programs: readonly ProgramShape[],
  audienceOf: (role: Role) => string | undefined,
): PagePart[] {
  const parts: PagePart[] = [];
  for (const program of programs) {
    const add = (item: ItemShape, role: Role | undefined) => {
      // A task with no role (a program for one kind of reader) is for everyone its page is for.
      if (!role) return;
      const audience = audienceOf(role);
      parts.push({ page: program.href, anchor: `${TASK_ID_PREFIX}${item.id}`, audiences: audience ? [audience] : [] });
      for (const sub of item.subtasks ?? []) add(sub, role);
    };
    for (const section of program.sections) for (const task of section.tasks) add(task, task.role ?? section.role);
  }
  return parts;
}

/** The file: the parts grouped by page and audience. */
export function pagePartsFile(parts: readonly PagePart[]): PagePartsFile {
  const pages: PageParts = {};
  for (const { page, anchor, audiences } of parts) {
    pages[page] ??= {};
    const groups = pages[page];
    for (const audience of audiences.length > 0 ? audiences : ['']) {
      groups[audience] ??= [];
      groups[audience].push(anchor);
    }
  }
  return { v: PAGE_PARTS_VERSION, pages };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The file as fetched, or undefined when it is not one this code reads (then nothing is left out). */
export function parsePageParts(value: unknown): PageParts | undefined {
  if (!isRecord(value) || value.v !== PAGE_PARTS_VERSION || !isRecord(value.pages)) return undefined;
  const pages: PageParts = {};
  for (const [page, groups] of Object.entries(value.pages)) {
    if (!isRecord(groups)) return undefined;
    const read: Record<string, string[]> = {};
    for (const [audience, anchors] of Object.entries(groups)) {
      if (!Array.isArray(anchors) || !anchors.every((anchor) => typeof anchor === 'string')) return undefined;
      read[audience] = anchors;
    }
    pages[page] = read;
  }
  return pages;
}

/**
 * Whether a part of a page (its anchor, and those of the sections it is in)
 * is for none of the readers chosen with the chips.
 */
export function othersParts(
  data: PageParts,
  chosen: ReadonlySet<string>,
): (pageUrl: string, anchors: readonly string[]) => boolean {
  const leftOut = new Map<string, Set<string>>();
  for (const [page, groups] of Object.entries(data)) {
    const listed = new Set(Object.values(groups).flat());
    for (const [audience, anchors] of Object.entries(groups)) {
      if (chosen.has(audience)) for (const anchor of anchors) listed.delete(anchor);
    }
    if (listed.size > 0) leftOut.set(page, listed);
  }
  return (pageUrl, anchors) => {
    const others = leftOut.get(pageUrl.split('#')[0] ?? pageUrl);
    return others !== undefined && anchors.some((anchor) => others.has(anchor));
  };
}
