/**
 * Searches the site with Pagefind: corrects typing mistakes against the index's vocabulary, leaves out question words
 * and, when all the words together find nothing, the fewest words needed to find something; re-ranks what is shown.
 */
import type { Hit } from './hit.ts';
import { hitsOf, type PagefindData } from './hits.ts';
import { parseQuery } from './query.ts';
import { compareQuality } from './ranking.ts';
import { correctWords, spelledAs, vocabularyFrom, type Vocabulary } from './spelling.ts';
import { questionWords, wordsOf } from './words.ts';
import { withBase } from '../links/urls.ts';

/** The filters the site indexes; the /search/ page offers them in this order. */
export const filterNames = ['type', 'speaker', 'year', 'kind'] as const;
export type FilterName = (typeof filterNames)[number];
export type Filters = Partial<Record<FilterName, string[]>>;
/** Counts per value of each filter, e.g. { type: { quote: 12, person: 6 } }. */
export type FilterCounts = Record<string, Record<string, number>>;

export interface SearchOutcome {
  /** The reader's words as typed. */
  query: string;
  /** The words searched, when spelling correction changed them ("Showing results for …"). */
  corrected?: string;
  /** Words left out because, with them, nothing was found. */
  leftOut: string[];
  hits: Hit[];
  /** Pages that matched, before sub-results are split out. */
  pageCount: number;
  /** Pages the words find with no filter (to say when a filter emptied the list). */
  unfilteredCount: number;
  filtered: boolean;
  counts: FilterCounts;
}

interface PagefindResult {
  id: string;
  data: () => Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: FilterCounts;
}
interface PagefindOptions {
  filters?: Filters;
  sort?: Record<string, 'asc' | 'desc'>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (term: string | null, options?: PagefindOptions) => Promise<PagefindSearch | null>;
  filters: () => Promise<FilterCounts>;
}

/** Where the built index lives; a variable so the bundler leaves the import for the browser. */
const pagefindUrl = withBase('/pagefind/pagefind.js');
const vocabularyUrl = withBase('/pagefind/vocabulary.txt');
/** How many pages of results are shown (a few passages each may add entries), and how many a listing by filters alone shows. */
const pagesShown = 12;
const pagesListed = 100;
/** A query of more words than this is not split into subsets when it finds nothing (too many searches). */
const maxWordsForSubsets = 8;

let loading: Promise<Pagefind> | undefined;
let loadingVocabulary: Promise<Vocabulary> | undefined;

/** Imports the Pagefind engine and its index entry once; nothing is fetched before the first call. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ pagefindUrl)) as Pagefind;
    // On the main thread: the index is small, and a worker costs its own script (43 KB) and a start-up on the first search.
    await pagefind.options({ excerptLength: 24, noWorker: true, basePath: withBase('/pagefind/'), baseUrl: withBase('/') });
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** The vocabulary, fetched the first time a searched word is missing from the results (so an exact search never pays for it). */
function loadVocabulary(): Promise<Vocabulary> {
  loadingVocabulary ??= fetch(vocabularyUrl).then(async (response) => {
    if (!response.ok) throw new Error(`${vocabularyUrl}: ${response.status}`);
    return vocabularyFrom(await response.text());
  });
  loadingVocabulary.catch(() => {
    loadingVocabulary = undefined;
  });
  return loadingVocabulary;
}

