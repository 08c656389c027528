import { downloadText } from '../../browser/download';
import { t } from '../../i18n/ui';
import { hasCalendarDates } from '../../lib/plan-dates';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { flushPlanSaves } from '../../stores/plans';
import { useCopyWithFallback } from '../use-copy';

/** The Markdown export code loads on demand (prefetched when the reader heads for the buttons), like the checklists'. */
const loadMarkdown = () => import('../../lib/plan-markdown');
const prefetch = () => void loadMarkdown().catch(() => {});

/** Markdown (copy, download), print and calendar exports of the current plan. */
export function PlanExport({ plan }: { plan: Plan }) {
  const { copy, fallbackBox } = useCopyWithFallback({
    label: t('plan.copyMarkdown'),
    copied: t('plan.copied'),
    failed: t('plan.copyFailed'),
  });
  const withDates = hasCalendarDates(plan);

  const download = async () => {
    const { planFileName, planToMarkdown } = await loadMarkdown();
    const file = planFileName(plan, 'md');
    downloadText(file, planToMarkdown(plan), 'text/markdown');
    announce(t('plan.downloaded', { file }));
  };

  const copyMarkdown = async () => copy((await loadMarkdown()).planToMarkdown(plan));

  const calendar = async () => {
    // The calendar code and the iCalendar library load only when the reader asks for a calendar.
    const [{ createEvents }, { calendarFile, planCalendarEvents }, { planFileName }] = await Promise.all([
      import('ics'),
      import('../../lib/plan-calendar'),
      loadMarkdown(),
    ]);
    const result = calendarFile(planCalendarEvents(plan), createEvents);
    if (!result.ok) {
      announce(t('plan.icsFailed', { error: result.error }).trim(), 'error');
      return;
    }
    const file = planFileName(plan, 'ics');
    downloadText(file, result.text, 'text/calendar');
    announce(t('plan.downloaded', { file }));
  };

  return (
    <section class="plan-export" aria-labelledby="export-title" onPointerEnter={prefetch} onFocusIn={prefetch}>
      <h2 id="export-title">{t('plan.export')}</h2>
      <div class="program-panel__actions">
        <button type="button" class="button" onClick={copyMarkdown}>
          {t('plan.copyMarkdown')}
        </button>
        <button type="button" class="button" onClick={download}>
          {t('plan.downloadMarkdown')}
        </button>
        <button
          type="button"
          class="button"
          onClick={() => {
            flushPlanSaves();
            window.print();
          }}
        >
          {t('plan.print')}
        </button>
        <button type="button" class="button" onClick={calendar} disabled={!withDates}>
          {t('plan.downloadIcs')}
        </button>
      </div>
      {!withDates && <p class="field__help">{t('plan.icsNeedsDates')}</p>}
      {fallbackBox}
    </section>
  );
}
