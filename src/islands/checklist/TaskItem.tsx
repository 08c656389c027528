import { useLayoutEffect, useState } from 'preact/hooks';
import type { Arrival } from '../../browser/link-arrival';
import { detailsElementId } from '../../browser/task-words';
import { ct } from '../../i18n/checklist-ui';
import type { ItemShape } from '../../lib/program-view';
import { stateOf } from '../../lib/task-progress';
import type { Numbering } from '../../schemas/program';
import { MAX_NOTE_LENGTH } from '../../schemas/stored';
import { setTaskNote, setTaskState, type TaskView, toggleTask } from '../../stores/planner';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { counterDescribedBy, keepWithinLimit, LengthCounter } from '../LengthCounter';
import { TaskDetails, TaskText } from '../TaskWords';
import { TaskList } from './TaskList';
import { isFinished, WHY } from './task-state';

interface ItemProps {
  item: ItemShape;
  /** Its number in a numbered list. */
  number?: number | undefined;
  numbering?: Numbering | undefined;
  /** Id prefix of the section's hidden label words (components/content/TaskLabelWords.astro) and of its lines on tasks not known here. */
  labels: string;
  records: Readonly<Record<string, TaskView>>;
  ready: boolean;
  /** Whether finished tasks are hidden (the panel's "Hide finished tasks"). */
  hideDone: boolean;
  /** The link the reader arrived by, when it points at this item or at one of its sub-steps. */
  linked?: Arrival | undefined;
  /** The tag of a task whose role is not its list's (ChecklistSection). */
  roleLabel?: string | undefined;
}

export function TaskItem({ item, number, numbering, labels, records, ready, hideDone, linked, roleLabel }: ItemProps) {
  // Whether the note is open; undefined until it is first opened (the note's button has an id from then on, below).
  const [open, setOpen] = useState<boolean>();
  // The note opening and closing is this row's own state: its render serves the focus requests below.
  useFocusAfterRender();
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
          // list's line saying why. Marked not applicable (and so disabled), by words saying so. Else by the points
          // under it if it has some (the topics of "Be prepared to discuss with your mentor:"); one reference or
          // another, as more cost the page bytes it does not have.
          indeterminate={!!why}
          aria-describedby={
            why ? `${labels}-${why}` : state === 'na' ? `${labels}-nad` : item.details && detailsElementId(item.id)
          }
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
          {/*
            The role is the site's word, not the handbook's: a tag in the site's own style (controls.css), left out
            of search. The tag is for the eye; the checkbox is named "Mentor: The mentor will …" by the hidden words
            (the tag's box, and any hidden colon beside it, would be read apart: "Mentor : The mentor").
          */}
          {roleLabel && (
            <span class="task__role" data-pagefind-ignore="">
              <span class="tag" aria-hidden="true">
                {roleLabel}
              </span>
              <span class="sr-only">{`${roleLabel}:`}</span>{' '}
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
          // An id for the focus request that Escape in the note makes (below), given once the note has been opened:
          // none in the server's HTML, where every task's button would carry one (+379 bytes gzip on CSM
          // Onboarding, measured December 6).
          id={open === undefined ? undefined : `${noteId}-button`}
          type="button"
          class="task__more"
          aria-expanded={!!open}
          aria-controls={toolsId}
          disabled={disabled}
          aria-labelledby={`${labels}-more ${inputId}-text`}
          onClick={() => {
            // The note opens to be written in: the focus goes to its field (left on the button, what the reader
            // typed went nowhere, and a "/" opened search).
            if (!open) focusAfterRender(noteId);
            setOpen(!open);
          }}
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
              id={noteId}
              rows={3}
              dir="auto"
              value={note}
              maxLength={MAX_NOTE_LENGTH}
              aria-labelledby={`${labels}-note ${inputId}-text`}
              aria-describedby={counterDescribedBy(noteId, note.length, MAX_NOTE_LENGTH)}
              onKeyDown={(event) => {
                // Escape closes the note and hands the focus back to the button that opened it.
                if (event.key !== 'Escape' || event.isComposing) return;
                focusAfterRender(`${noteId}-button`);
                setOpen(false);
              }}
              onInput={(event) =>
                setTaskNote(
                  item.id,
                  keepWithinLimit(ct('planner.noteLabel'), note, event.currentTarget, MAX_NOTE_LENGTH),
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
