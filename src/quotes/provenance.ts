/** What the site says about a quote's wording, from its entry in content/quotes/: which wording to cite, whether the article's is a rendering. */
import type { QuoteProvenance, QuoteRelation, ReportedWording } from '../content/schemas.ts';

/** The article's wording is its own rendering: outlets printed the remark, and none printed the article's words. */
export function isRendering(quote: Pick<QuoteProvenance, 'reported'>): boolean {
  return quote.reported.length > 0 && quote.reported.every((wording) => wording.relation === 'rendering');
}

/** The wording a citation gives: the first one listed (editors put the fullest, best-sourced first). */
export function citedWording(quote: Pick<QuoteProvenance, 'reported'>): ReportedWording | undefined {
  return quote.reported[0];
}

/** How the article's wording relates to an outlet's, as a reader reads it. */
export const relationLabels: Record<QuoteRelation, string> = {
  same: 'The article gives the same words.',
  shortened: 'The article gives these words, shortened.',
  rendering: 'The article gives its own rendering: different words, the same meaning.',
};

/** How a quote's wording stands overall: same, shortened, rendering or not found (for counts and the data files). */
export function overallRelation(quote: Pick<QuoteProvenance, 'reported'>): QuoteRelation | 'not-found' {
  if (quote.reported.length === 0) return 'not-found';
  const relations = quote.reported.map((wording) => wording.relation);
  return relations.includes('same') ? 'same' : relations.includes('shortened') ? 'shortened' : 'rendering';
}
