import { useState } from 'preact/hooks';
import { planT } from '../../i18n/plan-ui';
import { hasCalendarDates } from '../../lib/plan-dates';
import type { Plan } from '../../schemas/plan';
import { flushPlanSaves } from '../../stores/plans';
import { loadOrSay } from '../load-or-say';
import { useCopyWithFallback } from '../use-copy';
import type { PlanFileKind } from './plan-files';
import type { ShareStatus } from './share-link';

/** The exports' code loads on demand (prefetched when the reader heads for the buttons), like the checklists'. */
const loadFiles = () => import('./plan-files');
const prefetch = () => void loadFiles().catch(() => {});

/**
 * The site's address with its base path, the page's own (as every export of the site has it, never a configured
 * one): calendar events and review links point back to the builder, the Markdown's sources to their sections.
 */
export const siteUrl = () => `${location.origin}${import.meta.env.BASE_URL}`;

/** Markdown (copy, download), print, calendar and JSON exports of the current plan. */
export function PlanExport({ plan }: { plan: Plan }) {
  const { copy, fallbackBox } = useCopyWithFallback(planT('plan.copyMarkdown'));
  const withDates = hasCalendarDates(plan);
  const [weeklyCheckIn, setWeeklyCheckIn] = useState(false);

  const download = async (kind: PlanFileKind) => {
    const files = await loadOrSay(loadFiles);
    await files?.downloadPlanFile(plan, kind, { site: siteUrl(), weeklyCheckIn });
  };

  const copyMarkdown = async () => {
    const files = await loadOrSay(loadFiles);
    if (files) await copy(files.planToMarkdown(plan, siteUrl()), ...files.copyWords());
  };

  return (
    <section class="plan-export" aria-labelledby="export-title" onPointerEnter={prefetch} onFocusIn={prefetch}>
      <h2 id="export-title">{planT('plan.export')}</h2>
      <div class="program-panel__actions">
        <button type="button" class="button" onClick={copyMarkdown}>
          {planT('plan.copyMarkdown')}
        </button>
        <button type="button" class="button" onClick={() => download('md')}>
          {planT('plan.downloadMarkdown')}
        </button>
        <button type="button" class="button" onClick={() => download('json')}>
          {planT('plan.downloadJson')}
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
        <button type="button" class="button" onClick={() => download('ics')} disabled={!withDates}>
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
    if (loaded) setStatus(await loaded.copyReviewLink(plan));
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
