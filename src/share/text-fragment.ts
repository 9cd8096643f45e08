/**
 * Builds a text fragment (`:~:text=prefix-,start,end`) whose match is exactly a quote as the page shows it, quotation
 * marks included, so the browser's highlight covers the whole quote and nothing else. Matches are counted as the
 * browser finds them: in the page's visible text, case-insensitively, whole words only.
 */

/** Percent-encodes a text-fragment term: the characters `-`, `,` and `&` have a meaning in the directive. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

export interface TextFragmentInput {
  /** The quote as the page shows it, quotation marks and all. */
  quote: string;
  /** The page's visible text, as the browser searches it: one line per block, spaces collapsed (see visible-text.ts). */
  pageText: string;
  /** Where the quote starts in pageText. */
  at: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A term that begins or ends with a letter or digit must not continue a word there (a quotation mark needs no such edge). */
const wordChar = /[\p{L}\p{N}]/u;
const notAfterWord = (text: string) => (wordChar.test(text.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '');
const notBeforeWord = (text: string) => (wordChar.test(text.charAt(text.length - 1)) ? '(?![\\p{L}\\p{N}])' : '');

/** The first whole-word match of `term` (after `prefix` and spaces, when given) at or after `from`: where the term begins. */
function firstMatch(pageText: string, term: string, from: number, prefix = ''): number {
  const before = prefix ? `${escape(prefix)}\\s*` : '';
  const pattern = new RegExp(`${notAfterWord(prefix || term)}${before}(${escape(term)})${notBeforeWord(term)}`, 'giud');
  pattern.lastIndex = from;
  return pattern.exec(pageText)?.indices?.[1]?.[0] ?? -1;
}

/** The shortest run of the words before the quote, within its line, after which the first match of `start` is the quote: '' when none is needed, undefined when none works. */
function prefixFor(pageText: string, start: string, at: number): string | undefined {
  if (firstMatch(pageText, start, 0) === at) return '';
  const lineStart = pageText.lastIndexOf('\n', at - 1) + 1;
  const before = pageText.slice(lineStart, at).split(' ').filter(Boolean);
  for (let count = 1; count <= before.length; count++) {
    const prefix = before.slice(-count).join(' ');
    if (firstMatch(pageText, start, 0, prefix) === at) return prefix;
  }
  return undefined;
}

/**
 * Short quotes are matched whole; longer ones by their first four words and as many last words as make the first
 * match after the start end where the quote ends. '' when no directive can single the quote out (the #id still lands).
 */
export function textFragment({ quote, pageText, at }: TextFragmentInput): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const words = text.split(' ');
  let start = text;
  let end: string | undefined;
  if (words.length > 8) {
    start = words.slice(0, 4).join(' ');
    const quoteEnd = at + text.length;
    for (let count = 4; count < words.length - 4; count++) {
      const candidate = words.slice(-count).join(' ');
      if (firstMatch(pageText, candidate, at + start.length) === quoteEnd - candidate.length) {
        end = candidate;
        break;
      }
    }
    if (!end) start = text;
  }
  const prefix = prefixFor(pageText, start, at);
  if (prefix === undefined) return '';
  return `:~:text=${prefix ? `${encodeTerm(prefix)}-,` : ''}${encodeTerm(start)}${end ? `,${encodeTerm(end)}` : ''}`;
}
