/** Checks a built site: every internal link, image, script and #fragment in every page (and every sitemap <loc>) resolves; stops at the first broken one and names it. Run: npx node tests/tools/check-links.ts dist */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';

export interface BrokenLink {
  /** The page the link is on, as a site path. */
  page: string;
  link: string;
  reason: string;
}

export interface CheckOptions {
  /** The public origin (site.url): absolute links to it are internal. */
  origin: string;
  /** Site paths of pages another branch still has to add (e.g. /timeline/): links to them pass while they are missing from the build, and are checked once they exist. */
  pending?: readonly string[];
}

export function htmlPages(distDir: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));
  return walk(distDir);
}

/** /articles/x/index.html → /articles/x/ ; /404.html → /404.html */
export function sitePath(distDir: string, file: string): string {
  const path = `/${relative(distDir, file).split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** The file a site path is served from, or undefined: /x/ → x/index.html, /cards/a.png → cards/a.png. */
export function fileFor(distDir: string, path: string): string | undefined {
  const decoded = decodeURIComponent(path);
  const candidate = decoded.endsWith('/') ? join(distDir, decoded, 'index.html') : join(distDir, decoded);
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

export function idsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (node.properties.id) ids.add(String(node.properties.id));
    if (node.tagName === 'a' && node.properties.name) ids.add(String(node.properties.name));
  });
  return ids;
}

/** Every URL a page refers to, in document order, with the attribute it came from. */
export function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if ((node.tagName === 'a' || node.tagName === 'link') && typeof p.href === 'string') links.push(p.href);
    if ((node.tagName === 'img' || node.tagName === 'script' || node.tagName === 'source') && typeof p.src === 'string') links.push(p.src);
    if (node.tagName === 'meta' && typeof p.content === 'string' && /^(og:image|og:url|twitter:image)$/.test(String(p.property ?? p.name ?? ''))) links.push(p.content);
  });
  return links;
}

export function findBrokenLink(distDir: string, options: CheckOptions): BrokenLink | undefined {
  const origin = new URL(options.origin).origin;
  const pending = new Set(options.pending ?? []);
  const parsed = new Map<string, { tree: Root; ids: Set<string> }>();
  const load = (file: string) => {
    let page = parsed.get(file);
    if (!page) {
      const tree = fromHtml(readFileSync(file, 'utf8'));
      page = { tree, ids: idsOf(tree) };
      parsed.set(file, page);
    }
    return page;
  };

  const check = (page: string, link: string): BrokenLink | undefined => {
    const url = new URL(link, new URL(page, origin));
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
    const file = fileFor(distDir, url.pathname);
    if (!file) {
      if (pending.has(url.pathname)) return undefined;
      return { page, link, reason: `${url.pathname} is not in the build` };
    }
    // A text fragment (#id:~:text=…) still needs its element id to exist.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
    if (!fragment || !file.endsWith('.html')) return undefined;
    if (!load(file).ids.has(fragment)) return { page, link, reason: `no element with id="${fragment}" on ${url.pathname}` };
    return undefined;
  };

  for (const file of htmlPages(distDir)) {
    const page = sitePath(distDir, file);
    for (const link of linksOf(load(file).tree)) {
      const broken = check(page, link);
      if (broken) return broken;
    }
  }
  const sitemap = join(distDir, 'sitemap.xml');
  if (existsSync(sitemap)) {
    for (const [, loc] of readFileSync(sitemap, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const broken = check('/sitemap.xml', (loc ?? '').replace(/&amp;/g, '&'));
      if (broken) return broken;
    }
  }
  return undefined;
}

export function describeBroken(broken: BrokenLink): string {
  return `broken link on ${broken.page}: ${broken.link} (${broken.reason})`;
}

if (import.meta.main) {
  const distDir = process.argv[2] ?? 'dist';
  const { site } = await import('../../src/site.ts');
  const broken = findBrokenLink(distDir, { origin: site.url });
  if (broken) {
    console.error(describeBroken(broken));
    process.exit(1);
  }
  console.log(`${htmlPages(distDir).length} pages: every internal link and #fragment resolves`);
}
