/** Groups each paragraph with the side notes written after it, so wide screens can set the notes beside their passage. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';

const isNote = (node: RootContent): node is Element =>
  node.type === 'element' && node.tagName === 'aside' && String(node.properties.className ?? '').includes('note');
const isBlank = (node: RootContent) => node.type === 'text' && !node.value.trim();

export const rehypePassages: Plugin<[], Root> = function () {
  return (tree) => {
    const grouped: RootContent[] = [];
    for (const node of tree.children) {
      if (isNote(node)) {
        const previous = [...grouped].reverse().find((candidate) => !isBlank(candidate));
        if (previous?.type === 'element' && previous.tagName === 'div' && String(previous.properties.className) === 'passage') {
          previous.children.push(node);
          continue;
        }
        if (previous?.type === 'element' && previous.tagName === 'p') {
          grouped.splice(grouped.lastIndexOf(previous), 1, {
            type: 'element',
            tagName: 'div',
            properties: { className: ['passage'] },
            children: [previous, node] as ElementContent[],
          });
          continue;
        }
      }
      grouped.push(node);
    }
    tree.children = grouped;
  };
};
