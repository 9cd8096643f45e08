import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import type { Root } from 'hast';
import { unified } from 'unified';
import { hitsOf, type PagefindAnchor, type PagefindData, type PagefindSubResult } from '../../src/search/hits.ts';
import { groupHits } from '../../src/search/results.ts';
import { readSearchState, writeSearchState } from '../../src/search/search-state.ts';
import { rehypeSearchAnchors } from '../../src/search/rehype-search-anchors.ts';

/** A page result as Pagefind returns it, its text split into words as Pagefind counts them. */
const page = (meta: Record<string, string>, content: string, more: Partial<PagefindData> = {}): PagefindData => ({
  url: '/quotes/rounds-second-front/',
  excerpt: 'a <mark>second</mark> <mark>front</mark>',
  content,
  locations: [],
  anchors: [],
  meta,
  sub_results: [],
  ...more,
});

/** A sub-result of the page at `url`, starting at `anchor`; `locations` are the words it matched. */
const subResult = (url: string, anchor: PagefindAnchor, title: string, locations: number[], excerpt = 'x'): PagefindSubResult => ({
  title,
  url: `${url}#${anchor.id}`,
  excerpt,
  locations,
  anchor,
});

/** An anchor of an article; with `sub`, a Pagefind sub-result also starts there. */
interface Part extends PagefindAnchor {
  sub?: { title: string; locations: number[]; excerpt?: string };
}

/** The result for /articles/a/: its anchors in order, those with a `sub` each starting a sub-result. */
const articleResult = (content: string, parts: Part[]): PagefindData =>
  page({ type: 'article', title: 'The article' }, content, {
    url: '/articles/a/',
    anchors: parts.map(({ sub: _, ...anchor }) => anchor),
    sub_results: parts.flatMap(({ sub, ...anchor }) => (sub ? [subResult('/articles/a/', anchor, sub.title, sub.locations, sub.excerpt)] : [])),
  });

