import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { loadRegistry } from './src/content/registry.ts';
import { contentCheck } from './src/content/integration.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';
import { site } from './src/site.ts';
import { sitemap } from './src/share/sitemap.ts';
import { loadAliases, pageRedirects } from './src/share/aliases.ts';
import { contentDirectory } from './src/content/paths.ts';
import { pagefindSearch } from './src/search/integration.ts';
import { rehypeSearchAnchors } from './src/search/rehype-search-anchors.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Loaded once here so the annotation plugins can resolve speakers, sources and events; a content mistake stops the build.
const registry = loadRegistry(root);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  integrations: [contentCheck(), sitemap(), pagefindSearch()],
  // Old page links listed in content/aliases.yaml keep working (ids are never silently dropped).
  redirects: pageRedirects(loadAliases(contentDirectory(root), root)),
  markdown: {
    processor: unified({
      // unified's plugin-list type is wider than Astro's; the entries are the same plugins.
      remarkPlugins: remarkPlugins({ registry, root }) as RemarkPlugins,
      // The search anchors run last, on the finished article HTML.
      rehypePlugins: [...rehypePlugins, rehypeSearchAnchors] as RehypePlugins,
      // The reported text is published word for word: no typographic rewriting.
      smartypants: false,
    }),
  },
  build: { inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
});
