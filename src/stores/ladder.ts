import { computed } from 'nanostores';
import { lst } from '../i18n/ladder-store-ui';
import { t } from '../i18n/ui';
import {
  type LadderRating,
  type LadderRatingValue,
  type LadderSettings,
  MAX_EVIDENCE_ENTRIES,
} from '../schemas/ladder-records';
import { MAX_NOTE_LENGTH } from '../schemas/stored';
import { announce } from './announcer';
import {
  $ladderRatings,
  $ladderSettings,
  editRating,
  ladderStores,
  SETTINGS_ID,
  stampRating,
  UNRATED,
} from './ladder-records';
import { AUTOSAVE_MS } from './record-store';

export {
  $ladderRatings,
  $ladderReady,
  $ladderSettings,
  flushLadderSaves,
  ladderStores,
  startLadder,
  stopLadderForTests,
} from './ladder-records';

/*
 * The career ladder self-assessment's actions: rate an item, note it, attach
 * evidence, keep the record of achievements and the levels compared. The
 * records live in src/stores/ladder-records.ts; adding and editing a piece of
 * evidence, which only the evidence form does, in src/stores/ladder-evidence.ts.
 */

const { ratings: ratingStore, evidence: evidenceStore, settings: settingsStore } = ladderStores;

export const $ladderEvidence = evidenceStore.$records;
export const $ladderSaveState = computed(
  [ratingStore.$saveState, evidenceStore.$saveState, settingsStore.$saveState],
  (...states) => (states.includes('failed') ? 'failed' : states.includes('saving') ? 'saving' : 'saved'),
);

function ratingOf(itemId: string): LadderRating {
  return $ladderRatings.get()[itemId] ?? UNRATED;
}

function updateRating(itemId: string, change: Partial<LadderRating>, delayMs = 0): void {
  editRating(itemId, (current) => ({ ...current, ...change }), delayMs);
}

/** Rates an item; `undefined` clears the rating (the item's evidence and note stay). */
export function rateItem(itemId: string, rating: LadderRatingValue | undefined): void {
  editRating(itemId, ({ rating: _old, ...rest }) => ({ ...rest, ...(rating ? { rating } : {}) }));
}

export function setItemNote(itemId: string, note: string): void {
  updateRating(itemId, { note: note.slice(0, MAX_NOTE_LENGTH) }, AUTOSAVE_MS);
}

export function attachEvidence(itemId: string, evidenceId: string): boolean {
  const current = ratingOf(itemId);
  if (current.evidence.includes(evidenceId)) return true;
  if (current.evidence.length >= MAX_EVIDENCE_ENTRIES) {
    announce(lst('ladder.evidenceFullItem', { max: MAX_EVIDENCE_ENTRIES }), 'error');
    return false;
  }
  updateRating(itemId, { evidence: [...current.evidence, evidenceId] });
  return true;
}

export function detachEvidence(itemId: string, evidenceId: string): void {
  const current = ratingOf(itemId);
  updateRating(itemId, { evidence: current.evidence.filter((id) => id !== evidenceId) });
}

/** Removes a piece of evidence from the record and from every item; offers Undo, which then calls `undone`. */
export function deleteEvidence(id: string, undone?: () => void): void {
  const evidence = $ladderEvidence.get()[id];
  if (!evidence) return;
  const itemIds = Object.entries($ladderRatings.get())
    .filter(([, record]) => record.evidence.includes(id))
    .map(([itemId]) => itemId);
  const evidenceBefore = evidenceStore.snapshot([id]);
  const ratingsBefore = ratingStore.snapshot(itemIds);
  if (evidenceStore.set(id, undefined) === 'refused') return;
  for (const itemId of itemIds) detachEvidence(itemId, id);
  const undo = {
    evidence: evidenceStore.undoSnapshot(evidenceBefore),
    ratings: ratingStore.undoSnapshot(ratingsBefore),
  };
  announce(lst('ladder.evidenceDeleted', { title: evidence.title }), 'info', {
    label: t('planner.undo'),
    run: () => {
      // Each store tells the reader what it could not put back or save.
      if (![evidenceStore.undo(undo.evidence), ratingStore.undo(undo.ratings, stampRating)].includes(true))
        announce(lst('ladder.evidenceRestored', { title: evidence.title }));
      undone?.();
    },
  });
}

/** Remembers the levels compared, so the self-assessment opens where the reader left it. */
export function setLadderSettings(settings: Omit<LadderSettings, 'v'>): void {
  const current = $ladderSettings.get();
  const next: LadderSettings = { v: 1, ...settings };
  if (current && current.from === next.from && current.to === next.to && current.specialty === next.specialty) return;
  settingsStore.set(SETTINGS_ID, next);
}
