import '../../styles/planner.css';
import '../../styles/checklist.css';
import '../../styles/checklist-lists.css';
import { computed } from 'nanostores';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $arrival, arrivalShown, watchArrivals } from '../../browser/link-arrival';
import { ct } from '../../i18n/checklist-ui';
import { t } from '../../i18n/ui';
import { formatRange, localToday } from '../../lib/dates';
import { type ItemShape, programItemIds, type SectionShape } from '../../lib/program-view';
import { isComplete } from '../../lib/progress';
import { checklistElementId, isCurrentPeriod, periodRange } from '../../lib/schedule';
import { sectionProgress, unknownWords } from '../../lib/task-progress';
import type { Role } from '../../schemas/program';
import { $programSettings, type TaskView, tasksOf } from '../../stores/planner';
import { ProgressMeter } from '../ProgressMeter';
import { usePlannerReady } from '../use-planner-ready';
import { useStore } from '../use-store';
import { TaskItem } from './TaskItem';
import { TaskList } from './TaskList';
import { isFinished, WHY } from './task-state';

interface Props {
  programId: string;
  /** The list's ids and structure; its words are in the page (see TaskWords). */
  section: SectionShape;
}

const NO_RECORDS: Readonly<Record<string, TaskView>> = {};

/** Why another role's list is shown: the reader asked ("Show it anyway"), or a link to it led here. */
type Shown = 'asked' | 'link';

/** The item `id` names (`task-<item id>`), after the task it is a sub-step of, if any. */
function itemPath(section: SectionShape, id: string): ItemShape[] {
  for (const task of section.tasks) {
    if (`task-${task.id}` === id) return [task];
    const sub = task.subtasks?.find((item) => `task-${item.id}` === id);
    if (sub) return [task, sub];
  }
  return [];
}

/** The link the reader arrived by when it points into this list (the list itself, a task or a sub-step), else undefined. */
const arrivalIn = (section: SectionShape) =>
  computed($arrival, (arrival) =>
    arrival && (arrival.id === checklistElementId(section.id) || itemPath(section, arrival.id).length > 0)
      ? arrival
      : undefined,
  );

/**
 * One list of tasks under a heading of a handbook page. The server renders it
 * with every task as text and disabled checkboxes; after hydration the stored
 * state appears and the controls come alive, in the same layout.
 */
