import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { loadRegistry } from './src/content/registry.ts';
import { contentCheck } from './src/content/integration.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';
import { site } from './src/site.ts';
import { sitemap } from './src/publish/sitemap.ts';
import { loadAliases, pageRedirects } from './src/links/aliases.ts';
import { contentDirectory } from './src/content/paths.ts';
import { pagefindSearch } from './src/search/integration.ts';
import { offlineEdition } from './src/offline/integration.ts';
import { embedHostScript } from './src/embed/integration.ts';
import { rehypeSearchAnchors } from './src/search/rehype-search-anchors.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Loaded once here so the annotation plugins can resolve speakers, sources and events; a content mistake stops the build.
const registry = loadRegistry(root);

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  // The offline edition lists the finished build, so it runs after Pagefind has written the index.
  integrations: [contentCheck(), sitemap(), pagefindSearch(), embedHostScript(), offlineEdition()],
  // Old page links listed in content/aliases.yaml keep working (ids are never silently dropped).
  redirects: pageRedirects(loadAliases(contentDirectory(root), root)),
  markdown: {
    // Articles have no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
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
  security: {
    // A <meta> Content-Security-Policy on every page: Astro hashes its own scripts and styles, nothing inline runs
    // without a hash. Headers a meta tag cannot carry (frame-ancestors, Referrer-Policy …) are in public/_headers.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        // Pagefind may start its search in a worker.
        "worker-src 'self' blob:",
        "frame-src 'none'",
        "manifest-src 'self'",
      ],
      // 'self' for bundled scripts; Pagefind compiles its WebAssembly index reader ('wasm-unsafe-eval', not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  devToolbar: { enabled: false },
});
