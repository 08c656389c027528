import { downloadText } from '../../browser/download';
import { t } from '../../i18n/ui';
import { calendarFile, planCalendarEvents } from '../../lib/plan-calendar';
import { planFileName, planToMarkdown } from '../../lib/plan-markdown';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { flushPlanSaves } from '../../stores/plans';
import { useCopyWithFallback } from '../use-copy';

/** Markdown (copy, download), print and calendar exports of the current plan. */
export function PlanExport({ plan }: { plan: Plan }) {
  const { copy, fallbackBox } = useCopyWithFallback({
    label: t('plan.copyMarkdown'),
    copied: t('plan.copied'),
    failed: t('plan.copyFailed'),
  });
  const events = planCalendarEvents(plan);

  const download = () => {
    const file = planFileName(plan, 'md');
    downloadText(file, planToMarkdown(plan), 'text/markdown');
    announce(t('plan.downloaded', { file }));
  };

  const calendar = async () => {
    // The iCalendar library loads only when the reader asks for a calendar.
    const { createEvents } = await import('ics');
    const result = calendarFile(events, createEvents);
    if (!result.ok) {
      announce(t('plan.icsFailed', { error: result.error }).trim(), 'error');
      return;
    }
    const file = planFileName(plan, 'ics');
    downloadText(file, result.text, 'text/calendar');
    announce(t('plan.downloaded', { file }));
  };

  return (
    <section class="plan-export" aria-labelledby="export-title">
      <h2 id="export-title">{t('plan.export')}</h2>
      <div class="program-panel__actions">
        <button type="button" class="button" onClick={() => copy(planToMarkdown(plan))}>
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
        <button type="button" class="button" onClick={calendar} disabled={events.length === 0}>
          {t('plan.downloadIcs')}
        </button>
      </div>
      {events.length === 0 && <p class="field__help">{t('plan.icsNeedsDates')}</p>}
      {fallbackBox}
    </section>
  );
}
