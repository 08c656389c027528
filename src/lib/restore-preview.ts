import { bt } from '../i18n/backup-ui';
import { t } from '../i18n/ui';
import type { PlannerData } from '../schemas/backup';
import { EMPTY_LADDER_DATA, isBlankRating, type LadderRating } from '../schemas/ladder-records';
import type { TaskRecord } from '../schemas/stored';
import { clipText } from './clip-text';
import { titleOf } from './plan-labels';
import { lensRole, type ProgramSummary, programItemIds } from './program-view';
import type { SectionLike } from './task-progress';
import { formatCount } from './text-limit';

/*
 * The restore's preview: what restoring a backup over the reader's data would change, counted and said in words,
 * for the reader to confirm. Reading the file is the backup file's code (src/lib/backup.ts); both load together,
 * on demand, on My progress (src/islands/my-progress/load-backup-code.ts).
 */

/**
 * What the restore's preview says of each program a whole backup sets to a part it does not offer (a role outside
 * the program's `roles:` in content/programs/): that it will show everyone's tasks.
 *
 * Such a file is restored, not refused. The schema refuses a word that is no role of the site's; a role the program
 * does not offer is one the site reads, in the reader's own stored settings, as everyone's tasks (`lensRole`), so
 * that a part the content stops offering leaves the reader's data readable and the backups made before then
 * restorable (every backup the site writes, it can restore), as a task the handbook no longer has is kept. Refusing
 * it here would refuse those backups. What was wrong was the silence: a hand-edited file changed what a checklist
 * shows without a word, so the preview says it before the reader confirms.
 */
export function unofferedRoleNotes(
  programs: readonly Pick<ProgramSummary, 'id' | 'title' | 'roles'>[],
  backup: { data: PlannerData; only?: 'plans' | undefined },
): string[] {
  return programs.flatMap((program) => {
    const role = backup.only ? undefined : backup.data.programs[program.id]?.role;
    return role && !lensRole(program, role)
      ? [bt('backup.everyone', { program: program.title, role: t(`role.${role}`) })]
      : [];
  });
}

/**
 * What the restore's preview lists for a file: for a whole backup, each kind of change it counts (`changeLines`),
 * then what it says of a checklist; for a plan's own file, which can only add its plan or put it back over the same
 * plan, each plan by its title (`planLines`). None when nothing changes.
 */
export function previewLines(
  current: PlannerData,
  backup: { data: PlannerData; only?: 'plans' | undefined },
  programs: readonly ProgramSummary[],
): string[] {
  if (backup.only) return planLines(current, backup.data.plans);
  const changes = changeLines(restoreChanges(current, backup.data, programs));
  // A restore that changes nothing leaves each checklist as it is, with nothing to say of it either.
  return changes[0] ? [...changes, ...unofferedRoleNotes(programs, backup)] : changes;
}

/** Each plan of a plan's own file that the restore adds, or puts back over this browser's copy of it, by its title. */
function planLines(current: PlannerData, plans: PlannerData['plans']): string[] {
  return Object.values(plans).flatMap((plan) => {
    const before = current.plans[plan.id];
    return JSON.stringify(before) === JSON.stringify(plan)
      ? []
      : [bt(before ? 'backup.change.planReplaced' : 'backup.change.planAdded', { title: titleOf(plan) })];
  });
}

/** The kinds of change the restore's preview counts, in the order it lists them. */
const CHANGE_KINDS = [
  'ticked',
  'unticked',
  'markedNotApplicable',
  'notesChanged',
  'unknownKept',
  'unknownRemoved',
  'settingsChanged',
  'plansChanged',
  'managerChanged',
  'ladderChanged',
] as const;

/** How many plans the whole backup's preview names before it says how many more: a line, not a list. */
const PLANS_NAMED = 3;
/**
 * Longest plan title it quotes, as a message quotes a name (MAX_QUOTED_LENGTH, src/lib/quoted.ts). Cut with the
 * backup code's own `clipText`: `quoted` and `wordList` here split each into a file of their own, which the plan
 * builder and the ladder then loaded (+60 and +144 bytes gzip).
 */
const PLAN_TITLE_LENGTH = 60;

/**
 * What the restore's preview lists, in words ("1 task becomes ticked"): each kind of change it counts, none when
 * nothing changes; the plans by their titles too, as a plan's own file names its plan ("2 plans added, changed or
 * removed: “Q1 plan”, “Mock plan”"; past three, "… and 2 more"). With the backup code, as its counts are, so
 * My progress's first load carries none of the words.
 */
export function changeLines(changes: RestoreChanges): string[] {
  const titles = changes.planTitles
    .slice(0, PLANS_NAMED)
    .map((title) => bt('backup.change.planTitle', { title }))
    .join(', ');
  const more = changes.planTitles.length - PLANS_NAMED;
  const named = more > 0 ? bt('backup.change.morePlans', { titles, count: formatCount(more) }) : titles;
  return CHANGE_KINDS.flatMap((kind) =>
    changes[kind] > 0 ? [bt(`backup.change.${kind}`, { count: formatCount(changes[kind]), titles: named })] : [],
  );
}

