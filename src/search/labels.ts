/** The search UI's words in one place. */
import type { HitKind } from './hit.ts';

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

function resultCountText(count: number, query: string): string {
  if (!query) return count === 1 ? '1 result' : `${count} results`;
  if (count === 0) return `No results for “${query}”`;
  return `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`;
}

const quoted = (words: readonly string[]) => words.map((word) => `“${word}”`).join(', ');

/** The announcement of a search: what was searched when it differs from what was typed, and which words were left out. */
export function outcomeText(outcome: { query: string; corrected?: string; leftOut: readonly string[]; hits: readonly unknown[]; filtered: boolean; unfilteredCount: number }): string {
  const count = outcome.hits.length;
  if (!outcome.query) return count === 0 && outcome.filtered ? 'No results with these filters' : resultCountText(count, '');
  const leftOut = outcome.leftOut.length ? ` (left out ${quoted(outcome.leftOut)}: no page has every word)` : '';
  if (count === 0 && outcome.filtered && outcome.unfilteredCount > 0) {
    return `No results for “${outcome.query}” with these filters (${outcome.unfilteredCount} without them)`;
  }
  if (outcome.corrected && count > 0) {
    return `Showing results for “${outcome.corrected}” (you typed “${outcome.query}”): ${count} ${count === 1 ? 'result' : 'results'}${leftOut}`;
  }
  return `${resultCountText(count, outcome.query)}${leftOut}`;
}
export const noResultsHelp = {
  intro: 'Try:',
  tips: ['checking the spelling of a name or a rare word;', 'fewer words: the two or three you are surest of;'],
  browse: 'browsing',
  lists: [
    { href: '/quotes/', text: 'every quote' },
    { href: '/people/', text: 'the people quoted' },
    { href: '/timeline/', text: 'the timeline of events' },
  ],
  filtersEmptied: 'The filters ticked leave out every result for these words.',
  filtersExclusive: 'No page has all the filters ticked.',
  clearFilters: 'Clear the filters',
};

/** In `astro dev` there is no index until a build has made one: the dev server logs this, and the search says it. */
export const devIndexMissing =
  'No search index yet: `astro dev` serves the index of the last `npm run build` (dist/pagefind/). Run `npm run build` once, then search works in dev too.';

export const messages = {
  loading: 'Loading search…',
  prompt: 'Type a few words: a remembered quote, a name, an event.',
  failed: 'Search could not load. Try again, or browse the quotes and people pages.',
  failedInDev: devIndexMissing,
};
