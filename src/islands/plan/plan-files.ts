import { downloadText } from '../../browser/download';
import { pt } from '../../i18n/plan-views-ui';
import { planBackup } from '../../lib/plan-backup';
import { planFileName, planToMarkdown } from '../../lib/plan-markdown';
import type { Plan } from '../../schemas/plan';
import { announce } from '../../stores/announcer';
import { loadOrSay } from '../load-or-say';

/*
 * The plan's exports, loaded when the reader heads for them (PlanExport
 * prefetches this module): the Markdown text to copy, and the files to
 * download. The calendar's code loads only when a calendar is asked for.
 */

export { planToMarkdown };

/** What the page says once the Markdown is copied, or could not be: loaded with it, not in the page's first load. */
export const copyWords = () => [pt('plan.copied'), pt('plan.copyFailed')] as const;

/** A file the builder downloads: Markdown, a calendar, or the plan alone as a backup file My progress restores. */
export type PlanFileKind = 'md' | 'ics' | 'json';

export interface FileChoices {
  /** The site's address with its base path: the Markdown's sources link to their sections, each calendar event back to the plan. */
  site: string;
  weeklyCheckIn: boolean;
}

/** Makes the plan's file of `kind` and offers it as a download, saying so (or why not). */
export async function downloadPlanFile(plan: Plan, kind: PlanFileKind, choices: FileChoices): Promise<void> {
  const made =
    kind === 'md'
      ? { text: planToMarkdown(plan, choices.site), type: 'text/markdown' }
      : kind === 'json'
        ? // Compact, as My progress writes a backup (backupText).
          { text: JSON.stringify(planBackup(plan, new Date())), type: 'application/json' }
        : await calendarFileText(plan, choices);
  if (!made) return;
  const file = planFileName(plan, kind);
  downloadText(file, made.text, made.type);
  announce(pt(kind === 'json' ? 'plan.downloadedJson' : 'plan.downloaded', { file }));
}

async function calendarFileText(plan: Plan, { site, weeklyCheckIn }: FileChoices) {
  // Not `const { … } = await import(…)`: the bundler wraps that form in its preload helper, which then ships.
  const calendar = await loadOrSay(() => import('../../lib/plan-calendar'));
  if (!calendar) return undefined;
  // The builder's address for this plan, which opens it in the browser that holds it.
  const events = calendar.planCalendarEvents(plan, { planUrl: `${site}plan-builder/?plan=${plan.id}`, weeklyCheckIn });
  return { text: calendar.calendarFile(events, new Date()), type: 'text/calendar' };
}
