/** Marks people, organisations and places: `:person[Name]{id=…}` links to the person's page; `:org[…]` and `:place[…]` are labelled spans. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { annotationsOf, checkAttributes, isDirective, report, requireAttribute } from './directive.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';
import { requireRegistry } from './plugin-options.ts';
import { withBase } from '../links/urls.ts';

export interface MentionOptions {
  /** The people that `:person{id=…}` names and the sources that `source=` names; required. */
  registry: Pick<AnnotationRegistry, 'people' | 'sources'>;
}

const mentionKinds = ['person', 'org', 'place'] as const;
type MentionKind = (typeof mentionKinds)[number];

export const remarkMention: Plugin<[MentionOptions], Root> = function (options) {
  const registry = requireRegistry('remarkMention', options, ['people', 'sources'], ':person, :org and :place resolve id= and source= against');
  return (tree, file) => {
    const annotations = annotationsOf(file);
    visit(tree, (node) => {
      if (!isDirective(node) || !(mentionKinds as readonly string[]).includes(node.name)) return;
      const kind = node.name as MentionKind;
      if (node.type !== 'textDirective') {
        report(file, node, `:${kind} is written inline, around the name in the text: :${kind}[Name]{…}.`);
        return;
      }
      const label = toString(node);
      if (!label.trim()) report(file, node, `:${kind} needs the name in brackets: :${kind}[Name].`);
      if (kind === 'person') {
        checkAttributes(file, node, ['id']);
        const id = requireAttribute(file, node, 'id', 'person-id');
        if (!id) return;
        if (!registry.people.has(id)) {
          report(file, node, unknownIdMessage('person', id, registry.people.keys(), 'content/people/'));
          return;
        }
        annotations.mentions.push({ kind, label, id });
        node.data = { hName: 'a', hProperties: { className: ['mention', 'mention-person'], href: withBase(`/people/${id}/`), dataPerson: id } };
        return;
      }
      checkAttributes(file, node, ['source']);
      const sourceId = node.attributes?.source;
      if (sourceId && !registry.sources.has(sourceId)) {
        report(file, node, unknownIdMessage('source', sourceId, registry.sources.keys(), 'content/sources/'));
        return;
      }
      annotations.mentions.push({ kind, label });
      node.data = sourceId
        ? { hName: 'a', hProperties: { className: ['mention', `mention-${kind}`], href: `#source-${sourceId}` } }
        : { hName: 'span', hProperties: { className: ['mention', `mention-${kind}`] } };
    });
  };
};
