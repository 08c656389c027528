import '../../styles/planner.css';
import '../../styles/manager.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { mt } from '../../i18n/manager-ui';
import { formatDate } from '../../lib/dates';
import { tickedCount } from '../../lib/manager/session';
import type { ReviewView } from '../../lib/manager/toolkit';
import { announce } from '../../stores/announcer';
import { changeReview, changeReviewItem, deleteReview, startReview } from '../../stores/manager';
import { $reviewSessions } from '../../stores/manager-view';
import { AUTOSAVE_MS } from '../../stores/record-store';
import { readToday } from '../../stores/today';
import { DateInput } from '../DateInput';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';
import { useConfirm } from '../use-confirm';
import { useStore } from '../use-store';
import { MarkdownButtons } from './exports';
import { noteItem, OPENING_ON_SERVER, PageStatus, unavailableUntil } from './parts';
import { useManagerReady, useUnknownLines } from './shared';

interface Props {
  /** The review and its questions from the seed (props, so only this island's words reach it). */
  review: ReviewView;
  /** This section's address, for the export's source link. */
  sourcePath: string;
}

/**
 * A review as a recurring session, under the review's questions: start one,
 * tick each item and write a note, finish it (kept with its date), export
 * it as a GitLab issue. Earlier sessions stay listed. Its panel's frame is
 * the page's (src/components/content/ManagerTool.astro).
 */
