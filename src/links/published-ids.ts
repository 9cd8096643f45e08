/**
 * The shareable ids of a built site (pages of articles, quotes, people and events; each article's fragment ids and
 * the timeline's event rows, by event, with fingerprints of their text), and the check that none that was published
 * (content/ids.json) disappears without an alias: the build runs it when it is done.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { htmlPages, isRedirect, sitePath } from '../publish/dist-pages.ts';
import type { ContentProblem } from '../content/problems.ts';
import { fingerprint, passageText } from './fingerprint.ts';
import type { Alias } from './aliases.ts';
import { recordFile, type BuiltIds, type IdRecord } from './id-record.ts';

const sharedPages = /^\/((articles|quotes|people|timeline)\/[^/]+\/|timeline\/)$/;

/** Fragment ids a reader may link to, with the fingerprint of their text: inside the article element (popovers aside), and the timeline's event rows. */
function fragmentIds(tree: Root, path: string): Record<string, string> {
  const ids: Record<string, string> = {};
  const add = (node: Element, marked = node) => {
    // A popover (a speaker's card) is part of its control, not a passage anyone links to.
    if (node.properties.popover !== undefined) return;
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

/** Where a recorded page or id is written in content/ids.json (its key), as the file is saved: two-space JSON. */
function placeInRecord(text: string, page: string, id?: string): { line: number; column: number } {
  const pageAt = text.indexOf(`\n  ${JSON.stringify(page)}: {`);
  const idAt = id === undefined || pageAt < 0 ? -1 : text.indexOf(`\n      ${JSON.stringify(id)}: {`, pageAt);
  const at = idAt >= 0 ? idAt + 7 : pageAt >= 0 ? pageAt + 3 : 0;
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

/** What an article page's id was written in, so the message names the file to restore it in. */
const ownerOf = (page: string) => /^\/articles\/([^/]+)\/$/.exec(page)?.[1];

/** Each published link the build lost without an alias, at its line of content/ids.json, with both fixes. */
export function disappearedIds(record: IdRecord, built: BuiltIds, aliases: readonly Alias[], contentDir: string, root: string): ContentProblem[] {
  const path = recordFile(contentDir);
  const text = readFileSync(path, 'utf8');
  return missingLinks(record, built, aliases).map((link) => {
    const [page, id] = link.split('#') as [string, string | undefined];
    const published = (id === undefined ? record[page]?.published : record[page]?.ids[id]?.published) ?? '?';
    const slug = ownerOf(page);
    const folder = relative(root, contentDir);
    const restore = id === undefined ? 'restore the page' : slug ? `restore {#${id}} in ${folder}/articles/${slug}.md` : 'restore it';
    const to = id === undefined ? `/${page.split('/')[1]}/new-id/` : `${page}#new-id`;
    return {
      file: relative(root, path),
      ...placeInRecord(text, page, id),
      message: `${link} was published on ${published} and this build no longer has it, so links shared to it lead nowhere: ${restore}, or add to ${folder}/aliases.yaml an alias from ${link} to where it is now (to: ${to}).`,
    };
  });
}
