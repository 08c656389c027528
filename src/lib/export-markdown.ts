import { xt } from '../i18n/export-ui';
import { t } from '../i18n/ui';
import type { Role } from '../schemas/program';
import { formatDate } from './dates';
import { escapeMarkdownLine, escapeMarkdownLines, segmentsToMarkdown, withHardBreaks } from './markdown-escape';
import { type DetailView, type ItemView, lensRole, type ProgramView, sectionsForRole } from './program-view';
import { type ItemState, programProgress } from './task-progress';

const CHECKBOX = { open: '[ ]', done: '[x]', na: '[~]' } as const;

/**
 * A task's record as the export reads it: the stored one, or what stands for one the page did not read
 * (src/stores/planner.ts, `$taskStates`).
 */
export type ExportRecords = Readonly<Record<string, { state: ItemState; note: string } | undefined>>;

export interface ExportOptions {
  /** Origin the site is served from, to make its own links absolute (`https://example.com`). */
  origin: string;
  startDate?: string | undefined;
  /** Only this role's part of the program (the reader's lens); everyone's tasks when undefined. */
  role?: Role | undefined;
}

/**
 * Every item is a bullet, as GitLab task lists are: `- [ ]` for a task or
 * sub-step, `- ` for a point (and for a task not known here). Lists the handbook numbers are numbered on the
 * page only; in the issue they are tasks to tick, and their nesting is kept.
 */
const MARK = '-';
/** What is under an item starts where its text does (two spaces after `- `). */
const NEST = ' '.repeat(MARK.length + 1);

function detailLines(details: readonly DetailView[], indent: string, origin: string): string[] {
  return details.flatMap((detail) => [
    `${indent}${MARK} ${segmentsToMarkdown(detail.text, origin)}`,
    ...(detail.details ?? []).map((point) => `${indent}${NEST}${MARK} ${segmentsToMarkdown(point, origin)}`),
  ]);
}

/** One task (or sub-step) and what is under it; `indent` is where its marker starts. */
function itemLines(item: ItemView, indent: string, records: ExportRecords, origin: string): string[] {
  const inner = indent + NEST;
  const note = records[item.id]?.note.trim() ?? '';
  const state = records[item.id]?.state ?? 'open';
  // Not known here: no box, which would claim it done or open in the issue, and the reason after its words.
  const known = state === 'open' || state === 'done' || state === 'na';
  const box = known ? `${CHECKBOX[state]} ` : '';
  const words = segmentsToMarkdown(item.text, origin);
  const text = known ? words : `${words} _(${xt(state === 'newer' ? 'export.newer' : 'export.unread')})_`;
  const lines: string[] = [];
  if (note) {
    // A trailing backslash is a hard line break: the note stays inside the item, on its own lines.
    const noteLines = escapeMarkdownLines(note);
    noteLines[0] = `${xt('export.note')} ${noteLines[0]}`;
    lines.push(...withHardBreaks([`${indent}${MARK} ${box}${text}`, ...noteLines.map((line) => inner + line)]));
  } else {
    lines.push(`${indent}${MARK} ${box}${text}`);
  }
  lines.push(...detailLines(item.details ?? [], inner, origin));
  for (const sub of item.subtasks ?? []) lines.push(...itemLines(sub, inner, records, origin));
  return lines;
}

/**
 * A program as a GitLab Markdown task list, to paste into an onboarding or
 * internship issue: a heading per section, `[x]` done, `[ ]` open, `[~]` not
 * applicable, no box for a task not known here, notes under their task. Every list is a
 * `- [ ]` task list, numbered on the page or not: nested lines are indented.
 *
 * A task's words are the handbook's, with no role written before them: a list of one role is under a heading
 * that names it ("## Manager: month 1"), and a task of another role in a list says whose it is in its own words
 * ("The mentor will add the intern …": tests/unit/programs.test.ts holds every such task to it). An issue is
 * Markdown anyone can edit, so a role written there would read as the handbook's; the page's tag is the site's.
 */
export function exportTaskList(program: ProgramView, records: ExportRecords, options: ExportOptions): string {
  const role = lensRole(program, options.role);
  const sections = sectionsForRole(program.sections, role);
  const progress = programProgress(sections, records);
  const counts = { done: progress.done, total: progress.total };
  const summary = [
    role ? xt('export.progressFor', { role: t(`role.${role}`), ...counts }) : xt('export.progress', counts),
  ];
  if (progress.notApplicable > 0) summary.push(xt('export.notApplicable', { count: progress.notApplicable }));
  if (progress.unknown) summary.push(xt('export.unknown', { count: progress.unknown }));

  const lines = [`# ${escapeMarkdownLine(program.title)}`, '', `${summary.join(', ')}.`];
  if (role) lines.push('', xt('export.lensNote', { role: t(`role.${role}`) }));
  if (options.startDate) lines.push('', xt('export.startDate', { date: formatDate(options.startDate) }));
  for (const section of sections) {
    lines.push('', `## ${escapeMarkdownLine(section.title)}`, '');
    for (const task of section.tasks) {
      lines.push(...itemLines(task, '', records, options.origin));
    }
  }
  return `${lines.join('\n')}\n`;
}
