/**
 * Corrects typing mistakes against the index's own vocabulary (written at build time, src/search/vocabulary.ts):
 * a word the index lacks becomes the nearest indexed word within one or two edits. Hand-written because the
 * vocabulary is small (about 1,700 words) and a plain edit distance over it takes well under a millisecond.
 */
import { wordsOf } from './words.ts';

export interface Vocabulary {
  /** Words, most frequent first. */
  words: readonly string[];
  known: ReadonlySet<string>;
}

export function vocabularyFrom(text: string): Vocabulary {
  const words = text.split('\n').filter(Boolean);
  return { words, known: new Set(words) };
}

/** Endings a search may add or drop without a typing mistake (force, forces; cooperated, cooperation), longest first. */
const endings = /(?:ations?|ions?|ings?|ers?|ed|es|s|ly)$/;
/** `word` without a common ending, unless that leaves fewer than four letters ("fores" stays whole: "for" says too little). */
const stemOf = (word: string) => {
  const stem = word.replace(endings, '');
  return stem.length >= 4 ? stem : word;
};

/**
 * Whether a page's `token` is the searched `term` spelt right: the same word with its own ending, or a word the term
 * begins (still being typed). Stricter than the ranking's likeness on purpose: "fores" shares four letters with
 * "foreign", but only a correction ("forces") finds what was meant.
 */
export function spelledAs(token: string, term: string): boolean {
  const stem = stemOf(term);
  return token.startsWith(stem) || stemOf(token) === stem;
}

/** Edits allowed for a word of this length: none under 4 letters (too many near neighbours), one up to 5, two beyond. */
function editsAllowed(length: number): number {
  return length < 4 ? 0 : length <= 5 ? 1 : 2;
}

/** Optimal string alignment distance (insertions, deletions, substitutions, swaps of neighbours), or `limit + 1` once it is over `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The indexed word nearest to `word`, or undefined when none is close enough; ties go to the more frequent word. */
export function nearestWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = editsAllowed(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of vocabulary.words) {
    const distance = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 1) break; // the most frequent word one edit away: a closer one would be the word itself
    }
  }
  return best;
}

export interface Correction {
  /** The words to search for. */
  words: string[];
  /** Each corrected word and what it became, in query order. */
  changes: { from: string; to: string }[];
}

/**
 * Corrects each word the index lacks. The last word may be a word still being typed: a beginning of an indexed word
 * is left as it is (Pagefind completes it).
 */
export function correctWords(query: string, vocabulary: Vocabulary): Correction {
  const typed = wordsOf(query);
  const changes: Correction['changes'] = [];
  const words = typed.map((word, index) => {
    if (vocabulary.known.has(word) || /^\d+$/.test(word)) return word;
    if (index === typed.length - 1 && vocabulary.words.some((known) => known.startsWith(word))) return word;
    const nearest = nearestWord(word, vocabulary);
    if (!nearest) return word;
    changes.push({ from: word, to: nearest });
    return nearest;
  });
  return { words, changes };
}
