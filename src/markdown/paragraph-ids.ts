/** Gives every top-level paragraph an id made of its first words (`p-us-intelligence-officials-assess`), so inserting a paragraph never renames the others. */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { slug } from 'github-slugger';

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

export function rehypeParagraphIds() {
  return (tree: Root) => {
    const taken = new Set<string>();
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p' || node.properties.id) continue;
      const id = paragraphId(toString(node as Element), taken);
      taken.add(id);
      node.properties.id = id;
    }
  };
}