describe('search › results', () => {
  it('a quote page result leads to the quote’s place in the article, with its speaker and date', () => {
    const [hit] = hitsOf(page({ type: 'quote', title: '“a second front”', place: '/articles/a/#rounds-second-front', speaker: 'Mike Rounds', date: '2 May 2024' }, '“a second front” Mike Rounds', { locations: [1, 2] }), ['second', 'front']);
    expect(hit).toMatchObject({ kind: 'quote', url: '/articles/a/#rounds-second-front', speaker: 'Mike Rounds', date: '2 May 2024' });
    expect(hit!.quality).toMatchObject({ titleCover: 1, phrase: true, cover: 1, span: 2 });
  });

  it('an article result splits into its best passages: a quote naming the words first, a section landing on its paragraph, a note', () => {
    //               0        1       2      3      4      5  6   7     8      9   10    11 12     13      14   15    16    17     18
    const content = 'Warnings Senator Rounds warned of a second front in Asia. A second front, Note Senator Mike Rounds second front';
    const hits = hitsOf(
      articleResult(content, [
        { element: 'h2', id: 'warnings', location: 0, sub: { title: 'Warnings', locations: [6, 7] } },
        { element: 'p', id: 'p-senator', location: 1 },
        { element: 'span', id: 'rounds-second-front', location: 10, sub: { title: 'A second front, — Mike Rounds', locations: [11, 12] } },
        { element: 'aside', id: 'note-rounds', location: 13, sub: { title: 'Note: Senator Mike Rounds', locations: [17, 18] } },
      ]),
      ['second', 'front'],
    );
    expect(hits.map((hit) => [hit.kind, hit.url, hit.title])).toEqual([
      ['quote', '/articles/a/#rounds-second-front', 'A second front,'],
      ['section', '/articles/a/#p-senator', 'Warnings'],
      ['note', '/articles/a/#note-rounds', 'Note: Senator Mike Rounds'],
    ]);
    expect(hits[0]).toMatchObject({ speaker: 'Mike Rounds' });
  });

  it('words found after a quote, in the rest of its paragraph, make a passage hit on that paragraph, titled by its section', () => {
    //               0        1       2      3     4           5           6   7 8        9  10
    const content = 'Warnings Senator Rounds said: “unlimited” partnership and a lifeline to Russia.';
    const hits = hitsOf(
      articleResult(content, [
        { element: 'h2', id: 'warnings', location: 0, sub: { title: 'Warnings', locations: [] } },
        { element: 'p', id: 'p-senator', location: 1 },
        { element: 'span', id: 'xi-unlimited', location: 4, sub: { title: '“unlimited” — Xi Jinping', locations: [8], excerpt: 'a <mark>lifeline</mark>' } },
      ]),
      ['lifeline'],
    );
    expect(hits[0]).toMatchObject({ kind: 'section', url: '/articles/a/#p-senator', title: 'Warnings' });
    expect(hits[0]!.speaker).toBeUndefined();
  });

  it('words found in the paragraph after a side note make a passage hit on that paragraph, not on the note', () => {
    //               0        1    2   3     4          5      6       7   8 9        10 11
    const content = 'Warnings Note The hearing Thursday. Putin Beijing and a lifeline to Russia.';
    const data = (noteWords: number[]) =>
      articleResult(content, [
        { element: 'h2', id: 'warnings', location: 0, sub: { title: 'Warnings', locations: [] } },
        { element: 'aside', id: 'note-hearing', location: 1, sub: { title: 'Note: The hearing', locations: noteWords } },
        { element: 'p', id: 'p-putin', location: 5 },
      ]);
    expect(hitsOf(data([9]), ['lifeline'])[0]).toMatchObject({ kind: 'section', url: '/articles/a/#p-putin', title: 'Warnings' });
    expect(hitsOf(data([4]), ['thursday'])[0]).toMatchObject({ kind: 'note', url: '/articles/a/#note-hearing', title: 'Note: The hearing' });
  });

  it('a quote page hit names the wording that holds the words searched: word for word first, then a phrase of like words, an outlet’s before the article’s on a tie', () => {
    const article = 'If we engage with one party, we are likely to face a second front';
    const printed = 'if we were to have a conflict with one, chances are that we would have a second front';
    const sub = (title: string, id: string, location: number) => subResult('/quotes/q/', { element: 'h3', id, location }, title, [location]);
    const quotePage = page({ type: 'quote', title: `“${printed}”`, speaker: 'Mike Rounds', wordings: `${article} / ${printed}` }, `${printed} ${article}`, {
      locations: [0],
      sub_results: [sub('The article’s wording', 'article-wording', 20), sub('As printed by Bloomberg', 'wording-1', 0)],
    });
    const matched = (terms: string[]) => hitsOf(quotePage, terms)[0]?.detail;
    expect(matched(['conflict', 'with', 'one'])).toBe('Matched: As printed by Bloomberg');
    expect(matched(['engage', 'with', 'one'])).toBe('Matched: The article’s wording');
    expect(matched(['a', 'second', 'front'])).toBe('Matched: As printed by Bloomberg');
    // "fronts" is like "front" in both; word for word it is in neither, so the tie goes to the outlet.
    expect(matched(['second', 'fronts'])).toBe('Matched: As printed by Bloomberg');
    expect(matched(['likely', 'to', 'face'])).toBe('Matched: The article’s wording');
    // Word for word beats like words: "our joint forces" is the article's, though Bloomberg's "our joint force" is close.
    const kruse = page({ type: 'quote', title: '“x”', speaker: 'Jeffrey Kruse', wordings: 'we think about our joint forces / concerned about our joint force requirements / about what are our joint-force requirements' }, 'x', {
      locations: [0],
      sub_results: [sub('As printed by Bloomberg', 'wording-1', 0), sub('As printed by SCMP', 'wording-2', 5), sub('The article’s wording', 'article-wording', 9)],
    });
    expect(hitsOf(kruse, ['our', 'joint', 'forces'])[0]?.detail).toBe('Matched: The article’s wording');
    expect(hitsOf(kruse, ['our', 'joint', 'force'])[0]?.detail).toBe('Matched: As printed by Bloomberg');
    // "about what are our joint-force requirements" is searched without its question word "what".
    expect(hitsOf(kruse, ['about', 'are', 'our', 'joint', 'force', 'requirements'])[0]?.detail).toBe('Matched: As printed by SCMP');
    // Typed "about our joint forces what": the question word is left out of the search, yet only the article has all four as typed.
    const typed = page({ type: 'quote', title: '“x”', speaker: 'Jeffrey Kruse', wordings: 'about our joint forces what / about our joint forces' }, 'x', {
      locations: [0],
      sub_results: [sub('As printed by Bloomberg', 'wording-1', 0), sub('The article’s wording', 'article-wording', 4)],
    });
    expect(hitsOf(typed, ['our', 'joint', 'forces'], ['our', 'joint', 'forces', 'what'])[0]?.detail).toBe('Matched: The article’s wording');
    expect(hitsOf(typed, ['our', 'joint', 'forces'])[0]?.detail).toBe('Matched: As printed by Bloomberg');
  });

  it('a quote page found only by its context paragraph is left out (the article passage is the hit); found by its speaker, it stays', () => {
    const quotePage = (terms: string[]) =>
      hitsOf(page({ type: 'quote', title: '“unlimited”', speaker: 'Xi Jinping', place: '/articles/a/#xi' }, '“unlimited” Xi Jinping Context a lifeline to Russia', { locations: [0, 1, 2, 5] }), terms);
    expect(quotePage(['lifeline'])).toEqual([]);
    expect(quotePage(['jinping'])).toHaveLength(1);
    expect(quotePage(['unlimited'])).toHaveLength(1);
  });

  it('groups hits by type, the group of the best hit first', () => {
    const hit = (kind: 'quote' | 'person' | 'section', url: string) => ({ kind, url, title: url, excerpt: '' });
    const groups = groupHits([hit('person', '/p/'), hit('quote', '/q1/'), hit('person', '/p2/'), hit('section', '/s/')]);
    expect(groups.map((g) => [g.kind, g.hits.map((h) => h.url)])).toEqual([
      ['person', ['/p/', '/p2/']],
      ['quote', ['/q1/']],
      ['section', ['/s/']],
    ]);
  });
});

