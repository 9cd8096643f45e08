/** The search UI's words in one place, and the title format shared by the indexer's anchors and the results list. */
import type { HitKind } from './engine.ts';

/** Separates a quote's words from its speaker in a sub-result title (set at build time, split in the browser). */
export const speakerSeparator = ' — ';

export const kindLabels: Record<HitKind, string> = {
  quote: 'Quote',
  section: 'Section',
  note: 'Note',
  event: 'Event',
  person: 'Person',
  article: 'Article',
};

/** Plural headings for the result groups, in the order groups are listed when they tie. */
export const groupLabels: Record<HitKind, string> = {
  quote: 'Quotes',
  section: 'Article sections',
  note: 'Notes',
  event: 'Timeline events',
  person: 'People',
  article: 'Articles',
};

/** Filter names and values as a reader reads them. */
export const filterLabels: Record<string, string> = { type: 'Type', speaker: 'Speaker', year: 'Year', kind: 'Event kind' };
export const typeValueLabels: Record<string, string> = { quote: 'Quotes', article: 'Articles', event: 'Timeline events', person: 'People' };

export function resultCountText(count: number, query: string): string {
  if (!query) return count === 1 ? '1 result' : `${count} results`;
  if (count === 0) return `No results for “${query}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

export const messages = {
  loading: 'Loading search…',
  prompt: 'Type a few words: a remembered quote, a name, an event.',
  failed: 'Search could not load. Try again, or browse the quotes and people pages.',
  /** In `astro dev` there is no index until a build has made one. */
  failedInDev: 'Search could not load: `astro dev` serves the index of the last build (dist/pagefind/). Run `npm run build` once.',
};
