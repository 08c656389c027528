import { z } from 'zod/mini';

/*
 * The career ladder built from the job family page (see content/career-ladder.yaml
 * and src/lib/ladder-parse.ts). Types are derived from these schemas; the
 * ladder route checks the derived data against them at build time.
 */

export const LEVEL_SLUGS = [
  'associate',
  'intermediate',
  'senior',
  'staff',
  'manager',
  'senior-manager',
  'director',
  'senior-director',
  'vp',
] as const;
export const SPECIALTY_SLUGS = ['strategic', 'scale', 'programs', 'public-sector'] as const;
/** The groups a level's items come in; a specialty without its own headings lists "specialty" items. */
export const LADDER_GROUPS = ['responsibilities', 'requirements', 'indicators', 'specialty'] as const;

export const levelSlugSchema = z.enum(LEVEL_SLUGS);
export const specialtySlugSchema = z.enum(SPECIALTY_SLUGS);
export const ladderGroupSchema = z.enum(LADDER_GROUPS);

/** content/career-ladder.yaml: what the page does not say about its levels. */
export const ladderConfigSchema = z.object({
  /** The job family page the levels are read from (repository path). */
  page: z.string(),
  levels: z.array(
    z.object({
      slug: levelSlugSchema,
      /** The level's `###` heading on the page, exactly. */
      heading: z.string(),
      /** Short name for columns and messages. */
      short: z.string(),
      /** Individual contributor or manager track. */
      track: z.enum(['ic', 'manager']),
      /** Names the page uses for this level in sub-headings and "Extends the …" lines. */
      names: z.array(z.string()),
      /** The upstream grade sentence when this site's page words it otherwise. */
      upstreamGradeSentence: z.optional(z.string()),
    }),
  ),
  specialties: z.array(z.object({ slug: specialtySlugSchema, heading: z.string(), label: z.string() })),
  /** Handbook words the ladder page quotes exactly, with where they are. */
  quotes: z.array(
    z.object({
      id: z.enum(['no-guarantee', 'usual-path', 'record-of-achievements', 'promotion-document']),
      /** Upstream path of the page quoted. */
      page: z.string(),
      /** Heading id of the section quoted. */
      anchor: z.string(),
      /** Where it is, for the reader. */
      source: z.string(),
      text: z.string(),
    }),
  ),
});

/** One bullet of the page: its words as plain text, its sub-bullets, a stable id. */
export const ladderItemSchema = z.object({
  /** Stable id (stored self-assessments use it): `<level>-<group>-<first words>`. */
  id: z.string(),
  text: z.string(),
  details: z.array(z.string()),
});

/** A group of a level as the page states it: the level it extends (or the family-wide list), then its own items. */
export const ladderListSchema = z.object({
  extends: z.optional(z.union([levelSlugSchema, z.literal('family')])),
  /** The "Extends …" sentence as written. */
  extendsText: z.optional(z.string()),
  items: z.array(ladderItemSchema),
});

export const ladderLevelSchema = z.object({
  slug: levelSlugSchema,
  name: z.string(),
  short: z.string(),
  track: z.enum(['ic', 'manager']),
  /** The heading id on the job family page. */
  anchor: z.string(),
  grade: z.optional(z.number()),
  /** The grade sentence as the page words it (without its link). */
  gradeSentence: z.optional(z.string()),
  upstreamGradeSentence: z.optional(z.string()),
  reportsTo: z.optional(z.string()),
  /** Text before the level's sub-sections other than grade and reporting (the Staff CSM market justification). */
  intro: z.array(z.string()),
  lists: z.partialRecord(ladderGroupSchema, ladderListSchema),
});

export const ladderSpecialtySchema = z.object({
  slug: specialtySlugSchema,
  name: z.string(),
  label: z.string(),
  anchor: z.string(),
  /** The "corresponding level" sentences (Public Sector). */
  notes: z.array(z.string()),
  lists: z.partialRecord(ladderGroupSchema, ladderListSchema),
});

export const ladderSchema = z.object({
  family: z.object({
    responsibilities: z.array(ladderItemSchema),
    requirements: z.array(ladderItemSchema),
    indicators: z.array(ladderItemSchema),
  }),
  levels: z.array(ladderLevelSchema),
  specialties: z.array(ladderSpecialtySchema),
  /** The page's "Career Ladder" section, as written. */
  careerLadderText: z.optional(z.string()),
});

export type LevelSlug = z.infer<typeof levelSlugSchema>;
export type SpecialtySlug = z.infer<typeof specialtySlugSchema>;
export type LadderGroup = z.infer<typeof ladderGroupSchema>;
export type LadderConfig = z.infer<typeof ladderConfigSchema>;
export type LadderQuote = LadderConfig['quotes'][number];
export type LadderItem = z.infer<typeof ladderItemSchema>;
export type LadderList = z.infer<typeof ladderListSchema>;
export type LadderLevel = z.infer<typeof ladderLevelSchema>;
export type LadderSpecialty = z.infer<typeof ladderSpecialtySchema>;
export type Ladder = z.infer<typeof ladderSchema>;

export function isLevelSlug(value: unknown): value is LevelSlug {
  return typeof value === 'string' && (LEVEL_SLUGS as readonly string[]).includes(value);
}

export function isSpecialtySlug(value: unknown): value is SpecialtySlug {
  return typeof value === 'string' && (SPECIALTY_SLUGS as readonly string[]).includes(value);
}
