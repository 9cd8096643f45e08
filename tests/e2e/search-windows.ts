/** Builds the queries of the quote-search test from a quote's own words: windows of consecutive words, typed in several ways. */

/** Window lengths in words, and where each window starts (beginning, middle, end of the quote). */
const lengths = [3, 4, 6];

/** The quote's words, without the quotation marks around the whole quote. */
export function quoteWordsOf(text: string): string[] {
  return text
    .trim()
    .replace(/^[“"‘']+|[”"’']+$/g, '')
    .split(/\s+/)
    .filter(Boolean);
}

/** Windows of 3, 4 and 6 consecutive words from the start, middle and end of the quote; a quote under 3 words is its own window. */
export function quoteWindows(text: string): string[] {
  const words = quoteWordsOf(text);
  if (words.length <= 3) return [words.join(' ')];
  const windows = new Set<string>();
  for (const length of lengths.filter((n) => n <= words.length)) {
    const last = words.length - length;
    for (const start of [0, Math.floor(last / 2), last]) windows.add(words.slice(start, start + length).join(' '));
  }
  return [...windows];
}

export const windowStyles = ['as written', 'lower case, no punctuation', 'upper case in straight quotes', 'curly quotes from a phone'] as const;
export type WindowStyle = (typeof windowStyles)[number];

/** Punctuation a reader may leave out: everything but letters, digits and spaces ("don’t" becomes "dont"). */
export function withoutPunctuation(words: string): string {
  return words.replace(/[^\p{L}\p{N}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

export function styleWindow(window: string, style: WindowStyle): string {
  switch (style) {
    case 'as written':
      return window;
    case 'lower case, no punctuation':
      return withoutPunctuation(window).toLowerCase();
    case 'upper case in straight quotes':
      return `"${window.toUpperCase().replace(/[“”]/g, '"').replace(/[‘’]/g, "'")}"`;
    case 'curly quotes from a phone':
      return `“${window.replace(/'/g, '’')}”`;
  }
}
