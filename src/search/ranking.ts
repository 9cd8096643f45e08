/**
 * Re-ranks the shown results by how well they match the words searched, from Pagefind's word locations: words in the
 * result's own title first (a quote's words, a person's name and role, an event's name, a heading), then the words
 * as a phrase, then all words present, then the words closest together. Pagefind's own order breaks ties.
 */
import { wordsOf } from './words.ts';

export interface MatchQuality {
  /** Share of the searched words found in the result's own title (0–1, by letters: long words weigh more). */
  titleCover: number;
  /** The words stand in the order searched, each within two words of the one before. */
  phrase: boolean;
  /** Share of the searched words found at the result's locations (0–1, by letters). */
  cover: number;
  /** Words from the first to the last of the closest group holding every word found (1 for a single word). */
  span: number;
  /** Where that closest group starts: the landing place for a hit inside a long passage. */
  start: number;
}

/** A word of the text matches a searched word when one begins the other or they share most of a stem ("cooperation", "cooperating"). */
function sameWord(token: string, term: string): boolean {
  if (token.startsWith(term) || (token.length >= 4 && term.startsWith(token))) return true;
  let shared = 0;
  while (shared < token.length && shared < term.length && token[shared] === term[shared]) shared += 1;
  return shared >= 4 && shared >= term.length - 3 && shared >= token.length - 4;
}

function termIndex(token: string, terms: readonly string[]): number {
  return terms.findIndex((term) => sameWord(token, term));
}

/** The searched words' positions at `locations` of the text (split at whitespace, as Pagefind counts words). */
function positionsOf(terms: readonly string[], words: readonly string[], locations: readonly number[]): { at: number; term: number }[] {
  const found: { at: number; term: number }[] = [];
  for (const at of [...new Set(locations)].sort((a, b) => a - b)) {
    for (const token of wordsOf(words[at] ?? '')) {
      const term = termIndex(token, terms);
      if (term >= 0) {
        found.push({ at, term });
        break;
      }
    }
  }
  return found;
}

function hasPhrase(terms: readonly string[], found: readonly { at: number; term: number }[]): boolean {
  if (terms.length < 2) return false;
  const byPosition = new Map<number, Set<number>>();
  for (const { at, term } of found) byPosition.set(at, (byPosition.get(at) ?? new Set()).add(term));
  // Each word may also match a later term (a repeated word): test every start.
  return found.some(({ at, term }) => {
    if (term !== 0) return false;
    let position = at;
    for (let next = 1; next < terms.length; next += 1) {
      const step = [1, 2].find((gap) => byPosition.get(position + gap)?.has(next));
      if (step === undefined) return false;
      position += step;
    }
    return true;
  });
}

/** The shortest run of positions holding every distinct word found. */
function closestGroup(found: readonly { at: number; term: number }[]): { span: number; start: number } {
  const wanted = new Set(found.map((f) => f.term)).size;
  const inWindow = new Map<number, number>();
  let best = { span: Infinity, start: found[0]?.at ?? 0 };
  let left = 0;
  for (let right = 0; right < found.length; right += 1) {
    inWindow.set(found[right]!.term, (inWindow.get(found[right]!.term) ?? 0) + 1);
    while (inWindow.size === wanted) {
      const span = found[right]!.at - found[left]!.at + 1;
      if (span < best.span) best = { span, start: found[left]!.at };
      const term = found[left]!.term;
      const count = inWindow.get(term)! - 1;
      if (count === 0) inWindow.delete(term);
      else inWindow.set(term, count);
      left += 1;
    }
  }
  return best;
}

/** The share of the searched words' letters in the words found: "certainly" counts for more than "it". */
function share(terms: readonly string[], found: (term: string, index: number) => boolean): number {
  const letters = terms.reduce((sum, term) => sum + term.length, 0);
  return letters ? terms.reduce((sum, term, index) => sum + (found(term, index) ? term.length : 0), 0) / letters : 0;
}

export function matchQuality(terms: readonly string[], title: string, words: readonly string[], locations: readonly number[]): MatchQuality {
  const titleTokens = wordsOf(title);
  const titleCover = share(terms, (term) => titleTokens.some((token) => sameWord(token, term)));
  const found = positionsOf(terms, words, locations);
  const foundTerms = new Set(found.map((f) => f.term));
  const cover = share(terms, (_, index) => foundTerms.has(index));
  return { titleCover, phrase: hasPhrase(terms, found), cover, ...closestGroup(found) };
}

/** Better first: negative when `a` should come before `b`. */
export function compareQuality(a: MatchQuality, b: MatchQuality): number {
  return b.titleCover - a.titleCover || Number(b.phrase) - Number(a.phrase) || b.cover - a.cover || a.span - b.span;
}
