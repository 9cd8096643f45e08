/** Loads Pagefind on first use and turns its results into labelled hits: quotes, sections, notes, events, people, articles. */
import { parseQuery } from './query.ts';
import { speakerSeparator } from './labels.ts';
import { withBase } from '../links/urls.ts';

/** The filters the site indexes; the /search/ page offers them in this order. */
export const filterNames = ['type', 'speaker', 'year', 'kind'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Partial<Record<FilterName, string[]>>;
/** Counts per value of each filter, e.g. { type: { quote: 12, person: 6 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export type HitKind = 'quote' | 'section' | 'note' | 'event' | 'person' | 'article';

export interface Hit {
  kind: HitKind;
  title: string;
  url: string;
  /** Pagefind's excerpt: HTML-escaped text with the matched words in <mark>. */
  excerpt: string;
  speaker?: string;
  date?: string;
  /** A person's title at the time; an event's kind. */
  detail?: string;
}

export interface SearchOutcome {
  query: string;
  hits: Hit[];
  /** Pages that matched, before sub-results are split out. */
  pageCount: number;
  counts: FilterCounts;
}

interface PagefindAnchor {
  element: string;
  id: string;
}
interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: PagefindSubResult[];
}
interface PagefindSearch {
  results: { id: string; data: () => Promise<PagefindData> }[];
  filters: FilterCounts;
  totalFilters: FilterCounts;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: { filters?: Filters }) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

/** Where the built index lives; a variable so the bundler leaves the import for the browser. */
const pagefindUrl = withBase('/pagefind/pagefind.js');
/** How many pages of results are shown; a few sub-results each may add entries. */
const pagesShown = 12;
const subResultsPerPage = 3;

let loading: Promise<Pagefind> | undefined;

/** Imports the Pagefind engine and its index entry once; nothing is fetched before the first call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // Pagefind's default ranking is kept: on the real content, tuned termSimilarity/pageLength/termSaturation/
    // termFrequency/metaWeights ranked every quote window exactly as the defaults did (tests/e2e/search-quotes.test.ts).
    // What ranks a quote first is structural: a short page per quote, its words as the title and weighted 10.
    await pagefind.options({ excerptLength: 24, basePath: withBase('/pagefind/'), baseUrl: withBase('/') });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

function subResultKind(anchor: PagefindAnchor | undefined): HitKind {
  if (!anchor) return 'article';
  if (/^h\d$/i.test(anchor.element)) return 'section';
  if (anchor.element === 'aside') return 'note';
  return 'quote';
}

/** A page result as hits: a quote, event or person page is one hit; an article is split into its matching sections, quotes and notes. */
export function hitsOf(data: PagefindData): Hit[] {
  const type = data.meta.type ?? 'article';
  if (type !== 'article') {
    return [
      {
        kind: type === 'quote' || type === 'event' || type === 'person' ? type : 'article',
        title: data.meta.title ?? data.url,
        // A quote lands on its place in the article; its own page is one click further.
        url: data.meta.place ?? data.url,
        excerpt: data.excerpt,
        speaker: data.meta.speaker,
        date: data.meta.date,
        detail: data.meta.role ?? data.meta.kind,
      },
    ];
  }
  const subResults = [...data.sub_results]
    .sort((a, b) => b.locations.length - a.locations.length)
    .slice(0, subResultsPerPage);
  if (subResults.length === 0) return [{ kind: 'article', title: data.meta.title ?? data.url, url: data.url, excerpt: data.excerpt }];
  return subResults.map((sub) => {
    const kind = subResultKind(sub.anchor);
    if (kind === 'quote') {
      const cut = sub.title.lastIndexOf(speakerSeparator);
      if (cut > 0) return { kind, title: sub.title.slice(0, cut), speaker: sub.title.slice(cut + speakerSeparator.length), url: sub.url, excerpt: sub.excerpt };
    }
    return { kind, title: kind === 'article' ? (data.meta.title ?? sub.title) : sub.title, url: sub.url, excerpt: sub.excerpt };
  });
}

/** The results of `matched` in the order of `ranked`; results `ranked` lacks keep their place at the end. */
export function inRankOrder<T extends { id: string }>(matched: readonly T[], ranked: readonly { id: string }[]): T[] {
  const rank = new Map(ranked.map((result, index) => [result.id, index]));
  return [...matched].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/** Searches the site: an exact phrase first when the reader quoted one, then the words alone if the phrase finds nothing. */
export async function searchSite(raw: string, filters: Filters = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = parseQuery(raw);
  const activeFilters = Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0));
  const term = query.primary || null;
  if (term === null && Object.keys(activeFilters).length === 0) {
    return { query: query.display, hits: [], pageCount: 0, counts: await pagefind.filters() };
  }
  let search = await pagefind.search(term, { filters: activeFilters });
  if (search && query.fallback) {
    // Pagefind's exact-phrase results ignore the weights that put a quote's own page first: keep the pages
    // the phrase matched, in the order the same words rank them.
    const ranked = await pagefind.search(query.fallback, { filters: activeFilters });
    if (search.results.length === 0) search = ranked;
    else if (ranked) search = { ...search, results: inRankOrder(search.results, ranked.results) };
  }
  if (!search) return { query: query.display, hits: [], pageCount: 0, counts: {} };
  const pages = await Promise.all(search.results.slice(0, pagesShown).map((result) => result.data()));
  const hits: Hit[] = [];
  const seen = new Map<string, Hit>();
  for (const hit of pages.flatMap(hitsOf)) {
    // A quote's page and its place in the article lead to the same spot: list it once.
    const earlier = seen.get(hit.url);
    if (earlier) {
      earlier.speaker ??= hit.speaker;
      earlier.date ??= hit.date;
      continue;
    }
    seen.set(hit.url, hit);
    hits.push(hit);
  }
  return { query: query.display, hits, pageCount: search.results.length, counts: search.filters };
}
