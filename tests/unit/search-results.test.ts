import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import type { Root } from 'hast';
import { hitsOf } from '../../src/search/engine.ts';
import { groupHits } from '../../src/search/results.ts';
import { readSearchState, writeSearchState } from '../../src/search/search-state.ts';
import { rehypeSearchAnchors } from '../../src/search/rehype-search-anchors.ts';

const page = (meta: Record<string, string>, sub_results: Parameters<typeof hitsOf>[0]['sub_results'] = []) => ({
  url: '/quotes/rounds-second-front/',
  excerpt: 'a <mark>second</mark> <mark>front</mark>',
  meta,
  sub_results,
});

describe('search › results', () => {
  it('a quote page result leads to the quote’s place in the article, with its speaker and date', () => {
    const [hit] = hitsOf(page({ type: 'quote', title: '“a second front”', place: '/articles/a/#rounds-second-front', speaker: 'Mike Rounds', date: '2 May 2024' }));
    expect(hit).toMatchObject({ kind: 'quote', url: '/articles/a/#rounds-second-front', speaker: 'Mike Rounds', date: '2 May 2024' });
  });

  it('an article result splits into its best sub-results: sections, quotes with their speaker, notes', () => {
    const hits = hitsOf({
      ...page({ type: 'article', title: 'The article' }),
      url: '/articles/a/',
      sub_results: [
        { title: 'The article', url: '/articles/a/', excerpt: 'x', locations: [1] },
        { title: 'The second front', url: '/articles/a/#second-front', excerpt: 'x', locations: [5, 6, 7], anchor: { element: 'h2', id: 'second-front' } },
        { title: '“a second front,” — Mike Rounds', url: '/articles/a/#rounds-second-front', excerpt: 'x', locations: [8, 9], anchor: { element: 'span', id: 'rounds-second-front' } },
        { title: 'Note: Senator Mike Rounds', url: '/articles/a/#note-rounds', excerpt: 'x', locations: [10, 11], anchor: { element: 'aside', id: 'note-rounds' } },
      ],
    });
    expect(hits.map((hit) => [hit.kind, hit.url])).toEqual([
      ['section', '/articles/a/#second-front'],
      ['quote', '/articles/a/#rounds-second-front'],
      ['note', '/articles/a/#note-rounds'],
    ]);
    expect(hits[1]).toMatchObject({ title: '“a second front,”', speaker: 'Mike Rounds' });
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
        h('h2', { id: 'second-front' }, ['The second front', h('a', { className: ['anchor'], dataPagefindIgnore: '' }, 'Link to “The second front”#')]),
        h('aside', { className: ['note'], id: 'note-rounds' }, [h('details', [h('summary', [h('span', { className: ['note-title'] }, 'Senator Mike Rounds')])])]),
        h('p', { id: 'p-plain' }, 'A paragraph is not a sub-result.'),
      ],
    };
    rehypeSearchAnchors()(tree);
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
