/**
 * Gives every top-level paragraph an id made of its first words (`p-us-intelligence-officials-assess`), so inserting
 * a paragraph never renames the others. Ids already published (content/ids.json) stay with their text: a paragraph
 * whose text is recorded keeps its id, an edited one keeps the id of the recorded text it shares most words with,
 * and a new paragraph never receives a recorded id, even when it opens with the same words.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';
import { visit } from 'unist-util-visit';
import { fingerprint, passageText, revisionThreshold, sameText, similarity } from '../links/fingerprint.ts';
import { articlePage, loadIdRecord, type IdRecord, type RecordedId } from '../links/id-record.ts';
import { contentDirectory } from '../content/paths.ts';

const minimumWords = 4;

export function paragraphId(text: string, taken: ReadonlySet<string>): string {
  const words = slug(text.replace(/[’']/g, '')).split('-').filter(Boolean);
  for (let count = Math.min(minimumWords, words.length); count <= words.length; count++) {
    const id = `p-${words.slice(0, count).join('-')}`;
    if (!taken.has(id)) return id;
  }
  // Two paragraphs with identical text: the second one gets a counter.
  let n = 2;
  while (taken.has(`p-${words.join('-')}-${n}`)) n++;
  return `p-${words.join('-')}-${n}`;
}

/** Recorded paragraph ids matched to paragraphs: exact texts first, then edited texts by the most words shared. */
function recordedMatches(texts: string[], recorded: Record<string, RecordedId>): Map<number, string> {
  const matches = new Map<number, string>();
  const open = new Map(Object.entries(recorded).filter(([id]) => id.startsWith('p-')));
  texts.forEach((text, index) => {
    const exact = [...open].find(([, entry]) => sameText(entry.fingerprint, text));
    if (exact) {
      matches.set(index, exact[0]);
      open.delete(exact[0]);
    }
  });
  const pairs = texts
    .flatMap((text, index) => (matches.has(index) ? [] : [...open].map(([id, entry]) => ({ index, id, score: similarity(entry.fingerprint, text) }))))
    .filter((pair) => pair.score >= revisionThreshold)
    .sort((a, b) => b.score - a.score || a.index - b.index);
  for (const { index, id } of pairs) {
    if (matches.has(index) || !open.has(id)) continue;
    matches.set(index, id);
    open.delete(id);
  }
  return matches;
}

/** An image-only paragraph is named by what its images show. */
function altText(paragraph: Element): string {
  const alts: string[] = [];
  visit(paragraph, 'element', (node: Element) => void (node.tagName === 'img' && alts.push(String(node.properties.alt ?? ''))));
  return alts.join(' ');
}

export interface ParagraphIdsOptions {
  /** The published ids by page; default: content/ids.json in the working directory's content folder. */
  record?: IdRecord;
}

export const rehypeParagraphIds: Plugin<[ParagraphIdsOptions?], Root> = function (options = {}) {
  return (tree, file) => {
    const page = articlePage(file.path);
    const recorded = page ? (options.record ?? loadIdRecord(contentDirectory(process.cwd())))[page]?.ids ?? {} : {};
    const paragraphs = tree.children.filter((node): node is Element => node.type === 'element' && node.tagName === 'p' && !node.properties.id);
    const texts = paragraphs.map((p) => fingerprint(passageText(p)));
    const matches = recordedMatches(texts, recorded);
    // Every recorded id is reserved: a new paragraph never takes one.
    const taken = new Set<string>([...Object.keys(recorded), ...matches.values()]);
    paragraphs.forEach((paragraph, index) => {
      let id = matches.get(index);
      if (!id) {
        id = paragraphId(toString(paragraph) || altText(paragraph), taken);
        taken.add(id);
      }
      paragraph.properties.id = id;
    });
  };
};
