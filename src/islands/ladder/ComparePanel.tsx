import { copyAndSay } from '../../browser/clipboard';
import { lt } from '../../i18n/ladder-ui';
import type { Comparison } from '../../lib/ladder';
import { pairNotes, summaryText } from '../../lib/ladder-notes';
import { type LadderSelection, selectionQuery } from '../../lib/ladder-selection';
import type { Ladder, LadderLevel } from '../../schemas/career-ladder';
import { ComparisonView } from './ComparisonView';
import { LevelPicker } from './LevelPicker';
import { PrintButton } from './PromotionExport';

/**
 * The two levels picked, side by side: the pickers, the summary and its notes, a link to the pair, the comparison.
 * `linkNotes`: what the reader should know about the link that opened the page (`linkNotesFor`), until they pick
 * levels. Called as a function, not rendered as a component: it keeps no state, and its eight props, written at the
 * call and in the definition, cost the ladder's first load ~40 bytes gzip more than these arguments.
 */
export function comparePanel(
  ladder: Ladder,
  selection: LadderSelection,
  comparison: Comparison,
  from: LadderLevel,
  to: LadderLevel,
  linkNotes: string[],
  ready: boolean,
  onPick: (picked: LadderSelection) => void,
) {
  const notes = [...linkNotes, ...pairNotes(ladder, comparison, from, to)];
  return (
    <section class="ladder-section ladder-compare" aria-labelledby="compare-title" id="compare">
      {/* Search finds the site's tools by their titles (lib/site-tools): this one alone is indexed, with its id. */}
      <div data-pagefind-body="">
        <h2 id="compare-title">{lt('ladder.compareTitle')}</h2>
      </div>
      <LevelPicker ladder={ladder} selection={selection} enabled={ready} onChange={onPick} />
      <p class="ladder-summary" aria-live="polite">
        {summaryText(comparison, from, to)}
      </p>
      {notes.length > 0 && (
        <ul class="ladder-notes">
          {notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {ready && (
        <p class="ladder-share">
          <a href={selectionQuery(selection)}>{lt('ladder.linkToComparison')}</a>
          <button
            type="button"
            class="button button--small"
            onClick={() => copyAndSay(window.location.href, lt('ladder.linkCopied'), lt('ladder.linkCopyFailed'))}
          >
            {lt('ladder.copyLink')}
          </button>
          {/* A lower level has no draft to export (below), but its comparison is worth printing. */}
          {comparison.lower && <PrintButton small />}
        </p>
      )}
      <ComparisonView ladder={ladder} comparison={comparison} />
    </section>
  );
}
