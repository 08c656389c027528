import '../../styles/planner.css';
import '../../styles/ladder.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { lt } from '../../i18n/ladder-ui';
import { compareLevels } from '../../lib/ladder';
import { linkNotesFor } from '../../lib/ladder-notes';
import {
  DEFAULT_SELECTION,
  type LadderSelection,
  selectionFromQuery,
  selectionQuery,
} from '../../lib/ladder-selection';
import type { Ladder, LadderLevel } from '../../schemas/career-ladder';
import { $ladderReady, $ladderSaveState, $ladderSettings, setLadderSettings, startLadder } from '../../stores/ladder';
import { Announcer } from '../Announcer';
import { SaveState } from '../SaveState';
import { StorageNotices } from '../StorageNotices';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';
import { comparePanel } from './ComparePanel';
import { EvidenceRecord } from './EvidenceRecord';
import { PromotionExport } from './PromotionExport';
import { SelfAssessment } from './SelfAssessment';

interface Props {
  ladder: Ladder;
  /** The handbook's words before the self-assessment (server-rendered by the page). */
  children?: ComponentChildren;
  /** The handbook's words about the promotion document, before the export. */
  promotion?: ComponentChildren;
}

/**
 * The career ladder tool: pick two levels (from the address, the reader's
 * last choice, or Senior → Staff), see them side by side, assess yourself on
 * what is new, keep your evidence, take out a promotion document draft.
 * The server renders Senior → Staff, so the page reads without JavaScript.
 */
export default function LadderTool({ ladder, children, promotion }: Props) {
  const [selection, setSelection] = useState<LadderSelection>(DEFAULT_SELECTION);
  const [linkNotes, setLinkNotes] = useState<string[]>([]);
  // The reader's levels come from the address, else from storage, once the ladder's records are read.
  const mounted = useStarted(() => {
    startLadder();
    // The stored settings are the selection with their format version (and no specialty unless one was chosen).
    const { v: _version, ...stored } = $ladderSettings.get() ?? { v: 1 };
    const fromQuery = selectionFromQuery(ladder, window.location.search);
    const fromStore = stored.from && stored.to ? (stored as LadderSelection) : undefined;
    setSelection(fromQuery ?? fromStore ?? DEFAULT_SELECTION);
    setLinkNotes(linkNotesFor(ladder, window.location.search));
  });
  const ready = useStore($ladderReady) && mounted;

  useEffect(() => {
    if (!mounted) return;
    const url = new URL(window.location.href);
    url.search = selectionQuery(selection);
    history.replaceState(null, '', url);
    setLadderSettings(selection);
  }, [mounted, selection.from, selection.to, selection.specialty]);

  const comparison = useMemo(
    () => compareLevels(ladder, selection.from, selection.to, selection.specialty),
    [ladder, selection.from, selection.to, selection.specialty],
  );
  const from = ladder.levels.find((l) => l.slug === selection.from) as LadderLevel;
  const to = ladder.levels.find((l) => l.slug === selection.to) as LadderLevel;
  const specialty = ladder.specialties.find((s) => s.slug === selection.specialty);

  return (
    <div
      class={comparison.lower ? 'ladder-tool ladder-tool--lower' : 'ladder-tool'}
      data-ready={ready ? '' : undefined}
    >
      {comparePanel(ladder, selection, comparison, from, to, linkNotes, ready, (picked) => {
        setLinkNotes([]);
        setSelection(picked);
      })}
      {children}
      {ready ? (
        <>
          <StorageNotices ready />
          <SaveState store={$ladderSaveState} />
          <SelfAssessment ladder={ladder} comparison={comparison} />
          <EvidenceRecord />
          {/* No promotion document for a step down (the self-assessment says so). */}
          {!comparison.lower && (
            <>
              {promotion}
              <PromotionExport ladder={ladder} comparison={comparison} specialtyLabel={specialty?.label} />
            </>
          )}
        </>
      ) : (
        <>
          {mounted && <p>{lt('ladder.loading')}</p>}
          {promotion}
        </>
      )}
      <Announcer />
    </div>
  );
}
