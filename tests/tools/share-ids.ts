/**
 * The shareable ids of a built site (pages of articles, quotes, people and events; each article's fragment ids and
 * the timeline's event rows (by event name), with fingerprints of their text), and the check that none disappears without an alias.
 * `npx node tests/tools/share-ids.ts dist` records the build into content/ids.json (src/links/id-record.ts).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { htmlPages, isRedirect, sitePath } from '../../src/publish/dist-pages.ts';
import { fingerprint, passageText } from '../../src/links/fingerprint.ts';
import type { Alias } from '../../src/links/aliases.ts';
import type { BuiltIds, IdRecord } from '../../src/links/id-record.ts';

const sharedPages = /^\/((articles|quotes|people|timeline)\/[^/]+\/|timeline\/)$/;

/** Fragment ids a reader may link to, with the fingerprint of their text: inside the article element, and the timeline's event rows. */
export function fragmentIds(tree: Root, path: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const add = (node: Element, marked = node) => {
    const id = node.properties.id;
    if (typeof id === 'string' && !(id in ids)) ids[id] = fingerprint(passageText(marked));
  };
  if (path === '/timeline/') {
    // An event row is bound to its event, named in its header cell; its other columns may change with the table.
    const header = (row: Element) => row.children.find((cell): cell is Element => cell.type === 'element' && cell.tagName === 'th') ?? row;
    visit(tree, 'element', (node: Element) => void (node.tagName === 'tr' && add(node, header(node))));
    return ids;
  }
  let article: Element | undefined;
  visit(tree, 'element', (node: Element) => void (node.tagName === 'article' && (article ??= node)));
  if (article) visit(article, 'element', (node: Element) => void (node !== article && add(node)));
  return ids;
}

export function collectShareIds(distDir: string): BuiltIds {
  const result: BuiltIds = {};
  for (const file of htmlPages(distDir)) {
    const path = sitePath(distDir, file);
    if (!sharedPages.test(path)) continue;
    const html = readFileSync(file, 'utf8');
    if (isRedirect(html)) continue;
    result[path] = fragmentIds(fromHtml(html), path);
  }
  return result;
}

/** Recorded links the build lost without an alias leading on: `/page/` or `/page/#id`. */
export function missingLinks(record: IdRecord, built: BuiltIds, aliases: readonly Alias[]): string[] {
  const aliased = new Set(aliases.map((a) => a.from));
  const missing: string[] = [];
  for (const [page, entry] of Object.entries(record)) {
    if (!(page in built)) {
      if (!aliased.has(page)) missing.push(page);
      continue;
    }
    for (const id of Object.keys(entry.ids)) if (!(id in built[page]!) && !aliased.has(`${page}#${id}`)) missing.push(`${page}#${id}`);
  }
  return missing;
}

if (import.meta.main) {
  const { contentDirectory } = await import('../../src/content/paths.ts');
  const { loadIdRecord, recordFile, updateRecord } = await import('../../src/links/id-record.ts');
  const root = resolve(import.meta.dirname, '../..');
  const distDir = resolve(process.argv[2] ?? 'dist');
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`${distDir} holds no built site (no index.html): run npm run build first, then npx node tests/tools/share-ids.ts dist`);
    process.exit(2);
  }
  const contentDir = contentDirectory(root);
  const today = process.env.RECORD_DATE ?? new Date().toISOString().slice(0, 10);
  const { record, problems } = updateRecord(loadIdRecord(contentDir, root), collectShareIds(distDir), today);
  if (problems.length) {
    console.error(`not recorded: ${problems.length} id${problems.length === 1 ? '' : 's'} now mark other text:\n${problems.join('\n')}`);
    process.exit(1);
  }
  writeFileSync(recordFile(contentDir), `${JSON.stringify(record, null, 2)}\n`);
  console.log(`recorded the shareable ids of ${relative(root, distDir) || '.'} in ${relative(root, recordFile(contentDir))}`);
}
