import { downloadText } from '../../browser/download';
import { lt } from '../../i18n/ladder-ui';
import { localToday } from '../../lib/dates';
import type { Comparison } from '../../lib/ladder';
import { levelName } from '../../lib/ladder-names';
import type { Ladder } from '../../schemas/career-ladder';
import { announce } from '../../stores/announcer';
import { $ladderEvidence, $ladderRatings, flushLadderSaves } from '../../stores/ladder';
import { loadOrSay } from '../load-or-say';
import { useCopyWithFallback } from '../use-copy';
import { useStore } from '../use-store';

/** The draft's code loads on demand (prefetched when the reader heads for the buttons), as the plan builder's does. */
const loadMarkdown = () => import('../../lib/ladder-markdown');
const prefetch = () => void loadMarkdown().catch(() => {});

interface Props {
  ladder: Ladder;
  comparison: Comparison;
  specialtyLabel?: string | undefined;
}

/** Prints the page as it stands (ladder.css's print rules): the comparison, and the self-assessment when there is one. */
export function PrintButton({ small }: { small?: boolean }) {
  return (
    <button
      type="button"
      class={small ? 'button button--small' : 'button'}
      onClick={() => {
        flushLadderSaves();
        window.print();
      }}
    >
      {lt('ladder.print')}
    </button>
  );
}

/** Copy or download the promotion document draft, or print the comparison and the self-assessment. */
export function PromotionExport({ ladder, comparison, specialtyLabel }: Props) {
  const ratings = useStore($ladderRatings);
  const evidence = useStore($ladderEvidence);
  const { copy, fallbackBox } = useCopyWithFallback(lt('ladder.copyMarkdown'));

  /** The draft, or undefined after the page has said its code could not load. */
  const markdown = async () => {
    const loaded = await loadOrSay(loadMarkdown);
    if (!loaded) return undefined;
    const { promotionDraft, promotionDraftFileName, promotionDraftWords } = loaded;
    const date = localToday();
    const text = promotionDraft({
      comparison,
      specialtyLabel,
      ratings,
      evidence,
      date,
      ladderUrl: window.location.href,
      ladder,
    });
    const file = promotionDraftFileName(comparison, date);
    return { text, file, ...promotionDraftWords(file) };
  };

  return (
    <section
      class="ladder-section ladder-export"
      aria-labelledby="export-title"
      onPointerEnter={prefetch}
      onFocusIn={prefetch}
    >
      <h2 id="export-title">{lt('ladder.exportTitle')}</h2>
      <p>
        {lt('ladder.exportIntro', { from: levelName(ladder, comparison.from), to: levelName(ladder, comparison.to) })}
      </p>
      <div class="ladder-export__actions">
        <button
          type="button"
          class="button"
          onClick={async () => {
            const draft = await markdown();
            if (draft) await copy(draft.text, draft.copied, draft.failed);
          }}
        >
          {lt('ladder.copyMarkdown')}
        </button>
        <button
          type="button"
          class="button"
          onClick={async () => {
            const draft = await markdown();
            if (!draft) return;
            downloadText(draft.file, draft.text, 'text/markdown');
            announce(draft.downloaded);
          }}
        >
          {lt('ladder.downloadMarkdown')}
        </button>
        <PrintButton />
      </div>
      {fallbackBox}
    </section>
  );
}
