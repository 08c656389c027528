import type { Detail, Numbering, Period, Program, Role } from '../schemas/program';
import { type InlineSegment, parseInline, plainText } from './inline-markdown';
import { resolveContentLink } from './links';
import type { Progress } from './progress';
import { type ItemLike, nextOpenItem, programProgress, type SectionLike, type StateRecords } from './task-progress';

/** Inline text with every link resolved to where it goes on this site. */
export type ViewSegment =
  | Exclude<InlineSegment, { kind: 'link' }>
  | { kind: 'link'; text: string; href: string; external: boolean };

/** A point under a task, with the points it introduces, if any. */
export interface DetailView {
  text: ViewSegment[];
  details?: ViewSegment[][];
}

export interface ItemView {
  id: string;
  text: ViewSegment[];
  /** The text without markup. */
  plain: string;
  role?: Role;
  details?: DetailView[];
  subtasks?: ItemView[];
  /** Where the page lists it, words for screen readers only: set by the build for a task whose words another shares (lib/task-places). */
  place?: string;
}

export interface SectionView {
  id: string;
  title: string;
  anchor: string;
  role?: Role;
  period?: Period;
  /** How the handbook numbers this list (see the program schema); bullets without it. */
  numbering?: Numbering;
  tasks: ItemView[];
}

/** What the planner islands and exports get of a program: serialisable, links resolved. */
export interface ProgramView {
  id: string;
  title: string;
  shortTitle: string;
  /** URL of the handbook page, base path included. */
  href: string;
  schedule?: 'weeks' | 'months';
  roles?: Role[];
  sections: SectionView[];
}

function resolveSegments(source: string, ownPaths: ReadonlySet<string>, base: string): ViewSegment[] {
  return parseInline(source).map((segment): ViewSegment => {
    if (segment.kind !== 'link') return segment;
    const link = resolveContentLink(segment.href, ownPaths, base);
    if (link.kind === 'unsafe') return { kind: 'text', text: segment.text };
    return { kind: 'link', text: segment.text, href: link.href, external: link.kind === 'external' };
  });
}

/** Prepares a program from the content collection for the islands. */
export function toProgramView(id: string, program: Program, ownPaths: ReadonlySet<string>, base: string): ProgramView {
  const segments = (text: string) => resolveSegments(text, ownPaths, base);
  const detail = (point: Detail): DetailView =>
    typeof point === 'string'
      ? { text: segments(point) }
      : { text: segments(point.text), details: point.details.map(segments) };
  const pageHref = resolveContentLink(program.page, ownPaths, base);
  return {
    id,
    title: program.title,
    shortTitle: program.shortTitle,
    href: pageHref.kind === 'internal' ? pageHref.href : program.page,
    ...(program.schedule ? { schedule: program.schedule } : {}),
    ...(program.roles ? { roles: program.roles } : {}),
    sections: program.sections.map((section) => ({
      id: section.id,
      title: section.title,
      anchor: section.anchor,
      ...(section.role ? { role: section.role } : {}),
      ...(section.period ? { period: section.period } : {}),
      ...(program.numbering ? { numbering: program.numbering } : {}),
      tasks: section.tasks.map((task) => ({
        id: task.id,
        text: segments(task.text),
        plain: plainText(parseInline(task.text)),
        ...(task.role ? { role: task.role } : {}),
        ...(task.details ? { details: task.details.map(detail) } : {}),
        ...(task.subtasks
          ? {
              subtasks: task.subtasks.map((sub) => ({
                id: sub.id,
                text: segments(sub.text),
                plain: plainText(parseInline(sub.text)),
                ...(sub.details ? { details: sub.details.map(detail) } : {}),
              })),
            }
          : {}),
      })),
    })),
  };
}

/**
 * A task or sub-step without its words: what a checklist island needs to
 * track it. The words are on the page already (rendered once, as slots), so
 * they are not repeated in the island's props.
 */
export interface ItemShape {
  id: string;
  role?: Role;
  /** Whether it has points under it (TaskDetails): they describe its checkbox. */
  details?: true;
  subtasks?: ItemShape[];
}

export type SectionShape = Omit<SectionView, 'tasks'> & { tasks: ItemShape[] };

/** A program without its tasks' words: what the program panel needs for progress, dates and reset. */
export type ProgramShape = Omit<ProgramView, 'sections'> & { sections: SectionShape[] };

function toItemShape(item: ItemView): ItemShape {
  return {
    id: item.id,
    ...(item.role ? { role: item.role } : {}),
    ...(item.details ? { details: true as const } : {}),
    ...(item.subtasks ? { subtasks: item.subtasks.map(toItemShape) } : {}),
  };
}

