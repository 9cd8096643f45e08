/** Writes dist/sitemap.xml after the build from the pages actually built: each page's canonical URL, lastmod from its article:modified_time (else published_time) or the site's latest update. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { htmlPages, isIndexable, sitePath } from './dist-pages.ts';
import { escapeXml } from './xml.ts';

export interface SitemapPage {
  url: string;
  lastmod?: string;
}

/** The canonical URL and modified date a built page declares, or undefined for pages kept out of the sitemap (404, noindex, redirects). */
export function sitemapEntry(html: string, path: string): SitemapPage | undefined {
  if (!isIndexable(html, path)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) return undefined;
  const time = (name: string) => new RegExp(`<meta property="article:${name}_time" content="([^"]+)"`).exec(html)?.[1];
  // A page never modified since it was published declares only its published time.
  const lastmod = time('modified') ?? time('published');
  return { url: canonical, lastmod };
}

export function sitemapXml(pages: SitemapPage[]): string {
  const latest = pages.map((p) => p.lastmod ?? '').sort().at(-1) || undefined;
  const rows = [...pages]
    .sort((a, b) => a.url.localeCompare(b.url))
    .map((p) => {
      const lastmod = p.lastmod ?? latest;
      return `  <url><loc>${escapeXml(p.url)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>`;
    });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${rows.join('\n')}\n</urlset>\n`;
}

export function sitemap(): AstroIntegration {
  return {
    name: 'two-fronts-sitemap',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const pages = htmlPages(outDir).flatMap((file) => {
          const entry = sitemapEntry(readFileSync(file, 'utf8'), sitePath(outDir, file));
          return entry ? [entry] : [];
        });
        writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(pages));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}
