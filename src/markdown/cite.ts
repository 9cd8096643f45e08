/** Turns `:cite[Bloomberg]{source=source-id}` into a link to the source's entry in the article's list of sources. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { Plugin } from 'unified';
import { annotationsOf, checkAttributes, directiveNamed, report, requireAttribute, sectionOf, type Directive } from './directive.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';
import { requireRegistry } from './plugin-options.ts';

export interface CiteOptions {
  /** The sources that `source=` names; required. */
  registry: Pick<AnnotationRegistry, 'sources'>;
}

export const remarkCite: Plugin<[CiteOptions], Root> = function (options) {
  const registry = requireRegistry('remarkCite', options, ['sources'], ':cite resolves source= against');
  return (tree, file) => {
    const annotations = annotationsOf(file);
    visitParents(tree, directiveNamed('cite'), (node: Directive, ancestors) => {
      checkAttributes(file, node, ['source']);
      const sourceId = requireAttribute(file, node, 'source', 'source-id');
      if (node.type !== 'textDirective') {
        report(file, node, 'a citation is written inline, around the words that name the source: :cite[Bloomberg]{source=…}.');
        return;
      }
      const label = toString(node);
      if (!label.trim()) report(file, node, ':cite needs the cited words in brackets: :cite[Bloomberg]{source=…}.');
      if (!sourceId) return;
      if (!registry.sources.has(sourceId)) {
        report(file, node, unknownIdMessage('source', sourceId, registry.sources.keys(), 'content/sources/'));
        return;
      }
      annotations.citations.push({ source: sourceId, label, section: sectionOf(tree, ancestors[1]) });
      node.data = {
        hName: 'a',
        hProperties: { className: ['cite'], href: `#source-${sourceId}` },
      };
    });
  };
};
