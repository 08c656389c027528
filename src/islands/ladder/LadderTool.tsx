import '../../styles/planner.css';
import '../../styles/ladder.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { copyText } from '../../browser/clipboard';
import { lt } from '../../i18n/ladder-ui';
import { type Comparison, compareLevels, familyItems, mixedExtendsShown } from '../../lib/ladder';
import {
  DEFAULT_SELECTION,
  type LadderSelection,
  namesUnknown,
  noStepTo,
  selectionFromQuery,
  selectionQuery,
} from '../../lib/ladder-selection';
import { wordList } from '../../lib/word-list';
import type { Ladder, LadderLevel } from '../../schemas/career-ladder';
import { announce } from '../../stores/announcer';
import { $ladderReady, $ladderSaveState, $ladderSettings, setLadderSettings, startLadder } from '../../stores/ladder';
import { Announcer } from '../Announcer';
import { StorageNotices } from '../StorageNotices';
import { useStarted } from '../use-started';
import { useStore } from '../use-store';
import { ComparisonView } from './ComparisonView';
import { EvidenceRecord } from './EvidenceRecord';
import { LevelPicker } from './LevelPicker';
import { levelShort, topOfTrackNote } from './names';
import { PrintButton, PromotionExport } from './PromotionExport';
import { SelfAssessment } from './SelfAssessment';

interface Props {
  ladder: Ladder;
  /** The handbook's words before the self-assessment (server-rendered by the page). */
  children?: ComponentChildren;
  /** The handbook's words about the promotion document, before the export. */
  promotion?: ComponentChildren;
}

const COUNT_KEYS = {
  responsibilities: 'ladder.count.responsibilities',
  requirements: 'ladder.count.requirements',
  indicators: 'ladder.count.indicators',
  specialty: 'ladder.count.specialty',
} as const;

/** "14 new responsibilities, 8 new requirements and 3 new performance indicators". */
function countsText(comparison: Comparison): string {
  return wordList(
    comparison.groups.filter((g) => g.added.length > 0).map((g) => lt(COUNT_KEYS[g.group], { count: g.added.length })),
  );
}

/** The summary sentence, and how many of the job family's own items are shown apart. */
function summaryText(comparison: Comparison, from: LadderLevel, to: LadderLevel): string {
  if (from.slug === to.slug) return lt('ladder.summarySame');
  const counts = countsText(comparison);
  const summary = counts
    ? lt('ladder.summary', { to: to.short, from: from.short, counts })
    : lt('ladder.summaryNothing', { to: to.short, from: from.short });
  const family = familyItems(comparison).length;
  return family > 0 ? `${summary} ${lt('ladder.summaryFamily', { count: family })}` : summary;
}

/**
 * What a link's query asked for that the ladder could not open as asked: the first level, which no promotion leads
 * to (`noStepTo`), and a name the job family page does not list (`namesUnknown`), left out.
 */
function linkNotesFor(ladder: Ladder, search: string): string[] {
  const noStep = noStepTo(ladder, search);
  return [
    ...(noStep ? [lt('ladder.noStepTo', { level: levelShort(ladder, noStep) })] : []),
    ...(namesUnknown(search) ? [lt('ladder.unknownInLink')] : []),
  ];
}

