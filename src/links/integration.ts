/** An Astro integration for links that must work wherever the site is put: says once, at build start, which origin and base path the build writes into its links. */
import type { AstroIntegration } from 'astro';
import { previewOrigin, site } from '../site.ts';
import { basePath } from './urls.ts';

export function linksIntegration(): AstroIntegration {
  return {
    name: 'two-fronts:links',
    hooks: {
      'astro:build:start': ({ logger }) => {
        if (site.urlIsPreview) {
          logger.warn(`SITE_URL is not set: canonical URLs, cards, the feed and the sitemap point at ${previewOrigin}${basePath}, what \`npm start\` serves. For a public build set it, e.g. SITE_URL=https://example.org npm run build`);
        } else {
          logger.info(`links point at ${site.url}${basePath}`);
        }
      },
    },
  };
}
