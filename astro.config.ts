import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified, type RehypePlugins, type RemarkPlugins } from '@astrojs/markdown-remark';
import { liveRegistry } from './src/content/registry.ts';
import { contentCheck } from './src/check/integration.ts';
import { articleLayoutIds } from './src/check/layout-ids.ts';
import { rehypePlugins, remarkPlugins } from './src/markdown/pipeline.ts';
import { site } from './src/site.ts';
import { basePath } from './src/links/urls.ts';
import { linksIntegration } from './src/links/integration.ts';
import { sitemap } from './src/publish/sitemap.ts';
import { loadAliases, pageRedirects } from './src/links/aliases.ts';
import { contentDirectory } from './src/content/paths.ts';
import { pagefindSearch } from './src/search/integration.ts';
import { offlineEdition } from './src/offline/integration.ts';
import { embedHostScript } from './src/embed/integration.ts';
import { ownPagePolicies } from './src/publish/csp.ts';
import { researchPackIntegration } from './src/research/integration.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Read when an article is rendered, not now: the content check reports YAML and Markdown mistakes together first,
// and in `npm run dev` an edited YAML file is read again.
const registry = liveRegistry(root);

export default defineConfig({
  // Said here so that the integrations' config.root is the folder the Markdown pipeline and the registry read.
  root,
  // SITE_URL and BASE_PATH at build time: the same site at a host's root or under a sub-path (GitHub Pages projects).
  site: site.url,
  base: basePath,
  // Pages are folders (/timeline/); 'ignore' lets the preview server answer /timeline too (hosts redirect it to /timeline/).
  trailingSlash: 'ignore',
  // The offline edition lists the finished build, so it runs after Pagefind has written the index.
  integrations: [ownPagePolicies(), linksIntegration(), contentCheck(), sitemap(), pagefindSearch(), embedHostScript(), researchPackIntegration(), offlineEdition()],
  // Old page links listed in content/aliases.yaml keep working (ids are never silently dropped).
  redirects: pageRedirects(loadAliases(contentDirectory(root), root)),
  markdown: {
    // Articles have no code blocks; Shiki's inline styles would also break the CSP.
    syntaxHighlight: false,
    processor: unified({
      // unified's plugin-list type is wider than Astro's; the entries are the same plugins.
      remarkPlugins: remarkPlugins({ registry, layoutIds: articleLayoutIds(root), root }) as RemarkPlugins,
      rehypePlugins: rehypePlugins as RehypePlugins,
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
