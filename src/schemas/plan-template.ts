import { z } from 'astro/zod';
import { IDEA_AUDIENCES } from '../lib/plan-ideas';
import { ACTION_OWNERS, GOAL_CATEGORIES } from './plan';
import { handbookSourceSchema } from './plan-suggestion';

/*
 * A template to start a 30-60-90 plan from (content/plan-templates.yaml):
 * a first draft for the reader to edit, every item with the handbook section
 * it comes from. A unit test turns each into a plan and validates it against
 * the stored plan schema, and checks every source heading exists.
 */

/** An item's id doubles as its source id: an idea's id (`sug-…`) when it is that idea, so the ideas panel shows it as added. */
const itemId = z.string().regex(/^(sug|tpl)-[a-z0-9-]+$/);
const text = z.string().min(1).max(300);
const day = z.number().int().min(1).max(90);

const templateActionSchema = z.object({
  id: itemId,
  text,
  owner: z.enum(ACTION_OWNERS).default('self'),
  /** Due on this day of the plan. */
  day: day.optional(),
  source: handbookSourceSchema,
});

const templateGoalSchema = z.object({
  id: itemId,
  text,
  category: z.enum(GOAL_CATEGORIES),
  measure: text,
  source: handbookSourceSchema,
  actions: z.array(templateActionSchema).default([]),
});

const templatePersonSchema = z.object({
  id: itemId,
  name: text,
  why: text,
  byDay: day.optional(),
  source: handbookSourceSchema,
});

const templatePhaseSchema = z.object({
  theme: z.string().min(1).max(300),
  goals: z.array(templateGoalSchema).default([]),
  people: z.array(templatePersonSchema).default([]),
});

export const planTemplateSchema = z.object({
  id: z.string().regex(/^tpl-[a-z0-9-]+$/),
  /** Its name in the picker. */
  name: text,
  /** One sentence in the picker: who it is for, what it holds. */
  description: text,
  audience: z.array(z.enum(IDEA_AUDIENCES)).default([]),
  /** The new plan's title and role. */
  title: text,
  role: z.string().max(300).default(''),
  phases: z.tuple([templatePhaseSchema, templatePhaseSchema, templatePhaseSchema]),
});

export type PlanTemplateData = z.infer<typeof planTemplateSchema>;
