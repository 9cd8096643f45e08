/**
 * The text "copy quote with citation" puts on the clipboard: the words as the outlet printed them, who said them and
 * when, the outlet and page, and the article as where they were found; or the article's wording, labelled as its rendering.
 */
import { formatDate } from '../content/dates.ts';
import type { QuoteRecordData } from '../quotes/data.ts';

export type CitableQuote = Pick<QuoteRecordData, 'speakers' | 'said' | 'reported' | 'articleWording'>;

export interface CitationContext {
  articleTitle: string;
  siteName: string;
  /** The article's publication date as read on the site, e.g. "3 May 2024". */
  date?: string;
  /** The link shared: the quote's place in the article, or its page. */
  url: string;
}

const speakersLine = (quote: CitableQuote) =>
  `— ${quote.speakers.map((s) => `${s.name}, ${s.title}`).join('; ')}, ${formatDate(quote.said.date)} (${quote.said.description})`;
const foundIn = ({ articleTitle, siteName, date }: CitationContext) => `“${articleTitle}”, ${siteName}${date ? `, ${date}` : ''}`;

/** The first reported wording with its outlet; the article's words only when no outlet printed the remark, and then it says so. */
export function quoteCitation(quote: CitableQuote, context: CitationContext): string {
  const printed = quote.reported[0];
  if (!printed) {
    return [`“${quote.articleWording}”`, speakersLine(quote), `The article’s wording: no English-language report of the remark was found. In ${foundIn(context)}`, context.url].join('\n');
  }
  const { source } = printed;
  const reprint = source.publisher !== printed.outlet ? ` (in ${source.publisher})` : '';
  return [
    `“${printed.text}”`,
    speakersLine(quote),
    `As printed by ${printed.outlet}${reprint}: “${source.title}”${source.date ? `, ${formatDate(source.date)}` : ''}, ${source.url}`,
    `Found via ${foundIn(context)}: ${context.url}`,
  ].join('\n');
}

/** The article's wording, never presented as the speaker's own words. */
export function renderingCitation(quote: CitableQuote, context: CitationContext): string {
  return [
    `“${quote.articleWording}”`,
    `— the article’s rendering of words by ${quote.speakers.map((s) => s.name).join(' and ')}, ${formatDate(quote.said.date)}; not their verbatim words`,
    `In ${foundIn(context)}`,
    context.url,
  ].join('\n');
}
