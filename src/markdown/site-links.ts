/**
 * Links and images written in an article must lead somewhere the build makes: a page of the site, a #fragment of
 * the article, a file of the site, and an image needs alt text. Links within the site get the base path.
 * Fragments of the article itself are checked once its ids are final (rehype); fragments of other articles by the
 * content check, which sees every article.
 */
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Element, Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { articlePage } from '../links/id-record.ts';
import { sitePages, type PageRegistry } from '../links/site-pages.ts';
import { withBase } from '../links/urls.ts';
import { report } from './directive.ts';
import { schemeOf } from './raw-html.ts';
import { closest } from './registry-types.ts';
import { requireOption, requireRegistry } from './plugin-options.ts';

/** A link within the site, kept for the checks that need the page's ids or the other articles. */
export interface SiteLink {
  written: string;
  /** The site path of the page ("/articles/slug/"). */
  page: string;
  /** The #fragment without "#", or "". */
  fragment: string;
  position: RootContent['position'];
}

const placeholderOrigin = 'https://site.invalid';

function checkImage(file: VFile, node: RootContent & { url: string }, root: string, publicFile: (path: string) => string | undefined): void {
  const { url } = node;
  if (schemeOf(url) !== undefined || url.startsWith('//')) {
    report(file, node, `image ${url} is on another site, and pages make no requests to other hosts: save the file under public/ and write its path, like /images/name.png.`);
    return;
  }
  const path = decodeURIComponent(url.replace(/[?#].*$/, ''));
  if (path.startsWith('/')) {
    if (!publicFile(path)) report(file, node, `image ${url} has no file: add public${path}, or fix the path.`);
  } else if (file.path && !existsSync(resolve(dirname(file.path), path))) {
    report(file, node, `image ${url} has no file: add ${relative(root, resolve(dirname(file.path), path))}, or fix the path.`);
  }
}

export interface SiteLinksOptions {
  /** The people, quotes and events (exercises) whose pages links may lead to; required. */
  registry: PageRegistry;
  /** The project folder (Astro's config.root), whose src/pages and public/ say which links lead somewhere; required. */
  root: string;
}

export const remarkSiteLinks: Plugin<[SiteLinksOptions], Root> = function (options) {
  const registry = requireRegistry('remarkSiteLinks', options, ['people', 'quotes', 'exercises'], 'links to /people/…, /quotes/… and /timeline/#… are checked against');
  const root = requireOption('remarkSiteLinks', options, 'root', "the project folder (Astro's config.root), whose src/pages and public/ links are checked against");
  return (tree, file) => {
    const pages = sitePages(registry, root);
    const ownPage = articlePage(file.path) ?? '/';
    const links: SiteLink[] = (file.data.siteLinks = []);
    visit(tree, (node) => {
      if ((node.type === 'image' || node.type === 'imageReference') && !node.alt?.trim()) {
        const written = node.type === 'image' ? `![](${node.url})` : `![][${node.label ?? node.identifier}]`;
        report(file, node, `image ${written} has no alt text: write what it shows between the brackets, like ![Map of the drill area](…).`);
      }
      if (node.type === 'image') return checkImage(file, node, root, pages.publicFile);
      if (node.type !== 'link' && node.type !== 'definition') return;
      const written = node.url;
      if (!written || schemeOf(written) !== undefined || written.startsWith('//')) return;
      const url = new URL(written, `${placeholderOrigin}${ownPage}`);
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (url.pathname !== ownPage) {
        const problem = pages.problemWith(url.pathname);
        if (problem) return report(file, node, `link ${written} goes nowhere: ${problem}`);
      }
      links.push({ written, page: url.pathname, fragment, position: node.position });
      if (written.startsWith('/')) node.url = withBase(written);
    });
    for (const link of links.filter((l) => l.page === '/timeline/' && l.fragment)) {
      const events = registry.exercises;
      if (!events.has(link.fragment)) report(file, link, `link ${link.written} goes nowhere: ${missingIdMessage('the timeline has no event', link.fragment, events.keys())}`);
    }
  };
};

export function missingIdMessage(owner: string, id: string, ids: Iterable<string>): string {
  const suggestion = closest(id, ids);
  return `${owner} "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}: use an id it has, or fix the link.`;
}

/** Whether the page around the article writes this id itself (its layout's ids, and its lists' prefixed ids). */
function isLayoutId(file: VFile, id: string): boolean {
  const layout = file.data.layoutIds;
  return Boolean(layout?.ids.includes(id) || layout?.prefixes.some((prefix) => id.startsWith(prefix)));
}

/** Runs when the article's ids are final: every #fragment of the article itself must be one of them. */
export const rehypeSiteFragments: Plugin<[], HastRoot> = function () {
  return (tree, file) => {
    const ids = new Set<string>();
    visit(tree, 'element', (node: Element) => void (typeof node.properties.id === 'string' && ids.add(node.properties.id)));
    file.data.pageIds = [...ids];
    const ownPage = articlePage(file.path) ?? '/';
    for (const link of file.data.siteLinks ?? []) {
      if (link.page !== ownPage || !link.fragment || ids.has(link.fragment) || isLayoutId(file, link.fragment)) continue;
      report(file, link, `link ${link.written} goes nowhere: ${missingIdMessage('this article has no id', link.fragment, ids)}`);
    }
  };
};

declare module 'vfile' {
  interface DataMap {
    siteLinks: SiteLink[];
    /** Every id of the rendered article. */
    pageIds: string[];
  }
}