export interface RestoreChanges {
  /** Tasks that become ticked. */
  ticked: number;
  /** Tasks that lose their tick (or their not-applicable mark). */
  unticked: number;
  /** Tasks that become not applicable. */
  markedNotApplicable: number;
  /** Tasks whose note changes. */
  notesChanged: number;
  /**
   * Records for tasks this site does not have (retired, or made up by hand) that the restore writes, new or
   * changed: they are kept, counted on My progress and backed up, as a retired task's progress is, and no
   * checklist shows them. Counted here and in no line above, which would say they "become ticked".
   */
  unknownKept: number;
  /** Records for tasks this site does not have that the restore removes: the file does not hold them. */
  unknownRemoved: number;
  /** Programs whose start date or role changes. */
  settingsChanged: number;
  /** 30-60-90 plans added, changed or removed. */
  plansChanged: number;
  /**
   * Their titles, as the page names a plan ("Untitled plan" for none) and cut as a message quotes a name: the file's
   * for a plan it holds, this browser's for one it removes.
   */
  planTitles: string[];
  /** Manager toolkit records (review sessions, agenda weeks, team, tally…) added, changed or removed. */
  managerChanged: number;
  /** Career ladder records (ratings, evidence, chosen levels) added, changed or removed. */
  ladderChanged: number;
  /** True when restoring changes nothing. */
  none: boolean;
}

/** A task record as the reader sees it: its state and note ('' for none, or one that holds neither). */
const seenTask = (record: TaskRecord | undefined) =>
  record && (record.state !== 'open' || record.note) ? `${record.state}:${record.note}` : '';

/**
 * What restoring `backup` over `current` would change, for the reader to confirm. With the site's `programs`,
 * records for tasks none of them has are counted apart (`unknownKept`, `unknownRemoved`); without, every task
 * counts as the site's.
 */
export function restoreChanges(
  current: PlannerData,
  backup: PlannerData,
  programs?: readonly { sections: readonly SectionLike[] }[],
): RestoreChanges {
  const ids = new Set([...Object.keys(current.tasks), ...Object.keys(backup.tasks)]);
  const known = programs && new Set(programs.flatMap(programItemIds));
  let ticked = 0;
  let unticked = 0;
  let markedNotApplicable = 0;
  let notesChanged = 0;
  let unknownKept = 0;
  let unknownRemoved = 0;
  for (const id of ids) {
    const before = current.tasks[id];
    const after = backup.tasks[id];
    if (known && !known.has(id)) {
      const [from, to] = [seenTask(before), seenTask(after)];
      if (from !== to) {
        if (to) unknownKept += 1;
        else unknownRemoved += 1;
      }
      continue;
    }
    const from = before?.state ?? 'open';
    const to = after?.state ?? 'open';
    if (from !== to) {
      if (to === 'done') ticked += 1;
      else if (to === 'na') markedNotApplicable += 1;
      else unticked += 1;
    }
    if ((before?.note ?? '') !== (after?.note ?? '')) notesChanged += 1;
  }
  let settingsChanged = 0;
  for (const id of new Set([...Object.keys(current.programs), ...Object.keys(backup.programs)])) {
    const before = current.programs[id];
    const after = backup.programs[id];
    if (before?.startDate !== after?.startDate || before?.role !== after?.role) settingsChanged += 1;
  }
  const planTitles = changedIds(current.plans, backup.plans).flatMap((id) => {
    const plan = backup.plans[id] ?? current.plans[id];
    return plan ? [clipText(titleOf(plan), PLAN_TITLE_LENGTH)] : [];
  });
  const plansChanged = planTitles.length;
  const managerChanged = changedRecords(current.manager ?? {}, backup.manager ?? {});
  const ladderBefore = current.ladder ?? EMPTY_LADDER_DATA;
  const ladderAfter = backup.ladder ?? EMPTY_LADDER_DATA;
  const ladderChanged =
    changedRecords(seenRatings(ladderBefore.ratings), seenRatings(ladderAfter.ratings)) +
    changedRecords(ladderBefore.evidence, ladderAfter.evidence) +
    (JSON.stringify(ladderBefore.settings) !== JSON.stringify(ladderAfter.settings) ? 1 : 0);
  const changes = [ticked, unticked, markedNotApplicable, notesChanged, settingsChanged, plansChanged, managerChanged];
  const none = [...changes, unknownKept, unknownRemoved, ladderChanged].every((count) => count === 0);
  return {
    ticked,
    unticked,
    markedNotApplicable,
    notesChanged,
    unknownKept,
    unknownRemoved,
    settingsChanged,
    plansChanged,
    planTitles,
    managerChanged,
    ladderChanged,
    none,
  };
}

/**
 * Ratings as the reader sees them: what each records, without the stamps that date its changes, and none for a
 * record kept only for its stamps (a cleared item, src/stores/ladder-records.ts). A restore that changes only
 * stamps changes nothing the reader can see, and the preview says so.
 */
function seenRatings(ratings: Readonly<Record<string, LadderRating>>): Record<string, unknown> {
  const seen: Record<string, unknown> = {};
  for (const [id, { rating, evidence, note }] of Object.entries(ratings)) {
    if (!isBlankRating(ratings[id])) seen[id] = { rating, evidence, note };
  }
  return seen;
}

/** The ids of the records that differ between two sets of one kind (added, changed or removed), in their order. */
function changedIds(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (id) => JSON.stringify(before[id]) !== JSON.stringify(after[id]),
  );
}

/** How many records differ between two sets of one kind (added, changed or removed). */
function changedRecords(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): number {
  return changedIds(before, after).length;
}
