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

/** Ratings: version 2 adds the change stamps (all optional), so a version 1 record is one without them. */
const RATING_MIGRATIONS: Record<number, (value: unknown) => unknown> = {
  1: (value) => ({ ...(value as object), v: 2 }),
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
