/** Gives each section heading and side note of an article a data-pagefind-title, so Pagefind returns it as its own sub-result (a quote is found by its own page). */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties.className;
  return Array.isArray(className) && className.includes(name);
}

/** The text of an element without its editorial extras (the heading's "#" link, the quote's speaker chip). */
function ownText(node: Element): string {
  const copy: Element = { ...node, children: node.children.filter((child) => !(child.type === 'element' && 'dataPagefindIgnore' in child.properties)) };
  return toString(copy).replace(/\s+/g, ' ').trim();
}

export const rehypeSearchAnchors: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'element', (node: Element) => {
      if (!node.properties.id) return;
      if (/^h[2-4]$/.test(node.tagName)) {
        node.properties.dataPagefindTitle = ownText(node);
      } else if (node.tagName === 'aside' && hasClass(node, 'note')) {
        const title = node.children.length ? findNoteTitle(node) : '';
        if (title) node.properties.dataPagefindTitle = `Note: ${title}`;
      }
    });
  };
};

function findNoteTitle(note: Element): string {
  let title = '';
  visit(note, 'element', (child: Element) => {
    if (!title && hasClass(child, 'note-title')) title = toString(child).trim();
  });
  return title;
}
