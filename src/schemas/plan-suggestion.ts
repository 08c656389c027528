import { z } from 'astro/zod';
import { IDEA_AUDIENCES, IDEA_KINDS } from '../lib/plan-ideas';
import { ACTION_OWNERS, GOAL_CATEGORIES } from './plan';

/** The handbook section an idea or a template item is based on (or, for the site's own, related to). */
export const handbookSourceSchema = z.object({
  /** Handbook page path (upstream path, as in content links). */
  page: z.string().regex(/^\/.*\/$/),
  /** Heading id on that page (a unit test checks it exists). */
  anchor: z.string().regex(/^[a-z0-9-]+$/),
  /** The heading's words, shown as the link. */
  label: z.string().min(1).max(300),
  /**
   * `true`: the item is this site's own suggestion, with no basis in the section (a related one, linked as such);
   * it says "Suggested by this site". Otherwise its words are based on the section, and keep its numbers.
   */
  site: z.literal(true).optional(),
});

/** An idea for a 30-60-90 plan, from a section of the handbook. */
export const planSuggestionSchema = z
  .object({
    id: z.string().regex(/^sug-[a-z0-9-]+$/),
    /** Added as a goal (with its measure), an action under a goal, or a person to meet. */
    kind: z.enum(IDEA_KINDS),
    /** Who it is for: the ideas panel's filter. */
    audience: z.array(z.enum(IDEA_AUDIENCES)).min(1),
    /** Phase it fits best: 1 (days 1-30), 2 or 3. */
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    category: z.enum(GOAL_CATEGORIES),
    owner: z.enum(ACTION_OWNERS).optional(),
    /** A goal's or an action's text, or a person's name. */
    text: z.string().min(1).max(300),
    measure: z.string().max(300).optional(),
    /** Why meet this person. */
    why: z.string().max(300).optional(),
    /** Meet by this day of the plan. */
    byDay: z.number().int().min(1).max(90).optional(),
    source: handbookSourceSchema,
  })
  .refine((s) => s.kind !== 'goal' || s.measure, { message: 'a goal suggestion needs a measure', path: ['measure'] })
  .refine((s) => s.kind !== 'person' || s.why, { message: 'a person to meet needs a reason', path: ['why'] });

export type HandbookSource = z.infer<typeof handbookSourceSchema>;
