import '../styles/planner.css';
import '../styles/checklist.css';
import '../styles/checklist-lists.css';
import { computed } from 'nanostores';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { $arrival, type Arrival, arrivalShown, watchArrivals } from '../browser/link-arrival';
import { detailsElementId } from '../browser/task-words';
import { ct } from '../i18n/checklist-ui';
import { t } from '../i18n/ui';
import { formatRange, localToday } from '../lib/dates';
import { type ItemShape, programItemIds, type SectionShape } from '../lib/program-view';
import { isComplete } from '../lib/progress';
import { checklistElementId, isCurrentPeriod, periodRange } from '../lib/schedule';
import { type ItemState, type StateRecords, sectionProgress, stateOf } from '../lib/task-progress';
import type { Numbering, Role } from '../schemas/program';
import { MAX_NOTE_LENGTH } from '../schemas/stored';
import { $programSettings, setTaskNote, setTaskState, type TaskView, tasksOf, toggleTask } from '../stores/planner';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from './LengthCounter';
import { ProgressMeter } from './ProgressMeter';
import { TaskDetails, TaskText } from './TaskWords';
import { usePlannerReady } from './use-planner-ready';
import { useStore } from './use-store';

interface Props {
  programId: string;
  /** The list's ids and structure; its words are in the page (see TaskWords). */
  section: SectionShape;
  /** Roles that are the reader's own list: their tasks carry no role label. */
  readerRoles?: Role[];
}

const NO_RECORDS: Readonly<Record<string, TaskView>> = {};

/** Why another role's list is shown: the reader asked ("Show it anyway"), or a link to it led here. */
type Shown = 'asked' | 'link';

/**
 * Why a task is not known here ($taskStates), as its list says it: saved by a newer version, or not read (one the
 * browser would not read or list, or kept aside); none for a task whose state is known.
 */
