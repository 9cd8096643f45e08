/** Astro's view of content/: each collection with its loader and schema (the schemas live in src/content/schemas.ts). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { contentDirectory } from './content/paths.ts';
import { registryLoader } from './content/loader.ts';
import { articleSchema, exerciseSchema, milestoneSchema, personSchema, quoteSchema, sourceSchema } from './content/schemas.ts';

export const collections = {
  articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: join(contentDirectory(process.cwd()), 'articles') }), schema: articleSchema }),
  people: defineCollection({ loader: registryLoader('people'), schema: personSchema }),
  sources: defineCollection({ loader: registryLoader('sources'), schema: sourceSchema }),
  exercises: defineCollection({ loader: registryLoader('exercises'), schema: exerciseSchema }),
  milestones: defineCollection({ loader: registryLoader('milestones'), schema: milestoneSchema }),
  quotes: defineCollection({ loader: registryLoader('quotes'), schema: quoteSchema }),
};
