/** Builds a text fragment (`:~:text=prefix-,start,end`) that highlights a quote's words, with a prefix when the words occur more than once on the page. */
import { bareWords, openingMark } from '../quotes/words.ts';

/** Percent-encodes a text-fragment term: the characters `-`, `,` and `&` have a meaning in the directive. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

function occurrences(haystack: string, needle: string): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

export interface TextFragmentInput {
  /** The quote as the page shows it, with or without its quotation marks. */
  quote: string;
  /** The text just before the quote in its paragraph: the prefix, when one is needed. */
  before: string;
  /** All the text of the page, to tell whether the quote's opening words are unique. */
  pageText: string;
}

/** Short quotes are matched whole; longer ones by their first and last four words, which keeps the URL short. */
export function textFragment({ quote, before, pageText }: TextFragmentInput): string {
  const trimmed = quote.replace(/\s+/g, ' ').trim();
  const mark = openingMark(trimmed);
  const quoteWords = words(bareWords(trimmed));
  const long = quoteWords.length > 8;
  let start = long ? quoteWords.slice(0, 4).join(' ') : quoteWords.join(' ');
  const end = long ? quoteWords.slice(-4).join(' ') : undefined;
  const page = pageText.replace(/\s+/g, ' ');
  const prefixWords = words(before).slice(-3);
  let prefix = '';
  if (occurrences(page, start) > 1 && prefixWords.length) {
    // The prefix must be followed by nothing but spaces before the start: the opening quotation mark joins the start.
    start = `${mark}${start}`;
    prefix = `${encodeTerm(prefixWords.join(' '))}-,`;
  }
  return `:~:text=${prefix}${encodeTerm(start)}${end ? `,${encodeTerm(end)}` : ''}`;
}
