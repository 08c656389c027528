import { computed } from 'nanostores';
import { lst } from '../i18n/ladder-store-ui';
import { mergeRatings, stampRatingChanges } from '../lib/ladder-merge';
import { readLadderEvidence, readLadderRating, readLadderSettings } from '../lib/ladder-records';
import {
  isBlankRating,
  isEvidenceId,
  type LadderEvidence,
  type LadderRating,
  type LadderSettings,
} from '../schemas/ladder-records';
import { isRecordId } from '../schemas/roles';
import { recordKeys } from './record-keys';
import { createRecordStore } from './record-store';
import { storeGroup } from './record-store/store-group';

/*
 * The career ladder's record stores alone, without their actions: backup,
 * restore and Reset all (src/stores/all-data.ts) need the records on My
 * progress, the ladder's actions live in src/stores/ladder.ts. Ratings (one
 * record per item), evidence (one record per piece, attached to items by id)
 * and the chosen levels, each a record store with the common rules
 * (src/stores/record-store.ts).
 *
 * An item's rating, note and evidence share one record, and a note is saved
 * half a second after the last key: another tab may save its copy meanwhile.
 * So every change stamps the fields it changed (`stampRating`), and each piece
 * of evidence it attached or detached, and two tabs' copies merge field by
 * field and piece by piece, as the manager toolkit's records do
 * (src/lib/manager/merge.ts, with the ladder's rule for its evidence in
 * src/lib/ladder-merge.ts).
 */

const ratingStore = createRecordStore<LadderRating>({
  prefix: recordKeys.ladderRating(''),
  read: readLadderRating,
  isValidId: isRecordId,
  merge: mergeRatings,
  // A record emptied by a change keeps its stamps (`at`): removed, another tab's copy could not merge with it,
  // and a note saved there meanwhile would go with it, or a cleared rating or a detached piece come back.
  isEmpty: (record) => !record.at && isBlankRating(record),
  // A note one tab wrote over another's is told and offered back.
  words: { keys: ['note'], edit: editRating },
  lockedMessage: lst('ladder.lockedRecord'),
});

const evidenceStore = createRecordStore<LadderEvidence>({
  prefix: recordKeys.ladderEvidence(''),
  read: readLadderEvidence,
  isValidId: isEvidenceId,
  // Saved whole from its form, without stamps: two tabs' copies merge field by field against what each started
  // from, and a description one tab wrote over another's is told and offered back.
  fieldsSince: { fields: ['title', 'href', 'tags', 'updatedAt'] },
  words: { keys: ['title'], edit: editEvidence },
  lockedMessage: lst('ladder.lockedRecord'),
  idOf: (evidence) => evidence.id,
});

/** Changes a piece of evidence as an edit made in this tab now. */
function editEvidence(id: string, change: (evidence: LadderEvidence) => LadderEvidence): void {
  const current = evidenceStore.$records.get()[id];
  if (current) evidenceStore.set(id, { ...change(current), updatedAt: Date.now() });
}

/** The settings record is one key: an empty id after its prefix. */
export const SETTINGS_ID = '';
const settingsStore = createRecordStore<LadderSettings>({
  prefix: recordKeys.ladderSettings,
  read: readLadderSettings,
  isValidId: (id) => id === SETTINGS_ID,
  isEmpty: (settings) => !settings.from && !settings.to && !settings.specialty,
  lockedMessage: lst('ladder.lockedRecord'),
});

export const ladderStores = { ratings: ratingStore, evidence: evidenceStore, settings: settingsStore } as const;

/** Each item's rating record, by item id (My progress's ladder card reads them here, without the ladder's actions). */
export const $ladderRatings = ratingStore.$records;
/** The levels the reader last compared. */
export const $ladderSettings = computed(settingsStore.$records, (records) => records[SETTINGS_ID]);

const ladder = storeGroup([ratingStore, evidenceStore, settingsStore]);

/** True once the ladder's records are read. */
export const $ladderReady = ladder.$ready;

/** Starts the ladder stores once per page: reads stored data and follows other tabs. */
export const startLadder = ladder.start;

/** Only for tests. */
export function stopLadderForTests(): void {
  ladder.stopForTests?.();
}

export function flushLadderSaves(): void {
  ratingStore.flush();
  evidenceStore.flush();
}

/** An item with nothing recorded: where its first edit starts from, so only what that edit sets is stamped. */
export const UNRATED: LadderRating = { v: 3, evidence: [], note: '', updatedAt: 0 };

/**
 * `next` as a change of `current` made now in this tab (an edit, or a record
 * put back by Undo or a restore): each field it changes, and each piece of
 * evidence it attaches or detaches, is stamped now, so other tabs take it
 * rather than merge it away. Ratings have no lists of entries, so no entry
 * ever needs a new id.
 */
export function stampRating(
  current: LadderRating | undefined,
  next: LadderRating | undefined,
): LadderRating | undefined {
  return next && stampRatingChanges(current ?? UNRATED, next, Date.now());
}

/** Changes an item's record as an edit made in this tab now (stamped). */
export function editRating(itemId: string, change: (record: LadderRating) => LadderRating, delayMs = 0): void {
  const current = $ladderRatings.get()[itemId] ?? UNRATED;
  ratingStore.set(itemId, stampRating(current, { ...change(current), updatedAt: Date.now() }), delayMs);
}
