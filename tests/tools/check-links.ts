/**
 * Checks a built site: every internal link, image (src, srcset, SVG <image href>), script, form action and
 * #fragment of every page, and every URL of the sitemap, feed and robots.txt, resolves under the site's origin and
 * base path. Lists every problem, not just the first. Run: npx node tests/tools/check-links.ts dist
 * (with the SITE_URL and BASE_PATH the site was built with).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { htmlPages, sitePath } from '../../src/publish/dist-pages.ts';
import { normaliseBasePath, withoutBase } from '../../src/links/urls.ts';

export interface BrokenLink {
  /** The page (or file) the link is on, as a site path. */
  page: string;
  link: string;
  reason: string;
}

export interface CheckOptions {
  /** The public origin (site.url): absolute links to it are internal. */
  origin: string;
  /** The base path the site was built with ("/" or "/two-fronts/"). */
  base?: string;
}

/** The file a site path (without the base) is served from, or undefined: /x/ → x/index.html, /cards/a.png → cards/a.png. */
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

/** The URLs of a srcset: "a.png 1x, b.png 2x" → [a.png, b.png]. */
const srcsetUrls = (srcset: unknown) => (Array.isArray(srcset) ? srcset.join(',') : String(srcset)).split(',').map((c) => c.trim().split(/\s+/)[0] ?? '').filter(Boolean);

/** Every URL a page refers to, in document order. */
export function linksOf(tree: Root): string[] {
  const links: string[] = [];
  visit(tree, 'element', (node: Element) => {
    const p = node.properties;
    if (/^(a|link|image|use|area)$/.test(node.tagName) && typeof p.href === 'string') links.push(p.href);
    if (node.tagName === 'image' && typeof p.xLinkHref === 'string') links.push(p.xLinkHref);
    if (/^(img|script|source|iframe|video|audio)$/.test(node.tagName) && typeof p.src === 'string') links.push(p.src);
    if ((node.tagName === 'img' || node.tagName === 'source') && p.srcSet) links.push(...srcsetUrls(p.srcSet));
    if (node.tagName === 'form' && typeof p.action === 'string') links.push(p.action);
    if (node.tagName === 'meta' && typeof p.content === 'string' && /^(og:image|og:url|twitter:image)$/.test(String(p.property ?? p.name ?? ''))) links.push(p.content);
  });
  return links;
}

/** The absolute URLs the build's text files point at: sitemap <loc>, feed links and ids, robots.txt's Sitemap line. */
function textFileLinks(distDir: string): { page: string; link: string }[] {
  const found: { page: string; link: string }[] = [];
  const read = (name: string) => (existsSync(join(distDir, name)) ? readFileSync(join(distDir, name), 'utf8') : '');
  const unescape = (text: string) => text.replace(/&amp;/g, '&');
  for (const [, loc] of read('sitemap.xml').matchAll(/<loc>([^<]+)<\/loc>/g)) found.push({ page: '/sitemap.xml', link: unescape(loc ?? '') });
  for (const [, href] of read('feed.xml').matchAll(/<link [^>]*href="([^"]+)"/g)) found.push({ page: '/feed.xml', link: unescape(href ?? '') });
  for (const [, url] of read('robots.txt').matchAll(/^Sitemap: (\S+)$/gm)) found.push({ page: '/robots.txt', link: url ?? '' });
  return found;
}

/** Every broken internal link of a build, in page order. */
export function findBrokenLinks(distDir: string, options: CheckOptions): BrokenLink[] {
  const origin = new URL(options.origin).origin;
  const base = normaliseBasePath(options.base);
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
    const url = new URL(link, new URL(`${base}${page.slice(1)}`, origin));
    if (url.origin !== origin || !/^https?:$/.test(url.protocol)) return undefined;
    const path = withoutBase(url.pathname, base);
    if (path === undefined) return { page, link, reason: `${url.pathname} is outside the base path ${base}` };
    const file = fileFor(distDir, path);
    if (!file) return { page, link, reason: `${url.pathname} is not in the build` };
    // A text fragment (#id:~:text=…) still needs its element id to exist.
    const fragment = decodeURIComponent(url.hash.slice(1)).split(':~:')[0];
    if (!fragment || !file.endsWith('.html')) return undefined;
    if (!load(file).ids.has(fragment)) return { page, link, reason: `no element with id="${fragment}" on ${url.pathname}` };
    return undefined;
  };

  const broken: BrokenLink[] = [];
  for (const file of htmlPages(distDir)) {
    const page = sitePath(distDir, file);
    for (const link of linksOf(load(file).tree)) {
      const problem = check(page, link);
      if (problem) broken.push(problem);
    }
  }
  for (const { page, link } of textFileLinks(distDir)) {
    const problem = check(page, link);
    if (problem) broken.push(problem);
  }
  return broken;
}

export function describeBroken(broken: BrokenLink): string {
  return `broken link on ${broken.page}: ${broken.link} (${broken.reason})`;
}

if (import.meta.main) {
  const distDir = process.argv[2] ?? 'dist';
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`${distDir} holds no built site (no index.html): run npm run build first, or name the build folder: npx node tests/tools/check-links.ts <dist>`);
    process.exit(2);
  }
  const { site } = await import('../../src/site.ts');
  const { basePath } = await import('../../src/links/urls.ts');
  const broken = findBrokenLinks(distDir, { origin: site.url, base: basePath });
  for (const problem of broken) console.error(describeBroken(problem));
  if (broken.length) {
    console.error(`${broken.length} broken link${broken.length === 1 ? '' : 's'} in ${distDir} (checked against ${site.url}${basePath}: set SITE_URL and BASE_PATH as for the build)`);
    process.exit(1);
  }
  console.log(`${htmlPages(distDir).length} pages: every internal link, image and #fragment resolves under ${site.url}${basePath}`);
}
