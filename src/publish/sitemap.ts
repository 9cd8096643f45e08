/** Writes dist/sitemap.xml after the build from the pages actually built: each page's canonical URL, lastmod from its article:modified_time or the site's latest update. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

export interface SitemapPage {
  url: string;
  lastmod?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith('.html') ? [full] : [];
  });
}

/** The canonical URL and modified date a built page declares, or undefined for pages kept out of the sitemap (404, noindex, redirects). */
export function sitemapEntry(html: string, file: string): SitemapPage | undefined {
  if (/^404\.html$/.test(file) || /<meta name="robots" content="[^"]*noindex/.test(html) || /<meta http-equiv="refresh"/.test(html)) return undefined;
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
  if (!canonical) return undefined;
  const lastmod = /<meta property="article:modified_time" content="([^"]+)"/.exec(html)?.[1];
  return { url: canonical, lastmod };
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

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
        const pages = htmlFiles(outDir).flatMap((file) => {
          const entry = sitemapEntry(readFileSync(file, 'utf8'), relative(outDir, file));
          return entry ? [entry] : [];
        });
        writeFileSync(join(outDir, 'sitemap.xml'), sitemapXml(pages));
        logger.info(`sitemap.xml: ${pages.length} pages`);
      },
    },
  };
}
