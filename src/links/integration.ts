/**
 * An Astro integration for links that must work wherever the site is put and stay working once shared: says at
 * build start which origin and base path the build writes into its links, and stops the build when a link that was
 * published (content/ids.json) leads nowhere in it and has no alias.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { previewOrigin, site } from '../site.ts';
import { contentDirectory } from '../content/paths.ts';
import { ContentError } from '../content/problems.ts';
import { basePath } from './urls.ts';
import { loadAliases } from './aliases.ts';
import { loadIdRecord } from './id-record.ts';
import { collectShareIds, disappearedIds } from './published-ids.ts';

export function linksIntegration(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'two-fronts:links',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': ({ logger }) => {
        if (site.urlIsPreview) {
          logger.warn(`SITE_URL is not set: canonical URLs, cards, the feed and the sitemap point at ${previewOrigin}${basePath}, what \`npm start\` serves. For a public build set it, e.g. SITE_URL=https://example.org npm run build`);
        } else {
          logger.info(`links point at ${site.url}${basePath}`);
        }
      },
      'astro:build:done': ({ dir }) => {
        const contentDir = contentDirectory(root);
        const record = loadIdRecord(contentDir, root);
        if (!Object.keys(record).length) return;
        const problems = disappearedIds(record, collectShareIds(fileURLToPath(dir)), loadAliases(contentDir, root), contentDir, root);
        if (problems.length) throw new ContentError(problems);
      },
    },
  };
}
