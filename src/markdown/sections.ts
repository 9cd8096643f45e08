/** Wraps each `##` heading and what follows it in a <section>, and puts a copy-able anchor link after the heading (as Starlight
 * does), so the heading and its section are named by the heading's words alone. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Plugin } from 'unified';
import { h } from 'hastscript';

function sectionAnchor(id: string, label: string): Element {
  return h('a', { className: 'anchor', href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { className: 'visually-hidden' }, `Section titled “${label}”`),
    h('span', { ariaHidden: 'true' }, '#'),
  ]);
}

export const rehypeSections: Plugin<[], Root> = function () {
  return (tree) => {
    const wrapped: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2' && node.properties.id) {
        const id = String(node.properties.id);
        const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
        const heading = h('div', { className: 'heading' }, [node, sectionAnchor(id, label)]);
        section = h('section', { className: 'article-section', ariaLabelledBy: id }, [heading]);
        wrapped.push(section);
        continue;
      }
      if (section) section.children.push(node as ElementContent);
      else wrapped.push(node);
    }
    tree.children = wrapped;
  };
};
