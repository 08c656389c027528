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

/** Reads a stored self-assessment of one ladder item. Never throws. */
export function readLadderRating(raw: string): ReadResult<LadderRating> {
  return readVersioned(raw, LADDER_VERSION.rating, ladderRatingSchema, {});
}

/** Reads a stored piece of evidence. Never throws. */
export function readLadderEvidence(raw: string): ReadResult<LadderEvidence> {
  return readVersioned(raw, LADDER_VERSION.evidence, ladderEvidenceSchema, {});
}

/** Reads the reader's chosen levels. Never throws. */
export function readLadderSettings(raw: string): ReadResult<LadderSettings> {
  return readVersioned(raw, LADDER_VERSION.settings, ladderSettingsSchema, {});
}
