/**
 * Reference-manager downloads, made at build time: each quote and each article as CSL-JSON (written here), and BibTeX
 * and RIS converted from it by citation-js, so the three formats always say the same thing.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Person } from '../content/schemas.ts';
import { formatDate } from '../content/dates.ts';
import { site } from '../site.ts';
import type { QuoteDataInput } from './data.ts';

export type CslItem = Record<string, unknown> & { id: string; type: string };

/** The downloads each quote page and article offers, by file name. */
export const citationFiles = {
  'cite.json': { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', format: (items: CslItem[]) => JSON.stringify(items, null, 2) + '\n' },
  'cite.bib': { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', format: (items: CslItem[]) => new Cite(items).format('bibtex') },
  'cite.ris': { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', format: (items: CslItem[]) => new Cite(items).format('ris') },
} as const;
export type CitationFile = keyof typeof citationFiles;

/** A CSL date from YYYY-MM-DD, YYYY-MM or YYYY: as precise as it is written. */
export const cslDate = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** "Avril Haines" → family Haines, given Avril; a name written family-first ("Xi Jinping") stays whole, as written. */
export function cslName(person: Pick<Person, 'name' | 'shortName'>): Record<string, string> {
  if (person.name.endsWith(` ${person.shortName}`)) return { family: person.shortName, given: person.name.slice(0, -person.shortName.length - 1) };
  return { literal: person.name };
}

const absolute = (path: string) => new URL(path, site.url).href;

/**
 * A quote as a reference: its speakers as authors, the date it was said, and, as the title, the words as the first
 * outlet printed them, with that outlet and the page they were copied from (the article is where it was found).
 */
export function cslForQuote(quote: QuoteDataInput): CslItem {
  const printed = quote.wordings[0];
  const found = `Found via “${quote.article.data.title}”, ${site.name}, ${formatDate(quote.article.data.published)}, ${absolute(`/quotes/${quote.id}/`)}`;
  return {
    id: quote.id,
    'citation-key': quote.id,
    type: 'document',
    author: quote.speakers.map(cslName),
    title: printed?.text ?? quote.text,
    issued: cslDate(quote.said.date),
    'event-title': quote.said.description,
    ...(quote.said.place ? { 'event-place': quote.said.place } : {}),
    ...(printed
      ? {
          publisher: printed.outlet,
          'container-title': printed.page.title,
          URL: printed.page.url,
          note: `As printed by ${printed.outlet}${printed.page.publisher !== printed.outlet ? ` (in ${printed.page.publisher})` : ''}${printed.page.date ? `, ${formatDate(printed.page.date)}` : ''}. ${found}.`,
        }
      : { URL: absolute(`/quotes/${quote.id}/`), note: `The article’s wording; no English-language report of the remark was found. ${found}.` }),
  };
}

export interface ArticleCitationInput {
  id: string;
  data: { title: string; dek: string; published: string; updated?: string | undefined };
}

export function cslForArticle(article: ArticleCitationInput): CslItem {
  return {
    id: article.id,
    'citation-key': article.id,
    type: 'article-newspaper',
    title: article.data.title,
    'container-title': site.name,
    publisher: site.name,
    issued: cslDate(article.data.published),
    URL: absolute(`/articles/${article.id}/`),
    abstract: article.data.dek,
    language: site.language,
  };
}
