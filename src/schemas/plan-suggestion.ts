import { z } from 'astro/zod';
import { ACTION_OWNERS, GOAL_CATEGORIES } from './plan';

/** An idea for a 30-60-90 plan, from a section of the handbook. */
export const planSuggestionSchema = z
  .object({
    id: z.string().regex(/^sug-[a-z0-9-]+$/),
    /** Added as a goal (with its measure) or as an action under a goal. */
    kind: z.enum(['goal', 'action']),
    /** Phase it fits best: 1 (days 1-30), 2 or 3. */
    phase: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    category: z.enum(GOAL_CATEGORIES),
    owner: z.enum(ACTION_OWNERS).optional(),
    text: z.string().min(1).max(300),
    measure: z.string().max(300).optional(),
    source: z.object({
      /** Handbook page path (upstream path, as in content links). */
      page: z.string().regex(/^\/.*\/$/),
      /** Heading id on that page. */
      anchor: z.string().min(1),
      label: z.string().min(1),
    }),
  })
  .refine((s) => s.kind === 'action' || s.measure, { message: 'a goal suggestion needs a measure', path: ['measure'] });
