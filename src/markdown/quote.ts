/** Turns `:quote[“words”]{#id speaker=person-id source=source-id}` into a <q> with its speaker, id and citation. */
import type { Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { annotationsOf, checkAttributes, claimId, directiveNamed, listAttribute, report, requireAttribute, sectionOf, type Directive } from './directive.ts';
import { htmlElement, text } from './hast-node.ts';
import { withBase } from '../links/urls.ts';
import { unknownIdMessage, type AnnotationRegistry } from './registry-types.ts';
import { requireRegistry } from './plugin-options.ts';
import { bareWords } from '../quotes/words.ts';
import { isRendering } from '../quotes/provenance.ts';
import type { Person } from '../content/schemas.ts';
import { basename, extname } from 'node:path';

export interface QuoteOptions {
  /** The people that `speaker=` and `also=` name, the sources that `source=` names, and each quote's provenance by its id; required. */
  registry: Pick<AnnotationRegistry, 'people' | 'sources' | 'quotes'>;
}

/** The quoted words without the quotation marks and trailing comma the reported text puts around them. */
export const quoteWords = bareWords;

/** "Haines", "Xi and Putin", "A, B and C": the short names a speaker tag shows. */
export function joinNames(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

export const remarkQuote: Plugin<[QuoteOptions], Root> = function (options) {
  const registry = requireRegistry('remarkQuote', options, ['people', 'sources', 'quotes'], ':quote resolves speaker=, also=, source= and its #id against');
  return (tree, file) => {
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
      const quotesFile = `content/quotes/${basename(file.path ?? 'article.md', extname(file.path ?? '.md'))}.yaml`;
      const provenance = id ? registry.quotes.get(id) : undefined;
      if (id && !provenance) {
        report(file, node, `quote "${id}" has no entry in ${quotesFile}: add "- id: ${id}" with said (date, precision, occasion, description) and the reported wordings (or notFound), as the README shows.`);
      }
      if (provenance?.said.occasion === 'joint-statement' && also.length === 0) {
        report(file, node, `quote "${id}" is a joint statement (${quotesFile}) but names one speaker: add every other signatory with also=person-id.`);
      }
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

      const speakers = [speaker, ...also.flatMap((personId) => registry.people.get(personId) ?? [])];
      const names = joinNames(speakers.map((person) => person.name));
      const words = node.children;
      node.data = {
        hName: 'span',
        // Only the class and id: the speakers are in the tag's link and label, the rest on the quote's page and in /data/quotes.json.
        // No search title either: a quote is found by its own page, which holds every wording (the article stays in its first round trip).
        hProperties: { className: ['quote'], id },
      };
      node.children = [
        htmlElement('q', source ? { cite: source.url } : {}, words),
        speakerTag(id, speakers),
        ...(provenance && isRendering(provenance) ? [differsMarker(id)] : []),
        // A real link to the quote's own place, like a heading's anchor: works without JavaScript, kept out of the search index.
        htmlElement('a', { className: ['anchor', 'quote-anchor'], href: `#${id}`, dataEditorial: '', dataPagefindIgnore: '', ariaLabel: `Link to this quote by ${names}` }, [
          htmlElement('span', { ariaHidden: 'true' }, [text('#')]),
        ]),
      ];
    });
  };
};

/**
 * The tag after a quote: a button with the speakers' short names that shows each full name and title in place (a popover:
 * by tap, click or keyboard, no script needed), with links to the people; a mouse also sees the card on hover.
 */
function speakerTag(quoteId: string, speakers: readonly Person[]) {
  const described = speakers.map((person) => `${person.name}, ${person.title}`).join('; ');
  const shortNames = joinNames(speakers.map((person) => person.shortName));
  return htmlElement('span', { className: ['speaker-tag'], dataEditorial: '', dataPagefindIgnore: '' }, [
    htmlElement(
      'button',
      {
        type: 'button',
        className: ['speaker'],
        popoverTarget: `${quoteId}-who`,
        // A joint tag's visible "Xi and Putin" leads its name, so what is seen is what is announced.
        ariaLabel: speakers.length > 1 ? `Speakers ${shortNames}: ${described}` : `Speaker: ${described}`,
      },
      [text(shortNames)],
    ),
    htmlElement(
      'span',
      { className: ['speaker-card'], id: `${quoteId}-who`, popover: 'auto' },
      speakers.flatMap((person, i) => [
        ...(i > 0 ? [text(' ')] : []),
        htmlElement('a', { href: withBase(`/people/${person.id}/`) }, [htmlElement('strong', {}, [text(person.name)])]),
        text(` ${person.title}`),
      ]),
    ),
  ]);
}

/** A small link to the quote's page, where the reported wording and the comparison are; a script shows the wording in place. */
function differsMarker(id: string) {
  // The link's name is its label; the sign it shows is hidden from screen readers, so name and visible text never disagree.
  // Editorial, like the speaker tag: not the article's text, so not in its search text or its passages' fingerprints.
  return htmlElement('a', { className: ['differs'], href: withBase(`/quotes/${id}/`), dataEditorial: '', dataPagefindIgnore: '', ariaLabel: 'Wording differs from the reports' }, [htmlElement('span', { ariaHidden: 'true' }, [text('≠')])]);
}
