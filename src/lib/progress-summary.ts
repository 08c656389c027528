import { cst } from '../i18n/checklist-store-ui';
import { t } from '../i18n/ui';
import type { Period, Role } from '../schemas/program';
import type { ProgramSettings } from '../schemas/stored';
import { clipText } from './clip-text';
import { MAX_DATE } from './dates';
import { type LensSection, programItemIds, programLens } from './program-view';
import { isComplete } from './progress';
import { periodRange, programPanelId, sectionTarget } from './schedule';
import { type ProgressSummary, SUMMARY_VERSION, type SummaryBlock, type SummaryProgram } from './summary-read';
import { type ItemState, sectionProgress } from './task-progress';

/*
 * Builds the progress summary plain pages read (see summary-read.ts) from
 * what a planner page knows: the program's structure, the reader's records
 * and settings, and the words of its tasks.
 */

/** Longest task text kept in the summary: enough for a card, small enough for one key. */
const TEXT_MAX = 200;

interface SummarySection extends LensSection {
  title: string;
  anchor: string;
  period?: Period | undefined;
}

export interface SummaryInput {
  id: string;
  title: string;
  href: string;
  /** Roles the reader can choose between; progress and next task then count the chosen role's part. */
  roles?: readonly Role[] | undefined;
  sections: readonly SummarySection[];
}

const clip = (text: string) => clipText(text, TEXT_MAX);

type DatedSection = SummarySection & { period: Period };

const datedOnly = (sections: readonly SummarySection[]) =>
  sections.filter((section): section is DatedSection => section.period !== undefined);

/** A period named without a role: "Month 2", "Beyond month 3", "Week 4". */
const periodName = (period: Period) =>
  cst(period.unit === 'week' ? 'summary.week' : period.beyond ? 'summary.beyondMonth' : 'summary.month', {
    index: period.beyond ? period.index - 1 : period.index,
  });

/**
 * The dated blocks of the reader's part ("Now: …" on My progress and the home page), as the program panel
 * dates them, and each linking to something that part shows: the part's own dated lists, each to its list (its
 * heading, or the list itself where lists share one: the onboarding months). A part with no dated list of its
 * own (the new CSM's: the onboarding months are the manager's and the buddy's) gets the program's periods,
 * named without a role, each linking to the program panel, which says where the reader is; a link to another
 * role's list would land on a list the reader's lens folds away.
 */
function datedBlocks(
  program: SummaryInput,
  own: readonly SummarySection[],
  role: Role | undefined,
  startDate: string,
): SummaryBlock[] {
  const block = (label: string, period: Period, target: string): SummaryBlock => {
    const range = periodRange(period, startDate);
    return { label, from: range.start, to: range.end ?? MAX_DATE, href: `${program.href}#${target}` };
  };
  const ownDated = datedOnly(own);
  if (ownDated.length > 0 || !role) {
    return ownDated.map((section) => block(section.title, section.period, sectionTarget(section, program.sections)));
  }
  // Each period once: the dated lists of the first role that has some (the manager's months).
  const dated = datedOnly(program.sections);
  return dated
    .filter((section) => section.role === dated[0]?.role)
    .map((section) => block(periodName(section.period), section.period, programPanelId(program.id)));
}

/** What the summary says of one program. */
export function summarizeProgram(
  program: SummaryInput,
  records: Readonly<Record<string, { state: ItemState; updatedAt: number } | undefined>>,
  settings: ProgramSettings | undefined,
  taskText: (id: string) => string,
): SummaryProgram {
  // Through the reader's role lens, as the program panel: "New CSM: 3 of 37", the New CSM's next task.
  const lens = programLens(program, settings?.role, records);
  const { progress, next } = lens;
  const ids = new Set(programItemIds(program));
  let lastAt = 0;
  for (const [id, record] of Object.entries(records)) {
    if (record && ids.has(id) && record.updatedAt > lastAt) lastAt = record.updatedAt;
  }
  const startDate = settings?.startDate;
  const blocks = startDate ? datedBlocks(program, lens.sections, lens.role, startDate) : [];
  return {
    title: program.title,
    href: program.href,
    ...(lens.role ? { role: t(`role.${lens.role}`) } : {}),
    done: progress.done,
    total: progress.total,
    // Tasks not known here (a record from a newer version, or one not read), which `total` leaves out.
    ...(progress.unknown ? { unknown: progress.unknown } : {}),
    lastAt,
    ...(next
      ? {
          next: {
            text: clip(taskText(next.item.id)),
            section: clip(next.section.title),
            href: `${program.href}#task-${next.item.id}`,
          },
        }
      : {}),
    // As a list's own meter says it: something counts and all of it is done. A list set aside whole (every task
    // not applicable) is not finished: nothing was done, so no check mark and no "Well done".
    finished: program.sections
      .filter((section) => {
        const progress = sectionProgress(section, records);
        return progress.total > 0 && isComplete(progress);
      })
      .map((section) => section.anchor),
    ...(blocks.length > 0 ? { blocks } : {}),
  };
}

/** The stored summary with these programs' entries replaced (others kept: another page tracks them). */
export function withPrograms(
  current: ProgressSummary | undefined,
  programs: Readonly<Record<string, SummaryProgram>>,
): ProgressSummary {
  return { v: SUMMARY_VERSION, programs: { ...(current?.programs ?? {}), ...programs } };
}

/** Sections that are finished in `after` but were not in `before` (for the celebration). */
export function newlyFinished(before: SummaryProgram | undefined, after: SummaryProgram): string[] {
  if (!before) return [];
  const was = new Set(before.finished);
  return after.finished.filter((anchor) => !was.has(anchor));
}
