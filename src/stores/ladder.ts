import { computed } from 'nanostores';
import { storageKeys } from '../browser/storage';
import { lst } from '../i18n/ladder-store-ui';
import { t } from '../i18n/ui';
import { readLadderEvidence, readLadderRating, readLadderSettings } from '../lib/ladder-records';
import {
  isEvidenceId,
  type LadderEvidence,
  type LadderRating,
  type LadderRatingValue,
  type LadderSettings,
  MAX_EVIDENCE_ENTRIES,
  MAX_EVIDENCE_TITLE_LENGTH,
} from '../schemas/ladder-records';
import { isRecordId } from '../schemas/roles';
import { MAX_NOTE_LENGTH } from '../schemas/stored';
import { announce } from './announcer';
import { AUTOSAVE_MS, createRecordStore, storeGroup } from './record-store';

/*
 * The career ladder self-assessment: ratings (one record per item),
 * evidence (one record per piece, attached to items by id) and the chosen
 * levels, each a record store with the common rules (src/stores/record-store.ts).
 */

const ratingStore = createRecordStore<LadderRating>({
  prefix: storageKeys.ladderRating(''),
  read: readLadderRating,
  isValidId: isRecordId,
  isEmpty: (record) => !record.rating && record.evidence.length === 0 && record.note === '',
  lockedMessage: lst('ladder.lockedRecord'),
});

const evidenceStore = createRecordStore<LadderEvidence>({
  prefix: storageKeys.ladderEvidence(''),
  read: readLadderEvidence,
  isValidId: isEvidenceId,
  lockedMessage: lst('ladder.lockedRecord'),
  idOf: (evidence) => evidence.id,
});

/** The settings record is one key: an empty id after its prefix. */
const SETTINGS_ID = '';
const settingsStore = createRecordStore<LadderSettings>({
  prefix: storageKeys.ladderSettings,
  read: readLadderSettings,
  isValidId: (id) => id === SETTINGS_ID,
  isEmpty: (settings) => !settings.from && !settings.to && !settings.specialty,
  lockedMessage: lst('ladder.lockedRecord'),
});

export const ladderStores = { ratings: ratingStore, evidence: evidenceStore, settings: settingsStore } as const;
export const $ladderRatings = ratingStore.$records;
export const $ladderEvidence = evidenceStore.$records;
export const $ladderSettings = computed(settingsStore.$records, (records) => records[SETTINGS_ID]);
export const $ladderSaveState = computed(
  [ratingStore.$saveState, evidenceStore.$saveState, settingsStore.$saveState],
  (...states) => (states.includes('failed') ? 'failed' : states.includes('saving') ? 'saving' : 'saved'),
);
/** True once stored data has been read. */
const ladder = storeGroup([ratingStore, evidenceStore, settingsStore]);

/** True once the ladder's records are read. */
export const $ladderReady = ladder.$ready;

/** Starts the ladder stores once per page: reads stored data and follows other tabs. */
export const startLadder = ladder.start;

/** Only for tests. */
export const stopLadderForTests = ladder.stopForTests;

export function flushLadderSaves(): void {
  ratingStore.flush();
  evidenceStore.flush();
}

function ratingOf(itemId: string): LadderRating {
  return $ladderRatings.get()[itemId] ?? { v: 1, evidence: [], note: '', updatedAt: 0 };
}

function updateRating(itemId: string, change: Partial<LadderRating>, delayMs = 0): void {
  ratingStore.set(itemId, { ...ratingOf(itemId), ...change, v: 1, updatedAt: Date.now() }, delayMs);
}

/** Rates an item; `undefined` clears the rating (the item's evidence and note stay). */
export function rateItem(itemId: string, rating: LadderRatingValue | undefined): void {
  const { rating: _old, ...rest } = ratingOf(itemId);
  ratingStore.set(itemId, { ...rest, ...(rating ? { rating } : {}), v: 1, updatedAt: Date.now() });
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

function newEvidenceId(): string {
  const random = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Math.random()}`;
  return `ev-${Date.now().toString(36)}-${random.replace(/[^a-z0-9]/g, '').slice(0, 8)}`;
}

export interface EvidenceFields {
  title: string;
  href?: string | undefined;
  tags: string[];
}

/** Adds a piece of evidence to the record; returns its id, or undefined when the record is full. */
export function createEvidence(fields: EvidenceFields): string | undefined {
  if (Object.keys($ladderEvidence.get()).length >= MAX_EVIDENCE_ENTRIES) {
    announce(lst('ladder.evidenceFull', { max: MAX_EVIDENCE_ENTRIES }), 'error');
    return undefined;
  }
  const id = newEvidenceId();
  const saved = evidenceStore.set(id, evidenceRecord(id, fields));
  return saved === 'refused' ? undefined : id;
}

function evidenceRecord(id: string, fields: EvidenceFields): LadderEvidence {
  return {
    v: 1,
    id,
    title: fields.title.trim().slice(0, MAX_EVIDENCE_TITLE_LENGTH),
    ...(fields.href ? { href: fields.href } : {}),
    tags: fields.tags,
    updatedAt: Date.now(),
  };
}

export function updateEvidence(id: string, fields: EvidenceFields): void {
  if (!Object.hasOwn($ladderEvidence.get(), id)) return;
  evidenceStore.set(id, evidenceRecord(id, fields));
}

/** Removes a piece of evidence from the record and from every item; offers Undo. */
export function deleteEvidence(id: string): void {
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
      evidenceStore.undo(undo.evidence);
      ratingStore.undo(undo.ratings);
      announce(lst('ladder.evidenceRestored', { title: evidence.title }));
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
