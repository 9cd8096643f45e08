/** The site's page types and, for a built dist/, one page of each that exists (shared by the e2e tests and the benchmark). */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const pageTypes = ['home', 'article', 'timeline', 'event', 'quote', 'person', 'search'] as const;
export type PageType = (typeof pageTypes)[number];

/** The first sub-folder (in name order) of dist/<dir> that holds a page, as a site path. */
function firstPageIn(dist: string, dir: string): string | undefined {
  const folder = join(dist, dir);
  if (!existsSync(folder)) return undefined;
  const name = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort()[0];
  return name ? `/${dir}/${name}/` : undefined;
}

const pageAt = (dist: string, path: string) => (existsSync(join(dist, path, 'index.html')) ? path : undefined);

/** One path per page type present in dist; a type the build does not produce (yet) is left out. */
export function pagesOf(dist: string): Partial<Record<PageType, string>> {
  const found: Record<PageType, string | undefined> = {
    home: pageAt(dist, '/'),
    article: firstPageIn(dist, 'articles'),
    timeline: pageAt(dist, '/timeline/'),
    event: firstPageIn(dist, 'timeline'),
    quote: firstPageIn(dist, 'quotes'),
    person: firstPageIn(dist, 'people'),
    search: pageAt(dist, '/search/'),
  };
  return Object.fromEntries(Object.entries(found).filter(([, path]) => path)) as Partial<Record<PageType, string>>;
}

/** One path per page type; a type the README promises but dist lacks throws, naming it, so no suite drops a page type silently. */
export function requiredPagesOf(dist: string): Record<PageType, string> {
  const found = pagesOf(dist);
  const missing = pageTypes.filter((type) => !found[type]);
  if (missing.length > 0) {
    throw new Error(`${dist} has no ${missing.join(', ')} page: every page type in tests/page-types.ts must be built (fix the build, or drop the type from pageTypes and the README).`);
  }
  return found as Record<PageType, string>;
}

/** Every HTML file in dist, relative paths, sorted. */
export function htmlFilesOf(dist: string): string[] {
  return (readdirSync(dist, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((file) => file.endsWith('.html'))
    .sort();
}
