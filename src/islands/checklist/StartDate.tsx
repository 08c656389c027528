import { ct } from '../../i18n/checklist-ui';
import { t } from '../../i18n/ui';
import { formatDate, formatRange, localToday } from '../../lib/dates';
import type { ProgramShape, SectionShape } from '../../lib/program-view';
import { scheduleSummary } from '../../lib/schedule';
import { setProgramSettings } from '../../stores/planner';
import { DateInput } from '../DateInput';
import { focusAfterRender, useFocusAfterRender } from '../focus-after-render';

/** The program's start date, and where the reader is in its weeks or months since. */
export function StartDate({
  program,
  ownSections,
  startDate,
  disabled,
}: {
  program: ProgramShape;
  /**
   * The sections of the reader's part: "Now: month 2" links to their list when they have dated ones. A part without
   * (the new CSM's) is told the program's month with no link: the month's lists are other roles', folded away here.
   */
  ownSections: readonly SectionShape[];
  startDate?: string | undefined;
  disabled: boolean;
}) {
  const unit = program.schedule === 'weeks' ? 'week' : 'month';
  const own = ownSections.some((section) => section.period?.unit === unit);
  const summary = startDate
    ? scheduleSummary(own ? ownSections : program.sections, unit, startDate, localToday(), program.sections)
    : undefined;
  const inputId = `start-${program.id}`;
  // Its render serves its own request: the panel's other parts re-render on their own state, not with this one.
  useFocusAfterRender();
  return (
    <div class="field">
      <label for={inputId}>{ct('planner.startDate')}</label>
      <div class="field__row">
        <DateInput
          id={inputId}
          value={startDate}
          disabled={disabled}
          aria-describedby={`${inputId}-help`}
          onCommit={(value) => setProgramSettings(program.id, { startDate: value })}
        />
        {startDate && (
          <button
            type="button"
            class="button button--small"
            onClick={() => {
              // The button goes with the date: the focus stays in the panel, on the field, not on the page.
              focusAfterRender(inputId);
              setProgramSettings(program.id, { startDate: undefined });
            }}
          >
            {t('planner.clearDate')}
          </button>
        )}
      </div>
      <p class="field__help" id={`${inputId}-help`}>
        {unit === 'week' ? ct('planner.startDateHelpWeeks') : ct('planner.startDateHelpMonths')}
      </p>
      {summary && (
        <p class="program-panel__now">
          {summary.kind === 'not-started' &&
            ct('planner.notStarted', { date: formatDate(summary.startDate), count: summary.days })}
          {summary.kind === 'current' && (
            <>
              {/* Both take the summary's fields ({index}, {of}) with its range as words: one value twice costs fewer bytes than two. */}
              {ct(unit === 'week' ? 'planner.currentWeek' : 'planner.currentMonth', {
                ...summary,
                range: formatRange(summary.range),
              })}
              {own && (
                <>
                  {' '}
                  <a href={`#${summary.anchor}`}>
                    {ct(unit === 'week' ? 'planner.jumpToWeek' : 'planner.jumpToMonth', {
                      ...summary,
                      range: formatRange(summary.range),
                    })}
                  </a>
                </>
              )}
            </>
          )}
          {summary.kind === 'beyond' && ct('planner.beyondMonths', { date: formatDate(summary.since) })}
          {summary.kind === 'finished' &&
            ct('planner.finished', { count: summary.of, date: formatDate(summary.endDate) })}
        </p>
      )}
    </div>
  );
}
