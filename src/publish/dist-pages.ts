/** A built site's HTML pages, read the same way by the sitemap, the id record and the link checker. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every .html file under a build folder, absolute paths in name order. */
export function htmlPages(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
  return walk(distDir);
}

/** The site path a file is served at, without the base path: /articles/x/index.html → /articles/x/ ; /404.html → /404.html */
export function sitePath(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** An alias page: Astro writes a page that moved as a meta refresh to its new place. */
export const isRedirect = (html: string) => /<meta http-equiv="refresh"/.test(html);

/** Whether search engines and the sitemap get a page: not the 404 page, not noindex, not a redirect. */
export function isIndexable(html: string, path: string): boolean {
  return path !== '/404.html' && !/<meta name="robots" content="[^"]*noindex/.test(html) && !isRedirect(html);
}
