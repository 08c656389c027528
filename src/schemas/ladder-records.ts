import { z } from 'zod/mini';
import { isEvidenceHref, MAX_EVIDENCE_HREF_LENGTH } from '../lib/evidence-link';
import { levelSlugSchema, specialtySlugSchema } from './career-ladder';
import { isRecordId } from './roles';
import { MAX_NOTE_LENGTH } from './stored';

/*
 * The career ladder self-assessment in the browser: one record per rated
 * item, one per piece of evidence (reusable across items: the aspiring
 * leaders' "record of your achievements"), and the reader's chosen levels.
 * Separate keys, so two tabs rating different items never overwrite each other.
 */

/** How far the reader has shown an item; no record means not rated yet. */
export const LADDER_RATINGS = ['not-yet', 'partly', 'demonstrated'] as const;

/** Most pieces of evidence in the record, and attached to one item. */
export const MAX_EVIDENCE_ENTRIES = 200;
/** A piece of evidence's description; a tag. */
export const MAX_EVIDENCE_TITLE_LENGTH = 300;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;

/** Evidence ids: `ev-` and a random part. */
export function isEvidenceId(id: string): boolean {
  return id.startsWith('ev-') && isRecordId(id);
}

const evidenceIdSchema = z.string().check(z.refine(isEvidenceId, 'not an evidence id'));
const stampSchema = z._default(z.number().check(z.int(), z.nonnegative()), 0);

export const ladderRatingSchema = z.object({
  v: z.literal(1),
  rating: z.optional(z.enum(LADDER_RATINGS)),
  /** Evidence attached to this item, by id, in the reader's order. */
  evidence: z._default(z.array(evidenceIdSchema).check(z.maxLength(MAX_EVIDENCE_ENTRIES)), []),
  /** The reader's note for the promotion document, plain text. */
  note: z._default(z.string().check(z.maxLength(MAX_NOTE_LENGTH)), ''),
  updatedAt: stampSchema,
});

export const ladderEvidenceSchema = z.object({
  v: z.literal(1),
  id: evidenceIdSchema,
  /** What it shows, plain text. */
  title: z.string().check(z.minLength(1), z.maxLength(MAX_EVIDENCE_TITLE_LENGTH)),
  /** http, https or mailto only. */
  href: z.optional(
    z
      .string()
      .check(z.maxLength(MAX_EVIDENCE_HREF_LENGTH), z.refine(isEvidenceHref, 'only http, https and mailto links')),
  ),
  tags: z._default(
    z.array(z.string().check(z.minLength(1), z.maxLength(MAX_TAG_LENGTH))).check(z.maxLength(MAX_TAGS)),
    [],
  ),
  updatedAt: stampSchema,
});

export const ladderSettingsSchema = z.object({
  v: z.literal(1),
  /** The reader's level now. */
  from: z.optional(levelSlugSchema),
  /** The level the reader assesses themselves against. */
  to: z.optional(levelSlugSchema),
  specialty: z.optional(specialtySlugSchema),
});

export type LadderRatingValue = (typeof LADDER_RATINGS)[number];
export type LadderRating = z.infer<typeof ladderRatingSchema>;
export type LadderEvidence = z.infer<typeof ladderEvidenceSchema>;
export type LadderSettings = z.infer<typeof ladderSettingsSchema>;

/** Everything the ladder keeps, as stores, backups and restore hold it. */
export const ladderDataSchema = z.strictObject({
  ratings: z.record(z.string().check(z.refine(isRecordId, 'not a record id')), ladderRatingSchema),
  evidence: z.record(evidenceIdSchema, ladderEvidenceSchema),
  settings: z.optional(ladderSettingsSchema),
});
export type LadderData = z.infer<typeof ladderDataSchema>;

export const EMPTY_LADDER_DATA: LadderData = { ratings: {}, evidence: {} };

/** Newest format version of each ladder record kind. */
export const LADDER_VERSION = { rating: 1, evidence: 1, settings: 1 } as const;
