/** Wraps each `##` heading and what follows it in a <section>, and adds a copy-able anchor link to the heading. */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';

export function sectionAnchor(id: string, label: string): Element {
  return h('a', { className: 'anchor', href: `#${id}`, dataPagefindIgnore: '' }, [
    h('span', { className: 'visually-hidden' }, `Link to “${label}”`),
    h('span', { ariaHidden: 'true' }, '#'),
  ]);
}

export function rehypeSections() {
  return (tree: Root) => {
    const wrapped: RootContent[] = [];
    let section: Element | undefined;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2' && node.properties.id) {
        const id = String(node.properties.id);
        const label = node.children.map((child) => ('value' in child ? child.value : '')).join('');
        node.children.push(sectionAnchor(id, label));
        section = h('section', { className: 'article-section', ariaLabelledBy: id }, [node]);
        wrapped.push(section);
        continue;
      }
      if (section) section.children.push(node as ElementContent);
      else wrapped.push(node);
    }
    tree.children = wrapped;
  };
}