export function toSectionShape(section: SectionView): SectionShape {
  return {
    id: section.id,
    title: section.title,
    anchor: section.anchor,
    ...(section.role ? { role: section.role } : {}),
    ...(section.period ? { period: section.period } : {}),
    ...(section.numbering ? { numbering: section.numbering } : {}),
    tasks: section.tasks.map(toItemShape),
  };
}

export function toProgramShape(view: ProgramView): ProgramShape {
  return { ...view, sections: view.sections.map(toSectionShape) };
}

/** Every tickable id of a program, in reading order. */
export function programItemIds(program: { sections: readonly SectionLike[] }): string[] {
  return program.sections.flatMap((section) =>
    section.tasks.flatMap((task) => [task.id, ...(task.subtasks ?? []).map((sub) => sub.id)]),
  );
}

/** The little the My progress page needs of a program. */
export interface ProgramSummary {
  id: string;
  title: string;
  shortTitle: string;
  href: string;
  roles?: Role[];
  sections: {
    id: string;
    title: string;
    anchor: string;
    role?: Role;
    period?: Period;
    tasks: { id: string; plain: string; role?: Role; subtasks?: { id: string; plain: string }[] }[];
  }[];
}

export function toProgramSummary(view: ProgramView): ProgramSummary {
  return {
    id: view.id,
    title: view.title,
    shortTitle: view.shortTitle,
    href: view.href,
    ...(view.roles ? { roles: view.roles } : {}),
    sections: view.sections.map((section) => ({
      id: section.id,
      title: section.title,
      anchor: section.anchor,
      ...(section.role ? { role: section.role } : {}),
      ...(section.period ? { period: section.period } : {}),
      tasks: section.tasks.map((task) => ({
        id: task.id,
        plain: task.plain,
        ...(task.role ? { role: task.role } : {}),
        ...(task.subtasks ? { subtasks: task.subtasks.map((sub) => ({ id: sub.id, plain: sub.plain })) } : {}),
      })),
    })),
  };
}

/** Sections with the plain text of their items: enough to name any item by id. */
interface SectionsWithText {
  sections: readonly {
    tasks: readonly { id: string; plain: string; subtasks?: readonly { id: string; plain: string }[] | undefined }[];
  }[];
}

/** The plain text of the task or sub-step `id` (the id itself if it is unknown). */
export function itemPlainText(program: SectionsWithText, id: string): string {
  for (const section of program.sections) {
    for (const task of section.tasks) {
      if (task.id === id) return task.plain;
      const sub = task.subtasks?.find((item) => item.id === id);
      if (sub) return sub.plain;
    }
  }
  return id;
}

/** What the role lens needs of a program: its roles, and whose each list and task is. */
export interface LensProgram<S extends LensSection = LensSection> {
  roles?: readonly Role[] | undefined;
  sections: readonly S[];
}

export interface LensSection extends SectionLike {
  role?: Role | undefined;
  tasks: readonly (ItemLike & { role?: Role | undefined })[];
}

/**
 * The role the reader's lens shows: the stored choice when the program offers
 * it, else none (everyone's tasks). A role left over from another program, or
 * one a program no longer offers, shows everything rather than nothing.
 */
export function lensRole(program: { roles?: readonly Role[] | undefined }, chosen: Role | undefined): Role | undefined {
  return chosen && program.roles?.includes(chosen) ? chosen : undefined;
}

/**
 * The part of a program one role sees: the lists and tasks that are theirs (a
 * task's own role, else its list's; a task with neither is everyone's). With no
 * role, every list. Lists left with no task are dropped.
 */
export function sectionsForRole<S extends LensSection>(sections: readonly S[], role: Role | undefined): S[] {
  if (!role) return [...sections];
  return sections.flatMap((section) => {
    const tasks = section.tasks.filter((task) => {
      const owner = task.role ?? section.role;
      return owner === undefined || owner === role;
    });
    if (tasks.length === 0) return [];
    return [tasks.length === section.tasks.length ? section : { ...section, tasks }];
  });
}

/** A program as the reader's lens shows it: whose part, its lists, its progress and next open item. */
export interface ProgramLens<S extends LensSection = LensSection> {
  /** The role whose part is shown; undefined for everyone's tasks. */
  role: Role | undefined;
  sections: S[];
  progress: Progress;
  next: { section: S; item: ItemLike } | undefined;
}

/** What the panel, My progress and (later) the home page and navigation badges show of a program. */
export function programLens<S extends LensSection>(
  program: LensProgram<S>,
  chosen: Role | undefined,
  records: StateRecords,
): ProgramLens<S> {
  const role = lensRole(program, chosen);
  const sections = sectionsForRole(program.sections, role);
  return { role, sections, progress: programProgress(sections, records), next: nextOpenItem(sections, records) };
}