/** What the reader should know about this pair of levels (tracks, grades, specialty), or of a link's level it cannot open. */
function Notes({
  ladder,
  comparison,
  from,
  to,
  linkNotes,
}: {
  ladder: Ladder;
  comparison: Comparison;
  from: LadderLevel;
  to: LadderLevel;
  /** What the reader should know about the link that opened the page (`linkNotesFor`), until they pick levels. */
  linkNotes: string[];
}) {
  const notes = [...linkNotes];
  if (from.slug !== to.slug && !comparison.toExtendsFrom) {
    notes.push(
      from.track !== to.track
        ? lt('ladder.otherTrack', { to: to.short, from: from.short, track: lt(`ladder.trackLong.${from.track}`) })
        : lt('ladder.lowerTarget', { to: to.short, from: from.short }),
    );
  }
  // Items the higher level "extends" but does not keep, shown "Only at …" or "New": the page's mixed "Extends" says why.
  for (const mixed of mixedExtendsShown(ladder, comparison)) {
    notes.push(
      lt('ladder.mixedExtends', {
        level: levelShort(ladder, mixed.level),
        responsibilities: levelShort(ladder, mixed.responsibilities),
        requirements: levelShort(ladder, mixed.requirements),
      }),
    );
  }
  const top = from.slug !== to.slug ? topOfTrackNote(ladder, from.slug) : undefined;
  if (top) notes.push(top);
  if (from.slug !== to.slug && from.grade !== undefined && from.grade === to.grade) {
    notes.push(lt('ladder.sameGrade', { grade: from.grade }));
  }
  const specialty = ladder.specialties.find((s) => s.slug === comparison.specialty);
  if (specialty) {
    // Only Public Sector's section ties it to "the corresponding … level": quoted where the page says it, and
    // where a section says nothing of levels (Strategic, Success at Scale, Customer Programs) the note says so.
    const quotes = specialty.notes.map((sentence) => `“${sentence.replace(/:$/, '')}”`);
    notes.push(
      quotes.length > 0
        ? lt('ladder.specialtyNote', { specialty: specialty.label, quotes: wordList(quotes) })
        : lt('ladder.specialtySilent', { specialty: specialty.label, name: specialty.name }),
    );
    if (specialty.lists.specialty) notes.push(lt('ladder.specialtyUngrouped', { specialty: specialty.label }));
  }
  if (notes.length === 0) return null;
  return (
    <ul class="ladder-notes">
      {notes.map((note) => (
        <li key={note}>{note}</li>
      ))}
    </ul>
  );
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
    const stored = $ladderSettings.get();
    const fromQuery = selectionFromQuery(ladder, window.location.search);
    const fromStore =
      stored?.from && stored.to
        ? { from: stored.from, to: stored.to, ...(stored.specialty ? { specialty: stored.specialty } : {}) }
        : undefined;
    setSelection(fromQuery ?? fromStore ?? DEFAULT_SELECTION);
    setLinkNotes(linkNotesFor(ladder, window.location.search));
  });
  const ready = useStore($ladderReady) && mounted;
  const saveState = useStore($ladderSaveState);

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
      <section class="ladder-section ladder-compare" aria-labelledby="compare-title" id="compare">
        <h2 id="compare-title">{lt('ladder.compareTitle')}</h2>
        <LevelPicker
          ladder={ladder}
          selection={selection}
          enabled={ready}
          onChange={(picked) => {
            setLinkNotes([]);
            setSelection(picked);
          }}
        />
        <p class="ladder-summary" aria-live="polite">
          {summaryText(comparison, from, to)}
        </p>
        <Notes ladder={ladder} comparison={comparison} from={from} to={to} linkNotes={linkNotes} />
        {ready && (
          <p class="ladder-share">
            <a href={selectionQuery(selection)}>{lt('ladder.linkToComparison')}</a>
            <button
              type="button"
              class="button button--small"
              onClick={async () => {
                const copied = await copyText(window.location.href);
                announce(copied ? lt('ladder.linkCopied') : lt('ladder.linkCopyFailed'), copied ? 'info' : 'error');
              }}
            >
              {lt('ladder.copyLink')}
            </button>
            {/* A lower level has no draft to export (below), but its comparison is worth printing. */}
            {comparison.lower && <PrintButton small />}
          </p>
        )}
        <ComparisonView ladder={ladder} comparison={comparison} />
      </section>
      {children}
      {ready ? (
        <>
          <StorageNotices ready />
          <p class={`ladder-save ladder-save--${saveState}`} role="status">
            {lt(`ladder.saveState.${saveState}`)}
          </p>
          <SelfAssessment ladder={ladder} comparison={comparison} />
          <EvidenceRecord />
          {/* No promotion document for a step down (the self-assessment says so). */}
          {!comparison.lower && (
            <>
              {promotion}
              <PromotionExport
                ladder={ladder}
                comparison={comparison}
                fromName={from.short}
                toName={to.short}
                specialtyLabel={specialty?.label}
              />
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
