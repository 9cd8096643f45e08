/**
 * Which site paths a build produces, known before it runs: the fixed pages of src/pages, the files of public/, and
 * the pages made per article, person, quote and event. Links written in content are checked against it.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { contentDirectory } from '../content/paths.ts';
import { unknownIdMessage } from '../markdown/registry-types.ts';
import type { AnnotationRegistry } from '../markdown/registry-types.ts';

/** Fixed pages from src/pages file names (index.astro → "/", people/index.astro → "/people/", feed.xml.ts → "/feed.xml"). */
function fixedPages(pagesDir: string): Set<string> {
  const pages = new Set<string>();
  for (const name of readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })) {
    if (name.includes('[') || !/\.(astro|ts)$/.test(name) || name === '404.astro') continue;
    const path = `/${name.replace(/\.(astro|ts)$/, '').replace(/(^|\/)index$/, '')}`;
    pages.add(name.endsWith('.astro') ? `${path.replace(/\/$/, '')}/` : path);
  }
  return pages;
}

/** The collections that pages are made from, one page per entry. */
export type PageRegistry = Pick<AnnotationRegistry, 'people' | 'quotes' | 'exercises'>;

/** Fixed pages by project folder: read once per build. */
const fixedByRoot = new Map<string, Set<string>>();

/** The pages made per entry: the folder of the path, the collection it comes from, and the name editors know it by. */
const perEntry = [
  { folder: 'people', kind: 'person', where: 'content/people/', entries: (r: PageRegistry) => r.people },
  { folder: 'quotes', kind: 'quote', where: 'content/quotes/', entries: (r: PageRegistry) => r.quotes },
  { folder: 'timeline', kind: 'event', where: 'content/exercises/', entries: (r: PageRegistry) => r.exercises },
] as const;

export interface SitePages {
  /** Undefined when the build makes this page (a site path without base, query or fragment); otherwise why not, and the fix. */
  problemWith(path: string): string | undefined;
  /** The file a site path of public/ is, when it is one. */
  publicFile(path: string): string | undefined;
}

/**
 * `root` is the project folder (Astro's config.root), whose src/pages and public/ the build publishes; not this
 * module's own folder, which in a build is a bundled chunk under dist/.
 */
export function sitePages(registry: PageRegistry, root: string): SitePages {
  let fixed = fixedByRoot.get(root);
  if (!fixed) fixedByRoot.set(root, (fixed = fixedPages(join(root, 'src/pages'))));
  const publicDir = join(root, 'public');
  const articlesDir = join(contentDirectory(root), 'articles');
  const publicFile = (path: string) => {
    const file = join(publicDir, decodeURIComponent(path));
    return file.startsWith(publicDir) && existsSync(file) && statSync(file).isFile() ? file : undefined;
  };
  return {
    publicFile,
    problemWith(path) {
      const page = path.endsWith('/') || path.includes('.') ? path : `${path}/`;
      if (fixed.has(page) || publicFile(path)) return undefined;
      const [, folder, id, rest] = /^\/([^/]+)\/([^/]+)\/(.*)$/.exec(page) ?? [];
      if (folder === 'articles' && id && !rest) {
        if (existsSync(join(articlesDir, `${id}.md`))) return undefined;
        const slugs = existsSync(articlesDir) ? readdirSync(articlesDir).filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3)) : [];
        return unknownIdMessage('article', id, slugs, 'content/articles/').replace(/, or add the article there\.$/, ' (the file name without .md).');
      }
      const entry = perEntry.find((e) => e.folder === folder);
      if (entry && id && !rest) {
        // has(), not keys(): a collection with an unreadable file answers yes to every id (its YAML mistake is the one message).
        const entries = entry.entries(registry);
        return entries.has(id) ? undefined : unknownIdMessage(entry.kind, id, entries.keys(), entry.where);
      }
      return `the site has no page ${path}: fix the link, or link to a page the site has (like /timeline/ or /people/…/) or a file in public/.`;
    },
  };
}
