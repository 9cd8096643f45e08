/** What each kind of publisher is called on the site, and the words that type one source: "state media (China), reprint of Xinhua". */
import type { PublisherType, Source } from './schemas.ts';

export const publisherTypeLabels: Record<PublisherType, string> = {
  official: 'official',
  news: 'independent news',
  'state-media': 'state media',
  research: 'research or reference',
  repost: 'repost',
};

/** The type of one source in a few words, with its state and what it copies: shown beside the source wherever it is listed. */
export function sourceTypeLabel(source: Pick<Source, 'publisherType' | 'state' | 'copyOf'>): string {
  if (source.publisherType === 'repost') return `repost of ${source.copyOf?.publisher ?? 'another publisher'}`;
  const type = source.publisherType === 'state-media' ? `state media (${source.state})` : publisherTypeLabels[source.publisherType];
  return source.copyOf ? `${type}, reprint of ${source.copyOf.publisher}` : type;
}

/** A source a researcher should not rely on alone: a repost of someone else's text, or a page kept with a stated weakness. */
export function isWeak(source: Pick<Source, 'publisherType' | 'weak'>): boolean {
  return source.publisherType === 'repost' || source.weak !== undefined;
}
