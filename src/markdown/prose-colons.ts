/** Puts back colons that remark-directive mistook for directives in prose (`10:30`, `Note:this`), exactly as typed. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { isDirective } from './directive.ts';

export const remarkProseColons: Plugin<[], Root> = function () {
  return (tree, file) => {
    const source = String(file.value ?? '');
    visit(tree, 'textDirective', (node, index, parent) => {
      if (!parent || index === undefined) return;
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const written = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
      // Only a bare `:name` is prose: a label or attributes mean the editor meant an annotation.
      if (written !== `:${node.name}`) return;
      parent.children.splice(index, 1, { type: 'text', value: written, position: node.position });
      return index;
    });
    // Neighbouring text nodes are merged so later plugins (and search) see whole words.
    visit(tree, (node) => {
      if (!('children' in node) || isDirective(node)) return;
      const children = node.children as { type: string; value?: string }[];
      for (let i = children.length - 1; i > 0; i--) {
        const [before, here] = [children[i - 1]!, children[i]!];
        if (before.type === 'text' && here.type === 'text') {
          before.value = `${before.value}${here.value}`;
          children.splice(i, 1);
        }
      }
    });
  };
};
