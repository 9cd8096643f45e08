/** Turns what a reader types into Pagefind queries: curly quotes from phones become the straight quotes of an exact-phrase search. */

/** Double quotation marks a keyboard, a phone or a copied text may produce. */
const doubleQuotes = /[“”„‟«»〝〞＂″]/g;
/** Single quotation marks and apostrophes: ’ inside “don’t” must match the index’s word. */
const singleQuotes = /[‘’‚‛′＇`]/g;

export interface SearchQuery {
  /** The query as Pagefind should read it first: an exact phrase when the reader quoted one. */
  primary: string;
  /** A query without phrase marks or punctuation, tried when the primary one finds nothing. */
  fallback?: string;
  /** The reader's words as typed, trimmed, for the announcement. */
  display: string;
}

/** Curly to straight quotes, one space between words. */
export function straightenQuotes(raw: string): string {
  return raw.replace(doubleQuotes, '"').replace(singleQuotes, "'").replace(/\s+/g, ' ').trim();
}

/** The words alone: no quotation marks, no punctuation except apostrophes and hyphens inside words. */
export function looseWords(raw: string): string {
  return straightenQuotes(raw)
    .replace(/[^\p{L}\p{N}'\-\s]/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A query wrapped in quotes (`"second front"`, `“second front”`) is an exact-phrase search, the only kind Pagefind
 * runs (it must be the whole query); quote marks anywhere else are dropped and the words searched one by one.
 */
export function parseQuery(raw: string): SearchQuery {
  const straight = straightenQuotes(raw);
  // Shown and announced as typed, without the quote marks around the whole query.
  const typed = raw.replace(/\s+/g, ' ').trim();
  const display = /^"[^"]+"$/.test(straight) ? typed.slice(1, -1).trim() : typed;
  const words = looseWords(straight);
  if (!words) return { primary: '', display };
  const quoted = /^"[^"]+"$/.test(straight);
  return quoted ? { primary: `"${words}"`, fallback: words, display } : { primary: words, display };
}
