import * as v from 'valibot';
import { ladderGroupSchema, levelSlugSchema, specialtySlugSchema } from './ladder-slugs';
import { plainRecord } from './plain-object';

/*
 * The career ladder built from the job family page (see content/career-ladder.yaml
 * and src/lib/ladder-parse.ts). Types are derived from these schemas; the
 * ladder route checks the derived data against them at build time. Valibot,
 * not Astro's zod, because the browser's stored ladder records use the level
 * and specialty schemas too.
 */

// The names the ladder uses, with its schema, in one import for the build; the stores, addresses and the ladder's
// islands take them from ladder-slugs.ts, so the page does not load the schemas below, which only My progress's
// ladder card checks in the browser.
export { type LadderGroup, LEVEL_SLUGS, type LevelSlug, type SpecialtySlug } from './ladder-slugs';

/** content/career-ladder.yaml: what the page does not say about its levels. */
export const ladderConfigSchema = v.object({
  /** The job family page the levels are read from (repository path). */
  page: v.string(),
  levels: v.array(
    v.object({
      slug: levelSlugSchema,
      /** The level's `###` heading on the page, exactly. */
      heading: v.string(),
      /** Individual contributor or manager track. */
      track: v.picklist(['ic', 'manager']),
      /** Names the page uses for this level in sub-headings and "Extends the …" lines. */
      names: v.array(v.string()),
      /** The upstream grade sentence when this site's page words it otherwise. */
      upstreamGradeSentence: v.optional(v.string()),
    }),
  ),
  specialties: v.array(v.object({ slug: specialtySlugSchema, heading: v.string(), label: v.string() })),
  /** Handbook words the ladder page quotes exactly, with where they are. */
  quotes: v.array(
    v.object({
      id: v.picklist(['no-guarantee', 'usual-path', 'record-of-achievements', 'promotion-document']),
      /** Upstream path of the page quoted. */
      page: v.string(),
      /** Heading id of the section quoted. */
      anchor: v.string(),
      /** Where it is, for the reader. */
      source: v.string(),
      text: v.string(),
    }),
  ),
});

/** A link in an item's words ("[CSM-related metrics](/handbook/customer-success/csm/)"). */
const ladderLinkSchema = v.object({
  /** The link's words, as they are in the item's text. */
  text: v.string(),
  /** As the page writes it when read; where it goes on this site once the build resolves it. */
  href: v.string(),
  /** Set by the build: the link leaves this site. */
  external: v.optional(v.boolean()),
});

/** One bullet of the page: its words as plain text, its sub-bullets, a stable id. */
const ladderItemSchema = v.object({
  /** Stable id (stored self-assessments use it): `<level>-<group>-<first words>`. */
  id: v.string(),
  text: v.string(),
  details: v.array(v.string()),
  /** The links in `text`, in order; absent when it has none. */
  links: v.optional(v.array(ladderLinkSchema)),
});

/** A group of a level as the page states it: the level it extends (or the family-wide list), then its own items. */
const ladderListSchema = v.object({
  extends: v.optional(v.union([levelSlugSchema, v.literal('family')])),
  /** The "Extends …" sentence as written. */
  extendsText: v.optional(v.string()),
  items: v.array(ladderItemSchema),
});

const ladderLevelSchema = v.object({
  slug: levelSlugSchema,
  /** The level's title, its heading on the page: the ladder names it so everywhere. */
  name: v.string(),
  track: v.picklist(['ic', 'manager']),
  /** The heading id on the job family page. */
  anchor: v.string(),
  grade: v.optional(v.number()),
  /** The grade sentence as the page words it (without its link). */
  gradeSentence: v.optional(v.string()),
  upstreamGradeSentence: v.optional(v.string()),
  reportsTo: v.optional(v.string()),
  /** Text before the level's sub-sections other than grade and reporting (the Staff CSM market justification). */
  intro: v.array(v.string()),
  lists: plainRecord(ladderGroupSchema, ladderListSchema),
});

const ladderSpecialtySchema = v.object({
  slug: specialtySlugSchema,
  name: v.string(),
  label: v.string(),
  anchor: v.string(),
  /** The "corresponding level" sentences (Public Sector). */
  notes: v.array(v.string()),
  lists: plainRecord(ladderGroupSchema, ladderListSchema),
});

export const ladderSchema = v.object({
  family: v.object({
    responsibilities: v.array(ladderItemSchema),
    requirements: v.array(ladderItemSchema),
    indicators: v.array(ladderItemSchema),
  }),
  levels: v.array(ladderLevelSchema),
  specialties: v.array(ladderSpecialtySchema),
  /** The page's "Career Ladder" section, as written. */
  careerLadderText: v.optional(v.string()),
});

export type LadderConfig = v.InferOutput<typeof ladderConfigSchema>;
export type LadderQuote = LadderConfig['quotes'][number];
export type LadderLink = v.InferOutput<typeof ladderLinkSchema>;
export type LadderItem = v.InferOutput<typeof ladderItemSchema>;
export type LadderList = v.InferOutput<typeof ladderListSchema>;
export type LadderLevel = v.InferOutput<typeof ladderLevelSchema>;
export type LadderSpecialty = v.InferOutput<typeof ladderSpecialtySchema>;
export type Ladder = v.InferOutput<typeof ladderSchema>;
