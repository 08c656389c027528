import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbookPageSchema } from './schemas/handbook-page';
import { programSchema } from './schemas/program';

const handbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/handbook' }),
  schema: handbookPageSchema,
});

/** Checklist programs; the file name (onboarding, internship, aspiring-leaders) is the program id. */
const programs = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/programs' }),
  schema: programSchema,
});

export const collections = { handbook, programs };
