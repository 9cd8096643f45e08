/** Builds the queries of the quote-search test from a quote's own words: windows of consecutive words, typed in several ways. */

/** Window lengths in words, and where each window starts (beginning, middle, end of the quote). */
const lengths = [3, 4, 6];

/** The quote's words, without the quotation marks around the whole quote. */
function quoteWordsOf(text: string): string[] {
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

/** Few-word windows for the forgiving-search tests: four consecutive words from the start, middle and end of the quote (all of a shorter quote). */
export function fewWordWindows(text: string, length = 4): string[] {
  const words = quoteWordsOf(text).map(withoutPunctuation).filter(Boolean);
  if (words.length <= length) return [words.join(' ')];
  const last = words.length - length;
  return [...new Set([0, Math.floor(last / 2), last].map((start) => words.slice(start, start + length).join(' ')))];
}

/** The window with one typing mistake in its longest word (the word a reader is likeliest to mistype): a letter dropped, or two neighbours swapped. */
export function typoWindows(window: string): { kind: 'dropped' | 'swapped'; query: string }[] {
  const words = window.split(' ');
  const longest = words.reduce((best, word, index) => (word.length > words[best]!.length ? index : best), 0);
  const word = words[longest]!;
  if (word.length < 4) return [];
  const middle = Math.floor(word.length / 2);
  const swappable = word[middle - 1] !== word[middle];
  const variants: { kind: 'dropped' | 'swapped'; word: string }[] = [{ kind: 'dropped', word: word.slice(0, middle) + word.slice(middle + 1) }];
  if (swappable) variants.push({ kind: 'swapped', word: word.slice(0, middle - 1) + word[middle] + word[middle - 1] + word.slice(middle + 1) });
  return variants.map(({ kind, word: typo }) => ({ kind, query: words.map((w, i) => (i === longest ? typo : w)).join(' ') }));
}

/** The window with one extra common word a reader adds: "who" and "said" before it (a question), "the" inside it. */
export function extraWordWindows(window: string): string[] {
  const words = window.split(' ');
  const middle = Math.ceil(words.length / 2);
  return [`who ${window}`, `said ${window}`, [...words.slice(0, middle), 'the', ...words.slice(middle)].join(' ')];
}
