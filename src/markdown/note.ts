/** Turns `:::note[Title]{#id source=source-id}` … `:::` into a side note: an <aside> whose <details> opens in line on narrow screens. */
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { annotationsOf, checkAttributes, claimId, directiveNamed, report, requireAttribute, sectionOf, type Directive } from './directive.ts';
import { htmlElement, text } from './hast-node.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';
import { requireRegistry } from './plugin-options.ts';
import { formatDate } from '../content/dates.ts';

export interface NoteOptions {
  /** The sources that `source=` names; required. */
  registry: Pick<AnnotationRegistry, 'sources'>;
}

export const remarkNote: Plugin<[NoteOptions], Root> = function (options) {
  const registry = requireRegistry('remarkNote', options, ['sources'], ':::note resolves source= against');
  return (tree, file) => {
    const annotations = annotationsOf(file);
    visit(tree, directiveNamed('note'), (node: Directive, _index, parent) => {
      checkAttributes(file, node, ['id', 'source']);
      const id = requireAttribute(file, node, 'id', 'note-topic');
      const sourceId = node.attributes?.source?.trim();
      if (!sourceId) report(file, node, ':::note needs a source: add {source=source-id} so readers can check the note.');
      if (node.type !== 'containerDirective') {
        const written = node.type === 'leafDirective' ? '::note (two colons) is a one-line annotation, but a note is a block' : 'a note is a block';
        report(file, node, `${written}: write :::note[Title]{#id source=…} (three colons) on its own line, the text, then ::: to close it.`);
        return;
      }
      const label = node.children.find((child) => child.data && 'directiveLabel' in child.data) as Paragraph | undefined;
      if (!label) report(file, node, ':::note needs a title in brackets: :::note[What this note explains]{…}.');
      const body = node.children.filter((child) => child !== label);
      if (body.length === 0) report(file, node, ':::note is empty: write its text between the opening line and the closing :::.');
      if (id) {
        claimId(file, node, id);
        claimId(file, node, `${id}-title`, `:::note{#${id}}`);
      }
      const source = sourceId ? registry.sources.get(sourceId) : undefined;
      if (sourceId && !source) report(file, node, unknownIdMessage('source', sourceId, registry.sources.keys(), 'content/sources/'));
      if (!id || !label || !source || !sourceId || body.length === 0) return;

      annotations.notes.push({
        id,
        title: toString(label),
        source: sourceId,
        text: body.map((child) => toString(child)).join('\n\n'),
        section: sectionOf(tree, parent === tree ? node : undefined),
      });

      const sourceLine: Paragraph = {
        type: 'paragraph',
        data: { hProperties: { className: ['note-source'] } },
        children: [
          text('Source: '),
          { type: 'link', url: source.url, children: [text(`${source.publisher}, “${source.title}”`)] },
          text(`, ${formatDate(source.date) ?? 'undated'}.`),
        ],
      };
      node.data = {
        hName: 'aside',
        // Unnamed, an aside inside the article is no landmark: thirteen of them would bury the page's real ones. Its summary
        // ("Note: title") names it where it matters, as a disclosure.
        hProperties: { className: ['note'], id, dataEditorial: '' },
      };
      node.children = [
        htmlElement('details', { className: ['note-details'] }, [
          htmlElement('summary', {}, [
            htmlElement('span', { className: ['note-kicker'] }, [text('Note')]),
            text(' '),
            htmlElement('span', { className: ['note-title'] }, label.children as PhrasingContent[]),
          ]),
          htmlElement('div', { className: ['note-body'] }, [...(body as PhrasingContent[]), sourceLine as unknown as PhrasingContent]),
        ]),
      ] as unknown as typeof node.children;
    });
  };
};
