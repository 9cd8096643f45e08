/** An Astro integration that checks all content before Astro reads it, so one build lists every mistake with file:line:column. */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from './content.ts';
import { ContentError } from '../content/problems.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'two-fronts:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        try {
          await checkContent(fileURLToPath(config.root));
        } catch (error) {
          // The dev server keeps running: each page shows its file's mistakes in the browser, and fixing them recovers.
          if (command !== 'dev' || !(error instanceof ContentError)) throw error;
          logger.error(error.message);
        }
      },
    },
  };
}
