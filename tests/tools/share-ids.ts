/** The shareable ids of a built site (pages of articles, quotes, people, events, and each article's fragment ids), and the check that none disappears without an alias. Run `npx node tests/tools/share-ids.ts dist` to record the current build. */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { htmlPages, isRedirect, sitePath } from '../../src/publish/dist-pages.ts';
import type { Alias } from '../../src/links/aliases.ts';

/** Page path → ids a reader may link to on it (empty for pages shared whole). */
export type ShareIds = Record<string, string[]>;

const sharedPages = /^\/(articles|quotes|people|timeline)\/[^/]+\/$/;

/** Ids inside the article element: sections, paragraphs, quotes, notes, sources. */
export function articleIds(html: string): string[] {
  const ids: string[] = [];
  let inArticle = false;
  visit(fromHtml(html), 'element', (node: Element) => {
    if (node.tagName === 'article' && !inArticle) {
      inArticle = true;
      visit(node, 'element', (child: Element) => {
        if (child !== node && child.properties.id) ids.push(String(child.properties.id));
      });
    }
  });
  return [...new Set(ids)].sort();
}

export function collectShareIds(distDir: string): ShareIds {
  const result: ShareIds = {};
  for (const file of htmlPages(distDir)) {
    const path = sitePath(distDir, file);
    if (!sharedPages.test(path)) continue;
    const html = readFileSync(file, 'utf8');
    if (isRedirect(html)) continue;
    result[path] = path.startsWith('/articles/') ? articleIds(html) : [];
  }
  return result;
}

/** Links of the previous build that the current one lost without an alias leading on: `/page/` or `/page/#id`. */
export function missingLinks(previous: ShareIds, current: ShareIds, aliases: readonly Alias[]): string[] {
  const aliased = new Set(aliases.map((a) => a.from));
  const missing: string[] = [];
  for (const [page, ids] of Object.entries(previous)) {
    if (!(page in current)) {
      if (!aliased.has(page)) missing.push(page);
      continue;
    }
    const now = new Set(current[page]);
    for (const id of ids) if (!now.has(id) && !aliased.has(`${page}#${id}`)) missing.push(`${page}#${id}`);
  }
  return missing;
}

/** The committed record for a content folder: tests/fixtures/ids/<folder name>.json (content → content.json). */
export function idsRecordFor(contentDir: string, root: string): string {
  return join(root, 'tests', 'fixtures', 'ids', `${basename(resolve(contentDir))}.json`);
}

if (import.meta.main) {
  const { contentDirectory } = await import('../../src/content/paths.ts');
  const root = resolve(import.meta.dirname, '..');
  const distDir = process.argv[2] ?? 'dist';
  const record = idsRecordFor(contentDirectory(root), root);
  writeFileSync(record, `${JSON.stringify(collectShareIds(distDir), null, 2)}\n`);
  console.log(`recorded the shareable ids of ${distDir} in ${record}`);
}
