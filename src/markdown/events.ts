/** Turns `:events[drills …]{ids=a,b}` into a link to those events on the timeline. */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visitParents } from 'unist-util-visit-parents';
import type { Plugin } from 'unified';
import { annotationsOf, checkAttributes, directiveNamed, listAttribute, report, requireAttribute, sectionOf, type Directive } from './directive.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';
import { requireRegistry } from './plugin-options.ts';
import { withBase } from '../links/urls.ts';

export interface EventsOptions {
  /** The events (exercises) that `ids=` names; required. */
  registry: Pick<AnnotationRegistry, 'exercises'>;
}

/** The timeline URL that opens the first event and highlights the others. */
function timelineHref(ids: readonly string[]): string {
  return withBase(`/timeline/?events=${ids.join(',')}#${ids[0]}`);
}

export const remarkEvents: Plugin<[EventsOptions], Root> = function (options) {
  const registry = requireRegistry('remarkEvents', options, ['exercises'], ':events resolves ids= against');
  return (tree, file) => {
    const annotations = annotationsOf(file);
    visitParents(tree, directiveNamed('events'), (node: Directive, ancestors) => {
      checkAttributes(file, node, ['ids']);
      const written = requireAttribute(file, node, 'ids', '2023-07-northern-interaction');
      if (node.type !== 'textDirective') {
        report(file, node, 'an events link is written inline: :events[the words]{ids=event-id,other-event-id}.');
        return;
      }
      if (!written) return;
      const ids = listAttribute(file, node, 'ids');
      const unknown = ids.filter((id) => !registry.exercises.has(id));
      for (const id of unknown) report(file, node, unknownIdMessage('event', id, registry.exercises.keys(), 'content/exercises/'));
      if (unknown.length) return;
      annotations.eventLinks.push({ ids, label: toString(node), section: sectionOf(tree, ancestors[1]) });
      node.data = { hName: 'a', hProperties: { className: ['events-link'], href: timelineHref(ids), dataEvents: ids.join(' ') } };
    });
  };
};