export default function ReviewSession({ review: definition, sourcePath }: Props) {
  const ready = useManagerReady();
  const review = definition.id;
  const all = useStore($reviewSessions);
  const sessions = ready ? all.filter((s) => s.review === review) : [];
  const [openId, setOpenId] = useState<string | undefined>(undefined);
  const headingId = `review-${review}-title`;
  const why = useUnknownLines()('sessions');
  // The open session: the one chosen, else the newest unfinished one.
  const open =
    sessions.find((s) => s.id === openId) ?? (openId === undefined ? sessions.find((s) => !s.finished) : undefined);
  // Every session but one in progress on screen: a session just finished is listed at once, as kept.
  const history = sessions.filter((s) => s !== open || s.finished);
  const finish = (id: string) => {
    changeReview(id, { finished: true });
    announce(mt('manager.sessionFinished'));
  };
  // Start and the open session take each other's place: the tool comes alive with a session in progress
  // (Tab may reach Start before), a session is started, deleted, closed or finished, or its Undo brings it back.
  // When the one the reader was on goes, the focus goes to the other rather than to the page: the session's
  // heading, or Start. Where the reader was is followed by focus events, the page's message aside (Undo chosen
  // there brings back what the reader left). Not through focusAfterRender: most of these changes come with no
  // action of this tool's to ask for the focus (another tab, the page's message), so each render checks instead.
  const startButton = useRef<HTMLButtonElement>(null);
  const sessionBox = useRef<HTMLDivElement>(null);
  const wasHere = useRef(false);
  useEffect(() => {
    const here = (target: Element | null) =>
      target === startButton.current || !!(target && sessionBox.current?.contains(target));
    wasHere.current = here(document.activeElement);
    const onFocus = (event: FocusEvent) => {
      const target = event.target as Element;
      if (!target.closest?.('.toast')) wasHere.current = here(target);
    };
    document.addEventListener('focusin', onFocus);
    return () => document.removeEventListener('focusin', onFocus);
  }, []);
  useLayoutEffect(() => {
    if (!wasHere.current || document.activeElement !== document.body) return;
    (open ? document.getElementById(`${headingId}-open`) : startButton.current)?.focus();
  });
  useFocusAfterRender();
  // A finished session counts as done for the review's cadence: with nothing ticked, that is asked first.
  const [finishDialog, askFinish] = useConfirm({
    id: `${headingId}-finish-empty`,
    title: mt('manager.finishEmptyTitle'),
    text: mt('manager.finishEmptyText'),
    confirmLabel: mt('manager.finishAnyway'),
    onConfirm: () => {
      if (open) finish(open.id);
    },
  });

  return (
    <>
      <PageStatus ready={ready} />
      {!open && (
        <p>
          <button
            ref={startButton}
            type="button"
            class="button"
            aria-disabled={unavailableUntil(ready)}
            onClick={() => setOpenId(startReview(review, readToday()))}
          >
            {mt('manager.startSession', { review: definition.title })}
          </button>
        </p>
      )}
      {open && (
        <div class="tool-session" ref={sessionBox}>
          <h5 id={`${headingId}-open`} tabIndex={-1}>
            {mt('manager.sessionOn', { review: definition.title, date: formatDate(open.date) })}{' '}
            <span class="tool-session__state">{mt(open.finished ? 'manager.finished' : 'manager.inProgress')}</span>
          </h5>
          <p class="field">
            <label for={`${headingId}-date`}>{mt('manager.sessionDate')}</label>
            <DateInput
              id={`${headingId}-date`}
              required
              value={open.date}
              onCommit={(value) => value && changeReview(open.id, { date: value })}
            />
          </p>
          <ol class="tool-items">
            {definition.items.map((item) => {
              const state = open.items[item.id] ?? { done: false, note: '' };
              return noteItem(
                `${open.id}-${item.id}`,
                item.text,
                state.done,
                state.note,
                ready,
                (done) => changeReviewItem(open.id, item.id, { done }),
                (note) => changeReviewItem(open.id, item.id, { note }, AUTOSAVE_MS),
              );
            })}
          </ol>
          <div class="tool-actions">
            {open.finished ? (
              <button
                type="button"
                class="button button--small"
                onClick={() => changeReview(open.id, { finished: false })}
              >
                {mt('manager.reopen')}
              </button>
            ) : (
              <button
                type="button"
                class="button"
                onClick={() => (tickedCount(definition, open) === 0 ? askFinish() : finish(open.id))}
              >
                {mt('manager.finish')}
              </button>
            )}
            <MarkdownButtons
              // Made on a click, in the browser: the section's address in full, for the export's source link.
              markdown={(md) => md.reviewMarkdown(definition, open, new URL(sourcePath, location.href).href)}
              fileName={`${review}-review-${open.date}.md`}
            />
            <button type="button" class="button button--small" onClick={() => setOpenId('')}>
              {mt('manager.close')}
            </button>
            <button
              type="button"
              class="button button--small button--danger"
              onClick={() => {
                deleteReview(open.id);
                setOpenId(undefined);
              }}
            >
              {mt('manager.delete')}
            </button>
          </div>
        </div>
      )}
      <h5 id={`${headingId}-history`}>{mt('manager.history')}</h5>
      {/* A session this page cannot read could be this review's: then its earlier sessions are not known here. */}
      {(why || !history[0]) && (
        <p class="field__help">
          {why ?? mt(OPENING_ON_SERVER ? 'manager.opening' : open ? 'manager.noEarlier' : 'manager.noHistory')}
        </p>
      )}
      {history[0] && (
        <ul class="tool-history" aria-labelledby={`${headingId}-history`}>
          {history.map((session) => {
            const done = tickedCount(definition, session);
            return (
              <li key={session.id}>
                <span>
                  {formatDate(session.date)} · {mt(session.finished ? 'manager.finished' : 'manager.inProgress')} ·{' '}
                  {mt('manager.ticked', { done, total: definition.items.length })}
                </span>{' '}
                {session === open ? (
                  <span class="tool-history__here">{mt('manager.shownAbove')}</span>
                ) : (
                  <button
                    type="button"
                    class="button button--small"
                    aria-label={mt('manager.openSession', { review: definition.title, date: formatDate(session.date) })}
                    onClick={() => {
                      setOpenId(session.id);
                      // Its Open button is neither Start nor in the session: the rule above does not see it go.
                      focusAfterRender(`${headingId}-open`);
                    }}
                  >
                    {mt('manager.open')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {finishDialog}
    </>
  );
}
