import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { handbookPageSchema } from './schemas/handbook-page';

const handbook = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/handbook' }),
  schema: handbookPageSchema,
});

export const collections = { handbook };