describe('search › URL state', () => {
  it('a search with filters survives the round trip through /search/?q=…', () => {
    const params = writeSearchState({ query: ' second front ', filters: { type: ['quote'], speaker: ['Mike Rounds', 'Avril Haines'], year: [] } });
    expect(params.toString()).toBe('q=second+front&type=quote&speaker=Mike+Rounds&speaker=Avril+Haines');
    expect(readSearchState(params)).toEqual({ query: 'second front', filters: { type: ['quote'], speaker: ['Mike Rounds', 'Avril Haines'] } });
  });

  it('ignores parameters that are not filters', () => {
    expect(readSearchState(new URLSearchParams('q=x&utm_source=feed&kind=naval'))).toEqual({ query: 'x', filters: { kind: ['naval'] } });
  });
});

describe('search › anchors', () => {
  it('titles section headings and notes for Pagefind sub-results (quotes come titled from the quote plugin)', () => {
    const tree: Root = {
      type: 'root',
      children: [
        h('h2', { id: 'second-front' }, ['The second front']),
        h('aside', { className: ['note'], id: 'note-rounds' }, [h('details', [h('summary', [h('span', { className: ['note-title'] }, 'Senator Mike Rounds')])])]),
        h('p', { id: 'p-plain' }, 'A paragraph is not a sub-result.'),
      ],
    };
    unified().use(rehypeSearchAnchors).runSync(tree);
    const titles = tree.children.map((node) => (node.type === 'element' ? node.properties.dataPagefindTitle : undefined));
    expect(titles).toEqual(['The second front', 'Note: Senator Mike Rounds', undefined]);
  });
});

describe('search › exact phrases', () => {
  it('keeps the pages an exact phrase matched, in the order the same words rank them', async () => {
    const { inRankOrder } = await import('../../src/search/engine.ts');
    const matched = [{ id: 'neighbour' }, { id: 'own-page' }, { id: 'only-exact' }];
    expect(inRankOrder(matched, [{ id: 'own-page' }, { id: 'other' }, { id: 'neighbour' }]).map((r) => r.id)).toEqual(['own-page', 'neighbour', 'only-exact']);
  });
});
