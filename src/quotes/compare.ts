/** A word-level comparison of a reported wording with the article's wording, as parts a page marks up with <del> and <ins>. */
import { diffWords } from 'diff';
import { bareWords } from './words.ts';

export interface ComparisonPart {
  /** kept: in both; reported: only in the outlet's wording (<del>); article: only in the article's (<ins>). */
  kind: 'kept' | 'reported' | 'article';
  text: string;
}

/** Case and punctuation count: the comparison shows exactly how the article's words differ from the printed ones. */
export function compareWordings(reported: string, article: string): ComparisonPart[] {
  return diffWords(bareWords(reported), bareWords(article)).map((change) => ({
    kind: change.added ? 'article' : change.removed ? 'reported' : 'kept',
    text: change.value,
  }));
}