/** The results of `matched` in the order of `ranked`; results `ranked` lacks keep their place at the end. */
export function inRankOrder<T extends { id: string }>(matched: readonly T[], ranked: readonly { id: string }[]): T[] {
  const rank = new Map(ranked.map((result, index) => [result.id, index]));
  return [...matched].sort((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
}

/**
 * The largest set of words that some page has all of, given each word's pages; among sets as large, the one whose
 * words are on fewest pages (the rarer words say more). Words are indexes into `pagesOfWord`.
 */
export function largestMatchingSubset(pagesOfWord: readonly ReadonlySet<string>[]): number[] {
  const n = pagesOfWord.length;
  let best: number[] = [];
  let bestPages = Infinity;
  for (let mask = (1 << n) - 1; mask > 0; mask -= 1) {
    const chosen = [...Array(n).keys()].filter((i) => mask & (1 << i));
    const pages = chosen.reduce((sum, i) => sum + pagesOfWord[i]!.size, 0);
    if (chosen.length < best.length || (chosen.length === best.length && pages >= bestPages)) continue;
    const [first, ...rest] = chosen.map((i) => pagesOfWord[i]!);
    if ([...first!].some((page) => rest.every((others) => others.has(page)))) [best, bestPages] = [chosen, pages];
  }
  return best;
}

async function dateOrdered(pagefind: Pagefind, search: PagefindSearch, filters: Filters): Promise<PagefindSearch> {
  // Pagefind leaves pages without a date out of a sorted search: they follow the dated ones.
  const byDate = await pagefind.search(null, { filters, sort: { date: 'asc' } });
  return byDate ? { ...search, results: inRankOrder(search.results, byDate.results) } : search;
}

/**
 * Whether some searched word (three letters or more, not a number) is spelt right in none of the pages: Pagefind passes
 * over a word it lacks, and its stemming and prefix matching take "fores" for "foreign".
 */
function someWordMissing(terms: readonly string[], pages: readonly PagefindData[]): boolean {
  const tokens = new Set(pages.flatMap((page) => wordsOf(`${page.content} ${page.meta.title ?? ''}`)));
  return terms.some((term) => term.length >= 3 && !/^\d+$/.test(term) && ![...tokens].some((token) => spelledAs(token, term)));
}

export async function searchSite(raw: string, filters: Filters = {}): Promise<SearchOutcome> {
  const pagefind = await loadPagefind();
  const query = parseQuery(raw);
  const active = Object.fromEntries(Object.entries(filters).filter(([, values]) => values && values.length > 0)) as Filters;
  const filtered = Object.keys(active).length > 0;
  const outcome = (search: PagefindSearch | null, hits: Hit[] = []): SearchOutcome => ({
    query: query.display,
    leftOut: [],
    hits,
    pageCount: search?.results.length ?? 0,
    unfilteredCount: search?.unfilteredResultCount ?? 0,
    filtered,
    counts: search?.filters ?? {},
  });
  if (!query.primary) {
    if (!filtered) return { ...outcome(null), counts: await pagefind.filters() };
    const listing = await pagefind.search(null, { filters: active });
    if (!listing) return outcome(null);
    const ordered = await dateOrdered(pagefind, listing, active);
    return outcome(ordered, shownHits(await pagesOf(ordered, pagesListed), []));
  }

  const typed = wordsOf(query.fallback ?? query.primary);
  const withoutQuestion = (words: readonly string[]) => {
    const content = words.filter((word) => !questionWords.has(word));
    return content.length > 0 ? content : [...words];
  };
  let words = withoutQuestion(typed);
  const run = (terms: readonly string[]) => pagefind.search(terms.join(' '), { filters: active });

  let search: PagefindSearch | null;
  if (query.fallback) {
    // An exact phrase: keep the pages it matched, in the order the same words rank them (which puts a quote's own page first).
    const phrase = await pagefind.search(query.primary, { filters: active });
    const ranked = await run(words);
    search = phrase && phrase.results.length > 0 ? { ...phrase, results: inRankOrder(phrase.results, ranked?.results ?? []) } : ranked;
  } else {
    search = await run(words);
  }
  let pages = search ? await pagesOf(search, pagesShown) : [];
  let corrected: string | undefined;
  if (pages.length === 0 || someWordMissing(words, pages)) {
    const correction = correctWords(typed.join(' '), await loadVocabulary());
    if (correction.changes.length > 0) {
      corrected = correction.words.join(' ');
      words = withoutQuestion(correction.words);
      search = await run(words);
    }
  }
  let leftOut: string[] = [];
  if (search && search.results.length === 0 && words.length > 1 && words.length <= maxWordsForSubsets) {
    const alone = await Promise.all(words.map(async (word) => new Set((await run([word]))?.results.map((r) => r.id) ?? [])));
    const kept = largestMatchingSubset(alone);
    if (kept.length > 0) {
      leftOut = words.filter((_, i) => !kept.includes(i));
      words = kept.map((i) => words[i]!);
      search = await run(words);
    }
  }
  if (!search) return outcome(null);
  if (corrected || leftOut.length > 0) pages = await pagesOf(search, pagesShown);
  return { ...outcome(search, shownHits(pages, words, typed)), ...(corrected ? { corrected } : {}), leftOut };
}

function pagesOf(search: PagefindSearch, limit: number): Promise<PagefindData[]> {
  return Promise.all(search.results.slice(0, limit).map((result) => result.data()));
}

/** The hits of the pages shown, re-ranked by match quality (filter-only listings keep their date order), each place listed once. */
function shownHits(pages: readonly PagefindData[], terms: readonly string[], typed: readonly string[] = terms): Hit[] {
  const ranked = pages.flatMap((data) => hitsOf(data, terms, typed));
  if (terms.length > 0) ranked.sort((a, b) => compareQuality(a.quality, b.quality)); // stable: Pagefind's order breaks ties
  const hits: Hit[] = [];
  const seen = new Map<string, Hit>();
  for (const { quality: _, ...hit } of ranked) {
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
  return terms.length > 0 ? hits.map((hit) => ({ ...hit, url: withHighlight(hit.url, terms) })) : hits;
}

/** A place in an article, with the words searched for the article to mark there (src/share/arrival.ts). */
function withHighlight(url: string, terms: readonly string[]): string {
  const hash = url.indexOf('#');
  if (!url.startsWith(withBase('/articles/')) || hash < 0) return url;
  return `${url.slice(0, hash)}?${new URLSearchParams({ highlight: terms.join(' ') })}${url.slice(hash)}`;
}
