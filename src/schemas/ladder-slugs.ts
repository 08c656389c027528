import * as v from 'valibot';

/*
 * The career ladder's level, specialty and group names, apart from the
 * ladder's own schema (career-ladder.ts): the stored records and the
 * address use them, so My progress and every page with the ladder's stores
 * carry these few lines and not the schema of the whole ladder.
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
const SPECIALTY_SLUGS = ['strategic', 'scale', 'programs', 'public-sector'] as const;
/** The groups a level's items come in; a specialty without its own headings lists "specialty" items. */
const LADDER_GROUPS = ['responsibilities', 'requirements', 'indicators', 'specialty'] as const;

export const levelSlugSchema = v.picklist(LEVEL_SLUGS);
export const specialtySlugSchema = v.picklist(SPECIALTY_SLUGS);
export const ladderGroupSchema = v.picklist(LADDER_GROUPS);

export type LevelSlug = v.InferOutput<typeof levelSlugSchema>;
export type SpecialtySlug = v.InferOutput<typeof specialtySlugSchema>;
export type LadderGroup = v.InferOutput<typeof ladderGroupSchema>;

export function isLevelSlug(value: unknown): value is LevelSlug {
  return typeof value === 'string' && (LEVEL_SLUGS as readonly string[]).includes(value);
}

export function isSpecialtySlug(value: unknown): value is SpecialtySlug {
  return typeof value === 'string' && (SPECIALTY_SLUGS as readonly string[]).includes(value);
}