export default function ChecklistSection({ programId, section }: Props) {
  // Before the planner starts: the target of the link the reader came by is kept in place from the lists' first change.
  useLayoutEffect(watchArrivals, []);
  const ready = usePlannerReady();
  // This list's records only: a tick elsewhere on the page does not re-render it.
  const $own = useMemo(() => tasksOf(programItemIds({ sections: [section] })), [section]);
  const stored = useStore($own);
  const settings = useStore($programSettings)[programId];
  const arrival = useStore(useMemo(() => arrivalIn(section), [section]));
  const [shown, setShown] = useState<Shown | undefined>(undefined);
  const records = ready ? stored : NO_RECORDS;
  const progress = sectionProgress(section, records);

  const viewer = ready ? settings?.role : undefined;
  // Another role's list folds away behind a message; it stays in the page,
  // hidden, so its words remain where the program panel finds them.
  const otherRole = Boolean(viewer && section.role && section.role !== viewer);
  const elementId = checklistElementId(section.id);
  const listId = `${elementId}-tasks`;
  const hidden = otherRole && !shown;
  // A lens changed in another tab (its panel, a restore) does not fold away the list the reader is in: it stays
  // shown, as "Show it anyway" shows it, and a note being typed keeps its words and the focus. Before the browser
  // draws or moves the focus off the list just hidden (it does so in a task of its own), the list shows again.
  useLayoutEffect(() => {
    if (hidden && document.getElementById(listId)?.contains(document.activeElement)) setShown('asked');
  });

  const startDate = ready ? settings?.startDate : undefined;
  const range = startDate && section.period ? periodRange(section.period, startDate) : undefined;
  const current = startDate && section.period ? isCurrentPeriod(section.period, startDate, localToday()) : false;
  /*
   * A role's tag, on a task of a role other than its list's only (the internship's pre-internship tasks: the
   * mentor's among the intern's). A list of one role sits under the handbook's heading that names it ("Expectations
   * for Manager support during Onboarding"), and its group is named after it: a label on each task said it again,
   * in the handbook's words' place.
   */
  const labelOf = (role?: Role) => (role && role !== section.role ? t(`role.${role}`) : undefined);
  const hideDone = ready && settings?.hideDone === true;

  // A list finished before this visit folds to one "done" line; one the reader
  // finishes now stays open in front of them (the last tick does not yank it away).
  const complete = ready && progress.total > 0 && isComplete(progress);
  const foldAtStart = useRef<boolean | null>(null);
  if (ready && foldAtStart.current === null) foldAtStart.current = complete;
  if (ready && !complete) foldAtStart.current = false;
  const [expanded, setExpanded] = useState<boolean | null>(null);
  const folded = complete && (expanded === null ? foldAtStart.current === true : !expanded);
  // Counted as the list's progress counts (a task's sub-steps too), so "Hidden: 11 done" matches "11 of 11".
  const hiddenCount =
    hideDone && !folded
      ? sectionProgress({ ...section, tasks: section.tasks.filter((task) => isFinished(task, records)) }, records).done
      : 0;

  // A link that points into this list shows what it points at, if the list hides it: another role's list is
  // shown (and says why), a folded list opens, a finished task stays while finished tasks are hidden (TaskItem).
  // (Once per arrival: the effect runs again only for a new one.)
  const path = arrival ? itemPath(section, arrival.id) : [];
  useLayoutEffect(() => {
    if (!ready || !arrival) return;
    const taskGone = hideDone && path.some((item) => isFinished(item, records));
    if (hidden) setShown('link');
    if (folded) setExpanded(true);
    if (hidden || folded || taskGone) arrivalShown(arrival.seq);
  }, [ready, arrival]);

  return (
    <div
      class={`checklist${current ? ' checklist--current' : ''}${hidden ? ' checklist--hidden' : ''}${folded ? ' checklist--folded' : ''}`}
      id={elementId}
      role="group"
      aria-label={section.title}
    >
      {otherRole && viewer && section.role && (
        // One button that shows and hides again, so the focus stays on it; named for its list (the page has one per
        // list of another role's: a dozen "Show it anyway" told a screen reader nothing), the visible words kept.
        <p data-pagefind-ignore="">
          {ct(shown === 'link' ? 'planner.shownForLink' : 'planner.hiddenForRole', {
            role: t(`role.${section.role}`),
            viewer: t(`role.${viewer}`),
          })}{' '}
          <button
            type="button"
            class="button button--small"
            aria-controls={listId}
            aria-expanded={!hidden}
            onClick={() => setShown(shown ? undefined : 'asked')}
          >
            {shown ? ct('planner.hideAgain') : ct('planner.showAnyway')} <span class="sr-only">{section.title}</span>
          </button>
        </p>
      )}
      {/* Progress, dates and badges are the planner's, not the handbook's: left out of search. */}
      <div class="checklist__summary" hidden={hidden} data-pagefind-ignore="">
        {complete ? (
          <button
            type="button"
            class="checklist__fold"
            aria-expanded={!folded}
            aria-controls={listId}
            onClick={() => setExpanded(folded)}
          >
            <span class="checklist__fold-mark" aria-hidden="true">
              ✓
            </span>
            <span>
              {ct('planner.sectionDone', { title: section.title })}{' '}
              <span class="checklist__fold-count">
                {ct('planner.sectionDoneCount', { done: progress.done, total: progress.total })}
                {progress.notApplicable > 0 && (
                  <> · {t('planner.notApplicableCount', { count: progress.notApplicable })}</>
                )}
              </span>
            </span>
          </button>
        ) : (
          <ProgressMeter
            progress={progress}
            label={section.title}
            completeText={t('planner.sectionComplete')}
            unknown={unknownWords(progress)}
          />
        )}
        {range && (
          <span class="checklist__dates">
            {formatRange(range, (date) => ct('planner.rangeFrom', { date }))}
            {current && (
              <strong class="badge badge--now">
                {ct(section.period?.unit === 'week' ? 'planner.thisWeek' : 'planner.thisMonth')}
              </strong>
            )}
          </span>
        )}
        {/* Why its tasks not known here are so, once for the list under its count: each one's box points here. */}
        {[...new Set(Object.values(records).map(({ state }) => WHY[state]))].map(
          (why) =>
            why && (
              <p class="field__help" id={`${section.id}-${why}`}>
                {ct(`planner.${why}Task`)}
              </p>
            ),
        )}
      </div>
      <TaskList class="checklist__tasks" id={listId} numbered={Boolean(section.numbering)} hidden={hidden || folded}>
        {section.tasks.map((task, i) => (
          <TaskItem
            key={task.id}
            item={task}
            number={section.numbering ? i + 1 : undefined}
            numbering={section.numbering}
            labels={section.id}
            records={records}
            ready={ready}
            hideDone={hideDone}
            linked={path.includes(task) ? arrival : undefined}
            roleLabel={labelOf(task.role)}
          />
        ))}
      </TaskList>
      {hiddenCount > 0 && !hidden && (
        <p class="checklist__hidden-count" data-pagefind-ignore="">
          {ct('planner.hiddenDone', { count: hiddenCount })}
        </p>
      )}
    </div>
  );
}