const WHY: Partial<Record<ItemState, 'newer' | 'unread'>> = { newer: 'newer', unread: 'unread', aside: 'unread' };

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
export default function ChecklistSection({ programId, section, readerRoles = ['new-csm', 'intern'] }: Props) {
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
  /** A role's label on its tasks, unless it is one of the reader's own. */
  const labelOf = (role?: Role) => (role && !readerRoles.includes(role) ? t(`role.${role}`) : undefined);
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
        // One button that shows and hides again, so the focus stays on it.
        <p data-pagefind-ignore="">
          {ct(shown === 'link' ? 'planner.shownForLink' : 'planner.hiddenForRole', {
            role: t(`role.${section.role}`),
            viewer: t(`role.${viewer}`),
          })}{' '}
          <button
            type="button"
            class="button button--small"
            aria-controls={listId}
            onClick={() => setShown(shown ? undefined : 'asked')}
          >
            {shown ? ct('planner.hideAgain') : ct('planner.showAnyway')}
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
          <ProgressMeter progress={progress} label={section.title} completeText={t('planner.sectionComplete')} />
        )}
        {range && (
          <span class="checklist__dates">
            {formatRange(range)}
            {current && (
              <strong class="badge badge--now">
                {section.period?.unit === 'week' ? ct('planner.thisWeek') : ct('planner.thisMonth')}
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
      <LabelWords prefix={section.id} />
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
            roleLabel={labelOf(task.role ?? section.role)}
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

/** A task that is done, with every sub-step done or not applicable: what "Hide finished tasks" hides. */
function isFinished(item: ItemShape, records: StateRecords): boolean {
  return (
    // A sub-step not known here ($taskStates) may be open: not finished.
    stateOf(records, item.id) === 'done' &&
    (item.subtasks ?? []).every((sub) => ['done', 'na'].includes(stateOf(records, sub.id)))
  );
}

/**
 * A list as the handbook has it: numbered (`<ol>`, with each item's number
 * fixed by `value`, so an item hidden from view never renumbers the others)
 * or bulleted. The numbers are the list's own markers: on screen, in print
 * and without JavaScript alike.
 */
function TaskList({
  numbered,
  class: className,
  ...list
}: {
  numbered: boolean;
  class: string;
  id?: string;
  hidden?: boolean;
  children: ComponentChildren;
}) {
  return numbered ? (
    <ol class={`${className} checklist__tasks--numbered`} {...list} />
  ) : (
    <ul class={className} {...list} />
  );
}

/**
 * The words the task controls' names start with, once per section: each
 * control is named by these and its task's text (aria-labelledby), so the
 * text is not repeated in the page for every control.
 */
function LabelWords({ prefix }: { prefix: string }) {
  return (
    <span hidden data-pagefind-ignore="">
      <span id={`${prefix}-more`}>{ct('planner.noteButtonFor')}</span>
      <span id={`${prefix}-note`}>{ct('planner.noteFor')}</span>
      <span id={`${prefix}-na`}>{ct('planner.naFor')}</span>
    </span>
  );
}

interface ItemProps {
  item: ItemShape;
  /** Its number in a numbered list. */
  number?: number | undefined;
  numbering?: Numbering | undefined;
  /** Id prefix of the section's hidden label words (see LabelWords) and of its lines on tasks not known here. */
  labels: string;
  records: Readonly<Record<string, TaskView>>;
  ready: boolean;
  /** Whether finished tasks are hidden (the panel's "Hide finished tasks"). */
  hideDone: boolean;
  /** The link the reader arrived by, when it points at this item or at one of its sub-steps. */
  linked?: Arrival | undefined;
  roleLabel?: string | undefined;
}

function TaskItem({ item, number, numbering, labels, records, ready, hideDone, linked, roleLabel }: ItemProps) {
  const [open, setOpen] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // The note opens to be written in: the focus goes to its field (left on the button, what the reader
  // typed went nowhere, and a "/" opened search). A layout effect, so it moves before the next key comes.
  useLayoutEffect(() => {
    if (open) noteField.current?.focus();
  }, [open]);
  const state = stateOf(records, item.id);
  // A record not read is not known here ($taskStates): saved by a newer version, or one the browser would not
  // read, it is left as it is; one kept aside, as not a record, is the reader's to set again.
  const why = WHY[state];
  const locked = why && state !== 'aside';
  const note = records[item.id]?.note ?? '';
  const inputId = `task-${item.id}`;
  const toolsId = `${inputId}-tools`;
  const noteId = `${inputId}-note`;
  const disabled = !ready || locked;
  // A task ticked while finished tasks are hidden stays until the focus leaves
  // it (and the click or key that moved it is done), so the reader sees the
  // tick and keeps their place in the list.
  const [kept, setKept] = useState(false);
  const toggle = () => {
    toggleTask(item.id);
    // Only when it matters: a local state change on every tick would re-render the
    // task ahead of its list, with the old state, for a frame.
    if (hideDone && !kept) setKept(true);
  };
  // A link to a finished task shows it while finished tasks are hidden, until the focus leaves it, as a tick does.
  useLayoutEffect(() => {
    if (linked && ready && hideDone) setKept(true);
  }, [linked, ready]);
  const gone = hideDone && !kept && isFinished(item, records);

  return (
    <li
      class={`task task--${state}`}
      id={inputId}
      value={number}
      hidden={gone}
      onFocusOut={(event) => {
        const to = event.relatedTarget;
        if (to instanceof Node && event.currentTarget.contains(to)) return;
        // It goes once what moved the focus is done: a press takes the focus before its click, and the rows below,
        // moved up under the pointer, would lose the click or take it for the next task.
        const go = () => {
          setKept(false);
          removeEventListener('click', go, true);
          removeEventListener('keyup', go, true);
        };
        addEventListener('click', go, true);
        addEventListener('keyup', go, true);
      }}
    >
      <div class="task__row">
        <input
          type="checkbox"
          id={`${inputId}-check`}
          aria-labelledby={`${inputId}-text`}
          checked={state === 'done'}
          // Not known here: neither ticked nor open (drawn with a dash, "mixed" to assistive tech), described by its
          // list's line saying why. Known, by the points under it if it has some (the topics of "Be prepared to
          // discuss with your mentor:"); one reference or the other, as both cost the page bytes it does not have.
          indeterminate={!!why}
          aria-describedby={why ? `${labels}-${why}` : item.details && detailsElementId(item.id)}
          disabled={disabled || state === 'na'}
          onChange={toggle}
        />
        {/*
          The task text labels the checkbox through aria-labelledby rather than a
          <label>: Pagefind leaves <label> text out of the search index, and tasks
          must be searchable. A click on the text still ticks, as on a label;
          keyboard users tick the checkbox itself, so the text needs no key handler.
        */}
        {/* biome-ignore lint/a11y/noStaticElementInteractions: mouse convenience mirroring the checkbox */}
        {/* biome-ignore lint/a11y/useKeyWithClickEvents: the checkbox is the keyboard control */}
        <span
          id={`${inputId}-text`}
          class="task__label"
          onClick={(event) => {
            const onLink = event.target instanceof Element && event.target.closest('a');
            if (!onLink && !disabled && state !== 'na') toggle();
          }}
        >
          {roleLabel && (
            <span class="task__role" data-pagefind-ignore="">
              {`${roleLabel}: `}
            </span>
          )}
          <TaskText id={item.id} />
        </span>
        {/* Not applicable: a control of its own, beside the task, named after it. */}
        {/* Its name comes from aria-labelledby, so the word "N/A" needs no aria-hidden; a <label>'s text stays out of search. */}
        <label class="task__na">
          <input
            type="checkbox"
            checked={state === 'na'}
            disabled={disabled}
            aria-labelledby={`${labels}-na ${inputId}-text`}
            onChange={(event) => setTaskState(item.id, event.currentTarget.checked ? 'na' : 'open')}
          />
          {ct('planner.naShort')}
        </label>
        <button
          ref={noteButton}
          type="button"
          class="task__more"
          aria-expanded={open}
          aria-controls={toolsId}
          disabled={disabled}
          aria-labelledby={`${labels}-more ${inputId}-text`}
          onClick={() => setOpen(!open)}
          data-pagefind-ignore=""
        >
          {ct('planner.noteButton')}
        </button>
      </div>
      {open && (
        <div class="task__tools" id={toolsId}>
          <label class="task__note-field">
            <span>{ct('planner.noteLabel')}</span>
            <textarea
              ref={noteField}
              id={noteId}
              rows={3}
              value={note}
              maxLength={MAX_NOTE_LENGTH}
              aria-labelledby={`${labels}-note ${inputId}-text`}
              aria-describedby={counterDescribedBy(noteId, note.length, MAX_NOTE_LENGTH)}
              onKeyDown={(event) => {
                // Escape closes the note and hands the focus back to the button that opened it.
                if (event.key !== 'Escape' || event.isComposing) return;
                noteButton.current?.focus();
                setOpen(false);
              }}
              onInput={(event) =>
                setTaskNote(
                  item.id,
                  keepWithinLimit(ct('planner.noteLabel'), note, event.currentTarget.value, MAX_NOTE_LENGTH),
                )
              }
            />
          </label>
          <LengthCounter fieldId={noteId} length={note.length} max={MAX_NOTE_LENGTH} />
        </div>
      )}
      {/* Hidden while its field is open, and printed in its place (planner.css): paper shows words, not a field. */}
      {note ? (
        <p class="task__note" hidden={open}>
          <span class="task__note-label">{ct('planner.yourNote')}</span> {note}
        </p>
      ) : null}
      <TaskDetails id={item.id} numbered={numbering === 'all'} />
      {item.subtasks && (
        <TaskList class="checklist__tasks checklist__tasks--sub" numbered={numbering === 'all'}>
          {item.subtasks.map((sub, i) => (
            <TaskItem
              key={sub.id}
              item={sub}
              number={numbering === 'all' ? i + 1 : undefined}
              numbering={numbering}
              labels={labels}
              records={records}
              ready={ready}
              hideDone={hideDone}
              linked={linked?.id === `task-${sub.id}` ? linked : undefined}
            />
          ))}
        </TaskList>
      )}
    </li>
  );
}
