import { useState } from 'preact/hooks';
import { downloadText } from '../../browser/download';
import { planT } from '../../i18n/plan-ui';
import { hasCalendarDates } from '../../lib/plan-dates';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { flushPlanSaves } from '../../stores/plans';
import { loadOrSay } from '../load-or-say';
import { useCopyWithFallback } from '../use-copy';
import type { ShareStatus } from './share-link';

/** The Markdown export code loads on demand (prefetched when the reader heads for the buttons), like the checklists'. */
const loadMarkdown = () => import('../../lib/plan-markdown');
const prefetch = () => void loadMarkdown().catch(() => {});

/** The builder's address for a plan: calendar events and review links point back here. */
function builderUrl(): string {
  return `${window.location.origin}${import.meta.env.BASE_URL}plan-builder/`;
}

/** Markdown (copy, download), print and calendar exports of the current plan. */
export function PlanExport({ plan }: { plan: Plan }) {
  const { copy, fallbackBox } = useCopyWithFallback({
    label: planT('plan.copyMarkdown'),
    copied: planT('plan.copied'),
    failed: planT('plan.copyFailed'),
  });
  const withDates = hasCalendarDates(plan);
  const [weeklyCheckIn, setWeeklyCheckIn] = useState(false);

  const download = async () => {
    const loaded = await loadOrSay(loadMarkdown);
    if (!loaded) return;
    const { planFileName, planToMarkdown } = loaded;
    const file = planFileName(plan, 'md');
    downloadText(file, planToMarkdown(plan), 'text/markdown');
    announce(planT('plan.downloaded', { file }));
  };

  const copyMarkdown = async () => {
    const loaded = await loadOrSay(loadMarkdown);
    if (loaded) await copy(loaded.planToMarkdown(plan));
  };

  const calendar = async () => {
    // The calendar code and the iCalendar library load only when the reader asks for a calendar.
    const loaded = await loadOrSay(async () => {
      const [{ calendarFile, loadIcs, planCalendarEvents }, { planFileName }] = await Promise.all([
        import('../../lib/plan-calendar'),
        loadMarkdown(),
      ]);
      const { createEvents } = await loadIcs();
      return { calendarFile, createEvents, planCalendarEvents, planFileName };
    });
    if (!loaded) return;
    const { calendarFile, createEvents, planCalendarEvents, planFileName } = loaded;
    const planUrl = `${builderUrl()}?plan=${plan.id}`;
    const result = calendarFile(planCalendarEvents(plan, { planUrl, weeklyCheckIn }), createEvents);
    if (!result.ok) {
      announce(planT('plan.icsFailed', { error: result.error }).trim(), 'error');
      return;
    }
    const file = planFileName(plan, 'ics');
    downloadText(file, result.text, 'text/calendar');
    announce(planT('plan.downloaded', { file }));
  };

  return (
    <section class="plan-export" aria-labelledby="export-title" onPointerEnter={prefetch} onFocusIn={prefetch}>
      <h2 id="export-title">{planT('plan.export')}</h2>
      <div class="program-panel__actions">
        <button type="button" class="button" onClick={copyMarkdown}>
          {planT('plan.copyMarkdown')}
        </button>
        <button type="button" class="button" onClick={download}>
          {planT('plan.downloadMarkdown')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            flushPlanSaves();
            window.print();
          }}
        >
          {planT('plan.print')}
        </button>
        <button type="button" class="button" onClick={calendar} disabled={!withDates}>
          {planT('plan.downloadIcs')}
        </button>
      </div>
      {plan.startDate && (
        <div class="plan-field plan-field--check">
          <input
            id="plan-check-in"
            type="checkbox"
            checked={weeklyCheckIn}
            onChange={(event) => setWeeklyCheckIn(event.currentTarget.checked)}
          />
          <label for="plan-check-in">{planT('plan.weeklyCheckIn')}</label>
        </div>
      )}
      {!withDates && <p class="field__help">{planT('plan.icsNeedsDates')}</p>}
      {fallbackBox}
      <ShareLink plan={plan} />
    </section>
  );
}

/**
 * "Copy a review link": the plan travels in the link's fragment, which the
 * page says plainly next to the button. The link code loads when asked for.
 */
function ShareLink({ plan }: { plan: Plan }) {
  const [status, setStatus] = useState<ShareStatus | undefined>(undefined);
  const share = async () => {
    flushPlanSaves();
    const loaded = await loadOrSay(() => import('./share-link'));
    if (loaded) setStatus(await loaded.copyReviewLink(plan, builderUrl()));
  };
  return (
    <div class="plan-share">
      <h3>{planT('plan.share')}</h3>
      <p id="share-note" class="field__help">
        {planT('plan.shareNote')}
      </p>
      <button type="button" class="button" aria-describedby="share-note" onClick={share}>
        {planT('plan.shareButton')}
      </button>
      {status && <p class="plan-share__status">{status.text}</p>}
      {status?.link && (
        <textarea
          class="program-panel__fallback"
          readOnly
          rows={4}
          value={status.link}
          aria-label={planT('plan.shareButton')}
        />
      )}
    </div>
  );
}
