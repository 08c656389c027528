import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { handbookPageSchema } from './schemas/handbook-page';
import { planSuggestionSchema } from './schemas/plan-suggestion';
import { programSchema } from './schemas/program';

/**
 * Handbook pages: plain Markdown (`.md`), or MDX (`.mdx`) where a page uses
 * components such as checklists. Plain Markdown is rendered once, when content
 * syncs, and needs no module per page: the large-handbook build is faster and lighter.
 */
const handbook = defineCollection({
  loader: glob({ pattern: '**/*.{md,mdx}', base: './content/handbook', retainBody: false }),
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

export const collections = { handbook, programs, planSuggestions };
