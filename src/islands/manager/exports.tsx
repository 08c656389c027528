import { downloadText } from '../../browser/download';
import { mt } from '../../i18n/manager-ui';
import type { RecurringEvent } from '../../lib/manager/calendar';
import { announce } from '../../stores/announcer';
import { loadOrSay } from '../load-or-say';
import { useCopyWithFallback } from '../use-copy';

/*
 * The toolkit's export buttons. Only the page's tools import this module, not
 * My progress: so the code they load on demand finds what it shares with them
 * already loaded, and no extra chunk is split off for it.
 */

/** The Markdown exports, loaded on demand (prefetched when the reader heads for a button), like the plan builder's. */
const loadMarkdown = () => import('../../lib/manager/markdown');
const prefetchMarkdown = () => void loadMarkdown().catch(() => {});
type MarkdownExports = Awaited<ReturnType<typeof loadMarkdown>>;
/** The calendar exports and the iCalendar library, loaded only when the reader asks for a calendar. */
const loadCalendar = () => import('../../lib/manager/calendar');
type CalendarExports = Awaited<ReturnType<typeof loadCalendar>>;

/** Copy as Markdown and Download .md for one export; the Markdown code loads on demand. */
export function MarkdownButtons({
  markdown,
  fileName,
}: {
  markdown: (exports: MarkdownExports) => string;
  fileName: string;
}) {
  const { copy, fallbackBox } = useCopyWithFallback(mt('manager.copyMd'));
  const prefetch = { onPointerEnter: prefetchMarkdown, onFocus: prefetchMarkdown };
  /** A click that loads the export code (or says it cannot), then hands the Markdown on. */
  const withMarkdown = (use: (text: string) => unknown) => async () => {
    const loaded = await loadOrSay(loadMarkdown);
    if (loaded) await use(markdown(loaded));
  };
  return (
    <>
      <button
        type="button"
        class="button button--small"
        {...prefetch}
        onClick={withMarkdown((text) => copy(text, mt('manager.copied'), mt('manager.copyFailed')))}
      >
        {mt('manager.copyMd')}
      </button>
      <button
        type="button"
        class="button button--small"
        {...prefetch}
        onClick={withMarkdown((text) => downloadText(fileName, text, 'text/markdown'))}
      >
        {mt('manager.downloadMd')}
      </button>
      {fallbackBox}
    </>
  );
}

/** Downloads recurring events as an .ics file; the calendar code and library load only now. */
export async function downloadCalendar(
  events: (calendar: CalendarExports) => RecurringEvent[],
  fileName: string,
): Promise<void> {
  const calendar = await loadOrSay(loadCalendar);
  if (!calendar) return;
  const text = calendar.recurringCalendarFile(events(calendar), new Date());
  if (text === undefined) {
    announce(mt('manager.icsEmpty'), 'error');
    return;
  }
  downloadText(fileName, text, 'text/calendar');
}
