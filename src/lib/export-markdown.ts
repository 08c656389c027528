import { xt } from '../i18n/export-ui';
import { t } from '../i18n/ui';
import type { Numbering, Role } from '../schemas/program';
import type { TaskRecord } from '../schemas/stored';
import { formatDate } from './dates';
import { escapeMarkdownLine, escapeMarkdownLines, segmentsToMarkdown } from './markdown-escape';
import { type DetailView, type ItemView, lensRole, type ProgramView, sectionsForRole } from './program-view';
import { programProgress, stateOf } from './progress';

/** Roles whose tasks are the reader's own: their items carry no prefix in the export. */
const READER_ROLES: ReadonlySet<Role> = new Set(['new-csm', 'intern']);

const CHECKBOX = { open: '[ ]', done: '[x]', na: '[~]' } as const;

export interface ExportOptions {
  /** Origin the site is served from, to make its own links absolute (`https://example.com`). */
  origin: string;
  startDate?: string | undefined;
  /** Only this role's part of the program (the reader's lens); everyone's tasks when undefined. */
  role?: Role | undefined;
}

/** How a list's items are marked: numbered as the handbook numbers them, or bullets. */
const marker = (ordered: boolean, index: number) => (ordered ? `${index + 1}.` : '-');

function detailLines(details: readonly DetailView[], indent: string, ordered: boolean, origin: string): string[] {
  return details.flatMap((detail, i) => {
    const mark = marker(ordered, i);
    const inner = indent + ' '.repeat(mark.length + 1);
    return [
      `${indent}${mark} ${segmentsToMarkdown(detail.text, origin)}`,
      ...(detail.details ?? []).map((point, j) => `${inner}${marker(ordered, j)} ${segmentsToMarkdown(point, origin)}`),
    ];
  });
}

/**
 * One task (or sub-step) and what is under it. `indent` is where its marker
 * starts; what is under it starts where its text does, as Markdown nests lists
 * (two spaces after `-`, three after `1.`, four after `10.`).
 */
function itemLines(
  item: ItemView,
  indent: string,
  mark: string,
  numbering: Numbering | undefined,
  role: Role | undefined,
  records: Readonly<Record<string, TaskRecord | undefined>>,
  origin: string,
): string[] {
  const inner = indent + ' '.repeat(mark.length + 1);
  const prefix = role && !READER_ROLES.has(role) ? `${t(`role.${role}`)}: ` : '';
  const note = records[item.id]?.note.trim() ?? '';
  const text = `${prefix}${segmentsToMarkdown(item.text, origin)}`;
  const lines: string[] = [];
  if (note) {
    // A trailing backslash is a hard line break: the note stays inside the item, on its own lines.
    const noteLines = escapeMarkdownLines(note);
    lines.push(`${indent}${mark} ${CHECKBOX[stateOf(records, item.id)]} ${text}\\`);
    noteLines.forEach((line, i) => {
      const label = i === 0 ? `${xt('export.note')} ` : '';
      lines.push(`${inner}${label}${line}${i < noteLines.length - 1 ? '\\' : ''}`);
    });
  } else {
    lines.push(`${indent}${mark} ${CHECKBOX[stateOf(records, item.id)]} ${text}`);
  }
  const nestedOrdered = numbering === 'all';
  lines.push(...detailLines(item.details ?? [], inner, nestedOrdered, origin));
  (item.subtasks ?? []).forEach((sub, i) => {
    lines.push(...itemLines(sub, inner, marker(nestedOrdered, i), numbering, undefined, records, origin));
  });
  return lines;
}

/**
 * A program as a GitLab Markdown task list, to paste into an onboarding or
 * internship issue: a heading per section, `[x]` done, `[ ]` open, `[~]` not
 * applicable, role prefixes, notes under their task, numbered where the
 * handbook numbers the list (`1. [ ] …`, a GitLab task list too).
 */
export function exportTaskList(
  program: ProgramView,
  records: Readonly<Record<string, TaskRecord | undefined>>,
  options: ExportOptions,
): string {
  const role = lensRole(program, options.role);
  const sections = sectionsForRole(program.sections, role);
  const progress = programProgress(sections, records);
  const counts = { done: progress.done, total: progress.total };
  const summary = [
    role ? xt('export.progressFor', { role: t(`role.${role}`), ...counts }) : xt('export.progress', counts),
  ];
  if (progress.notApplicable > 0) summary.push(xt('export.notApplicable', { count: progress.notApplicable }));

  const lines = [`# ${escapeMarkdownLine(program.title)}`, '', `${summary.join(', ')}.`];
  if (role) lines.push('', xt('export.lensNote', { role: t(`role.${role}`) }));
  if (options.startDate) lines.push('', xt('export.startDate', { date: formatDate(options.startDate) }));
  for (const section of sections) {
    lines.push('', `## ${escapeMarkdownLine(section.title)}`, '');
    section.tasks.forEach((task, i) => {
      const mark = marker(Boolean(section.numbering), i);
      lines.push(...itemLines(task, '', mark, section.numbering, task.role ?? section.role, records, options.origin));
    });
  }
  return `${lines.join('\n')}\n`;
}
