/** An Astro integration that checks all content before Astro reads it, so one build lists every mistake with file:line:column. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkArticles } from './articles.ts';
import { loadRegistry } from './registry.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'two-fronts:content-check',
    hooks: {
      'astro:config:setup': async ({ config }) => {
        const root = fileURLToPath(config.root);
        await checkArticles(root, loadRegistry(root));
      },
    },
  };
}
