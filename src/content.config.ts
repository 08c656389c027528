import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { handbookLoader } from './markdown/handbook-loader';
import { handbookPageSchema } from './schemas/handbook-page';
import { planSuggestionSchema } from './schemas/plan-suggestion';
import { planTemplateSchema } from './schemas/plan-template';
import { programSchema } from './schemas/program';

/*
 * The content schemas are written with Astro's own zod (`astro/zod`), unlike
 * the browser's stored-data schemas (Valibot): Astro 7 takes a collection
 * schema only as a zod type (it calls the schema's own `safeParseAsync`), not
 * any Standard Schema. They run at build time only; the browser imports
 * nothing but constants from them.
 */

/**
 * Handbook pages: plain Markdown (`.md`), or MDX (`.mdx`) where a page uses
 * components such as checklists. See src/markdown/handbook-loader.ts.
 */
const handbook = defineCollection({
  loader: handbookLoader('./content/handbook'),
  schema: handbookPageSchema,
});

/** Checklist programs; the file name (onboarding, internship, aspiring-leaders) is the program id. */
const programs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/programs' }),
  schema: programSchema,
});

/** Ideas from the handbook that the 30-60-90 plan builder offers. */
const planSuggestions = defineCollection({
  loader: file('content/plan-suggestions.yaml'),
  schema: planSuggestionSchema,
});

/** Templates a new plan can start from, each item with its handbook source. */
const planTemplates = defineCollection({
  loader: file('content/plan-templates.yaml'),
  schema: planTemplateSchema,
});

export const collections = { handbook, programs, planSuggestions, planTemplates };
