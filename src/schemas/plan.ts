import { z } from 'zod/mini';

/*
 * A 30-60-90 day plan as stored in the browser (one key per plan) and in
 * backups. zod/mini, like the other stored schemas, because it ships to the
 * browser.
 */

/** Longest text a single field may hold. */
export const MAX_PLAN_TEXT = 5_000;
/** Longest short field (title, role, reviewers, theme, a person's name). */
export const MAX_PLAN_SHORT_TEXT = 300;
/** Most goals, actions or people a phase may hold: generous, but bounded for restore. */
export const MAX_PLAN_ITEMS = 200;

const text = z._default(z.string().check(z.maxLength(MAX_PLAN_TEXT)), '');
const shortText = z._default(z.string().check(z.maxLength(MAX_PLAN_SHORT_TEXT)), '');
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const itemId = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));
const list = <T extends z.ZodMiniType>(item: T) => z._default(z.array(item).check(z.maxLength(MAX_PLAN_ITEMS)), []);

export const GOAL_CATEGORIES = ['learning', 'relationships', 'quick-win', 'strategy', 'team', 'operations'] as const;
export const ACTION_OWNERS = ['self', 'manager', 'mentor', 'other'] as const;
export const ACTION_STATUSES = ['todo', 'doing', 'done', 'na'] as const;

/** When an action is due: a day of the plan (1-90) or a calendar date. */
export const dueSchema = z.union([
  z.object({ kind: z.literal('day'), day: z.number().check(z.int(), z.minimum(1), z.maximum(366)) }),
  z.object({ kind: z.literal('date'), date: isoDate }),
]);

export const actionSchema = z.object({
  id: itemId,
  text,
  owner: z._default(z.enum(ACTION_OWNERS), 'self'),
  due: z.optional(dueSchema),
  status: z._default(z.enum(ACTION_STATUSES), 'todo'),
});

export const goalSchema = z.object({
  id: itemId,
  text,
  category: z._default(z.enum(GOAL_CATEGORIES), 'learning'),
  /** How success is measured. */
  measure: text,
  actions: list(actionSchema),
});

export const personSchema = z.object({
  id: itemId,
  name: shortText,
  why: text,
  /** Meet by this day of the plan. */
  byDay: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(366))),
  met: z._default(z.boolean(), false),
});

export const phaseSchema = z.object({
  theme: shortText,
  goals: list(goalSchema),
  people: list(personSchema),
  /** End-of-phase review. */
  review: z._default(z.object({ happened: text, why: text, next: text }), { happened: '', why: '', next: '' }),
});

export const planSchema = z.object({
  v: z.literal(1),
  id: itemId,
  title: shortText,
  /** The role the plan is for, such as "CSM Manager, EMEA". */
  role: shortText,
  startDate: z.optional(isoDate),
  /** Who reviews it: names, as text. */
  reviewers: shortText,
  context: text,
  phases: z.tuple([phaseSchema, phaseSchema, phaseSchema]),
  createdAt: z.number().check(z.int(), z.nonnegative()),
  updatedAt: z.number().check(z.int(), z.nonnegative()),
});

export type Due = z.infer<typeof dueSchema>;
export type Action = z.infer<typeof actionSchema>;
export type Goal = z.infer<typeof goalSchema>;
export type Person = z.infer<typeof personSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Plan = z.infer<typeof planSchema>;
export type GoalCategory = (typeof GOAL_CATEGORIES)[number];
export type ActionOwner = (typeof ACTION_OWNERS)[number];
export type ActionStatus = (typeof ACTION_STATUSES)[number];
