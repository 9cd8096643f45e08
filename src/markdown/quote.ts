/** Turns `:quote[“words”]{#id speaker=person-id source=source-id}` into a <q> with its speaker, id and citation. */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { annotationsOf, checkAttributes, claimId, directiveNamed, listAttribute, report, requireAttribute, sectionOf, type Directive } from './directive.ts';
import { htmlElement, text } from './hast-node.ts';
import { withBase } from '../links/urls.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';

export interface QuoteOptions {
  registry: Pick<AnnotationRegistry, 'people' | 'sources'>;
}

/** The quoted words without the quotation marks and trailing comma the reported text puts around them. */
export function quoteWords(label: string): string {
  return label
    .trim()
    .replace(/^[“"‘]/, '')
    .replace(/[”"’]$/, '')
    .replace(/,$/, '')
    .trim();
}

export function remarkQuote({ registry }: QuoteOptions) {
  return (tree: Root, file: VFile) => {
    const annotations = annotationsOf(file);
    // Each paragraph's text as written, read before any quote in it gains its speaker tag.
    const paragraphText = new Map<Node, string>();
    visit(tree, 'paragraph', (paragraph) => {
      paragraphText.set(paragraph, toString(paragraph));
    });
    visitParents(tree, directiveNamed('quote'), (node: Directive, ancestors) => {
      checkAttributes(file, node, ['id', 'speaker', 'also', 'source']);
      const id = requireAttribute(file, node, 'id', 'speaker-key-words');
      const speakerId = requireAttribute(file, node, 'speaker', 'person-id');
      if (node.type !== 'textDirective') {
        report(file, node, 'a quote is written inline, as :quote[“words”]{#id speaker=person-id}, inside the sentence that reports it.');
        return;
      }
      if (!toString(node).trim()) report(file, node, ':quote needs the quoted words in brackets: :quote[“words”]{…}.');
      if (id) claimId(file, node, id);
      const speaker = speakerId ? registry.people.get(speakerId) : undefined;
      if (speakerId && !speaker) report(file, node, unknownIdMessage('speaker', speakerId, registry.people.keys(), 'content/people/'));
      const also = listAttribute(file, node, 'also');
      for (const personId of also) {
        if (!registry.people.has(personId)) report(file, node, unknownIdMessage('person in also=', personId, registry.people.keys(), 'content/people/'));
      }
      const sourceId = node.attributes?.source;
      const source = sourceId ? registry.sources.get(sourceId) : undefined;
      if (sourceId && !source) report(file, node, unknownIdMessage('source', sourceId, registry.sources.keys(), 'content/sources/'));
      if (!id || !speaker || !speakerId) return;

      const paragraph = [...(ancestors as readonly Node[])].reverse().find((ancestor) => ancestor.type === 'paragraph');
      annotations.quotes.push({
        id,
        speaker: speakerId,
        also,
        text: quoteWords(toString(node)),
        source: sourceId ?? undefined,
        context: paragraph ? (paragraphText.get(paragraph) ?? '') : '',
        section: sectionOf(tree, ancestors[1]),
      });

      const surname = speaker.name.split(' ').at(-1) ?? speaker.name;
      const words = node.children;
      node.data = {
        hName: 'span',
        // The speaker's name and title are in the tag's card below, where "copy quote with citation" (src/share/actions.ts) reads them.
        hProperties: { className: ['quote'], id, dataSpeaker: speakerId, dataQuote: '' },
      };
      node.children = [
        htmlElement('q', source ? { cite: source.url } : {}, words),
        // The speaker tag: a button that shows the name and title in place (a popover: by tap, click or keyboard, no script
        // needed), with a link to the person; a mouse also sees the card on hover.
        htmlElement('span', { className: ['speaker-tag'], dataEditorial: '', dataPagefindIgnore: '' }, [
          htmlElement(
            'button',
            { className: ['speaker'], popoverTarget: `${id}-who`, ariaLabel: `Speaker: ${speaker.name}, ${speaker.title}` },
            [text(surname)],
          ),
          htmlElement('span', { className: ['speaker-card'], id: `${id}-who`, popover: '' }, [
            htmlElement('a', { href: withBase(`/people/${speakerId}/`) }, [htmlElement('strong', {}, [text(speaker.name)])]),
            text(` ${speaker.title}`),
          ]),
        ]),
        // A real link to the quote's own place, like a heading's anchor: works without JavaScript, kept out of the search index.
        htmlElement('a', { className: ['anchor', 'quote-anchor'], href: `#${id}`, dataEditorial: '', dataPagefindIgnore: '', ariaLabel: `Link to this quote by ${speaker.name}` }, [
          htmlElement('span', { ariaHidden: 'true' }, [text('#')]),
        ]),
      ];
    });
  };
}
