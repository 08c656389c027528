import * as v from 'valibot';
import { onOneLine } from '../lib/bidi-controls';
import { isEvidenceHref, MAX_EVIDENCE_HREF_LENGTH } from '../lib/evidence-link';
import { levelSlugSchema, specialtySlugSchema } from './ladder-slugs';
import { MAX_MANAGER_REMOVED } from './manager-limits';
import { plainRecord } from './plain-object';
import { isRecordId } from './roles';
import { noteSchema } from './stored';
import { timeSchema } from './time';

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

const evidenceIdSchema = v.pipe(v.string(), v.check(isEvidenceId, 'evidenceId'));
const stampSchema = v.optional(timeSchema, 0);

/**
 * Version 2 adds `at`, when each field was last changed, so two tabs' copies
 * merge field by field (the manager toolkit's rules, src/lib/manager/merge.ts):
 * a note saved half a second after it was typed no longer writes over a rating
 * or evidence another tab saved meanwhile. The bump keeps a site that knows
 * only version 1, which would drop the stamps, from rewriting such a record.
 *
 * Version 3 stamps the evidence per piece (`at.evidence`, by id) instead of
 * the list as a whole: two tabs that each attach a piece to one item keep
 * both, and a piece detached in one tab stays detached while the other
 * attaches another. Its detached pieces are remembered (the newest
 * `MAX_MANAGER_REMOVED`), so a tab that had not heard of a detach cannot
 * attach the piece again by saving its old copy. A site that knows only
 * version 2 would read the per-piece stamps as one number, so it leaves such a
 * record alone.
 */
export const ladderRatingSchema = v.object({
  v: v.literal(3),
  rating: v.optional(v.picklist(LADDER_RATINGS)),
  /**
   * Evidence attached to this item, by id, in the reader's order. The site never lists a piece twice; a record
   * edited by hand can, and is read with each piece once (where it first stood) rather than set aside: one
   * Remove then detaches it.
   */
  evidence: v.optional(
    v.pipe(
      v.array(evidenceIdSchema),
      v.maxLength(MAX_EVIDENCE_ENTRIES),
      v.transform((ids) => [...new Set(ids)]),
    ),
    [],
  ),
  /** The reader's note for the promotion document, plain text (without bidi controls, as a checklist's note). */
  note: v.optional(noteSchema, ''),
  updatedAt: stampSchema,
  /**
   * When the rating and the note were last changed, and each piece of evidence
   * last attached or detached, by id (ms since epoch): a piece stamped but not
   * in `evidence` was detached then.
   */
  at: v.optional(
    v.strictObject({
      rating: v.optional(timeSchema),
      note: v.optional(timeSchema),
      evidence: v.optional(
        v.pipe(
          plainRecord(evidenceIdSchema, timeSchema),
          v.check(
            (stamps) => Object.keys(stamps).length <= MAX_EVIDENCE_ENTRIES + MAX_MANAGER_REMOVED,
            'evidenceStamps',
          ),
        ),
      ),
    }),
  ),
});

/*
 * A piece of evidence's words are read without the bidi controls that would turn them around
 * (src/lib/bidi-controls.ts), as its form takes them (`typedText`): one stored or backed up before December 7 may
 * hold them, and is not set aside for them. A description of nothing else is blank, and refused as one is. The
 * description and the tags are fields of one line: a line break in them is read as a space too (`onOneLine`).
 */
export const ladderEvidenceSchema = v.object({
  v: v.literal(1),
  id: evidenceIdSchema,
  /** What it shows, plain text. */
  title: v.pipe(v.string(), v.maxLength(MAX_EVIDENCE_TITLE_LENGTH), v.transform(onOneLine), v.minLength(1)),
  /** http, https or mailto only. */
  href: v.optional(
    v.pipe(
      v.string(),
      v.maxLength(MAX_EVIDENCE_HREF_LENGTH),
      // A link is a field of one line too: a line break in it is read as a space, and refused as a space is.
      v.transform(onOneLine),
      v.check(isEvidenceHref, 'evidenceHref'),
    ),
  ),
  /** A tag that held nothing but bidi controls goes, and one that is another once they are gone is listed once. */
  tags: v.optional(
    v.pipe(
      v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TAG_LENGTH))),
      v.maxLength(MAX_TAGS),
      v.transform((tags) => [...new Set(tags.map(onOneLine))].filter(Boolean)),
    ),
    [],
  ),
  updatedAt: stampSchema,
});

export const ladderSettingsSchema = v.object({
  v: v.literal(1),
  /** The reader's level now. */
  from: v.optional(levelSlugSchema),
  /** The level the reader assesses themselves against. */
  to: v.optional(levelSlugSchema),
  specialty: v.optional(specialtySlugSchema),
});

export type LadderRatingValue = (typeof LADDER_RATINGS)[number];
export type LadderRating = v.InferOutput<typeof ladderRatingSchema>;
export type LadderEvidence = v.InferOutput<typeof ladderEvidenceSchema>;
export type LadderSettings = v.InferOutput<typeof ladderSettingsSchema>;

/**
 * Whether an item's record (or none) holds nothing the reader recorded: no rating, evidence or note. A change
 * that empties a record keeps its stamps, for other tabs to merge with (src/stores/ladder-records.ts), so such
 * a record is kept but counts nowhere.
 */
export const isBlankRating = (record?: LadderRating): boolean =>
  !record?.rating && !record?.evidence.length && !record?.note;

/** Everything the ladder keeps, as stores, backups and restore hold it. */
export const ladderDataSchema = v.strictObject({
  ratings: plainRecord(v.pipe(v.string(), v.check(isRecordId, 'recordId')), ladderRatingSchema),
  evidence: plainRecord(evidenceIdSchema, ladderEvidenceSchema),
  settings: v.optional(ladderSettingsSchema),
});
export type LadderData = v.InferOutput<typeof ladderDataSchema>;

export const EMPTY_LADDER_DATA: LadderData = { ratings: {}, evidence: {} };

/** Newest format version of each ladder record kind. */
export const LADDER_VERSION = { rating: 3, evidence: 1, settings: 1 } as const;
