import {
  LADDER_VERSION,
  type LadderEvidence,
  type LadderRating,
  type LadderSettings,
  ladderEvidenceSchema,
  ladderRatingSchema,
  ladderSettingsSchema,
} from '../schemas/ladder-records';
import { type ReadResult, readVersioned } from './stored-records';

/** A version 2 rating as far as its migration reads it: the list of evidence had one stamp. */
interface RatingV2 {
  evidence?: string[];
  updatedAt?: number;
  at?: { evidence?: number; [field: string]: unknown };
}

/**
 * Ratings: version 2 adds the change stamps (all optional), so a version 1
 * record is one without them. Version 3 stamps each piece of evidence: a
 * version 2 list's pieces are stamped when the list last changed (or the
 * record, before stamps), a millisecond apart in the reader's order, which
 * they keep. Values of the wrong shape throw here and are read as invalid.
 */
const RATING_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: (value) => ({ ...(value as object), v: 2 }),
  2: (value) => {
    const { at: { evidence: listTime, ...at } = {}, ...rating } = value as RatingV2;
    const ids = rating.evidence ?? [];
    const time = listTime ?? rating.updatedAt ?? 0;
    if (ids.length > 0)
      at.evidence = Object.fromEntries(ids.map((id, i) => [id, Math.max(0, time - ids.length + 1 + i)]));
    return { ...rating, v: 3, ...(Object.keys(at).length > 0 ? { at } : {}) };
  },
};

/** Reads a stored self-assessment of one ladder item (in storage or a backup). Never throws. */
export function readLadderRating(raw: string): ReadResult<LadderRating> {
  return readVersioned(raw, LADDER_VERSION.rating, ladderRatingSchema, RATING_MIGRATIONS);
}

/** Reads a stored piece of evidence. Never throws. */
export function readLadderEvidence(raw: string): ReadResult<LadderEvidence> {
  return readVersioned(raw, LADDER_VERSION.evidence, ladderEvidenceSchema, {});
}

/** Reads the reader's chosen levels. Never throws. */
export function readLadderSettings(raw: string): ReadResult<LadderSettings> {
  return readVersioned(raw, LADDER_VERSION.settings, ladderSettingsSchema, {});
}
