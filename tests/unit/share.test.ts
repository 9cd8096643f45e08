/** Sharing's pure parts: text fragments, citations, cards (size, determinism), JSON-LD, sitemap, feed, aliases, the link checker and the id check. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { textFragment, encodeTerm } from '../../src/share/text-fragment.ts';
import { quoteCitation, renderingCitation } from '../../src/share/citation.ts';
import { renderCardUncached, cardHash } from '../../src/publish/cards/render.ts';
import { articleCard, eventCard, fitText, fractionalYear, quoteCard } from '../../src/publish/cards/templates.ts';
import { pngSize } from '../../src/publish/png.ts';
import { eventJsonLd, quotationJsonLd } from '../../src/publish/json-ld.ts';
import { sitemapEntry, sitemapXml } from '../../src/publish/sitemap.ts';
import { atomFeed } from '../../src/publish/feed.ts';
import { fragmentAliases, pageRedirects, parseAliases } from '../../src/links/aliases.ts';
import { findBrokenLinks } from '../tools/check-links.ts';
import type { Exercise, Person } from '../../src/content/schemas.ts';

const fixtures = join(import.meta.dirname, '../fixtures/share');
const ada: Person = { id: 'ada-example', name: 'Ada Example', shortName: 'Example', title: 'Director of Examples', organisation: 'Example Agency', bio: 'x', sources: ['s'] };
const drill: Exercise = {
  id: '2023-07-example-drill', name: 'Example drill', start: '2023-07-20', end: '2023-07-23', precision: 'day', kind: 'naval', partners: ['China', 'Russia'],
  location: { name: 'Example Sea', lat: 40.5, lon: 135.2 }, regions: [], summary: 'A drill.', sources: ['example-news'], confidence: 'high',
};

describe('share › text fragment', () => {
  it('matches a short quote whole, without a prefix, when its words are unique on the page', () => {
    expect(textFragment({ quote: '“Certainly it is possible,”', before: 'saying, ', pageText: 'saying, “Certainly it is possible,” but' })).toBe(':~:text=Certainly%20it%20is%20possible');
  });
  it('matches a long quote by its first and last four words', () => {
    const quote = '“We see China and Russia conducting joint exercises related to Taiwan.”';
    expect(textFragment({ quote, before: '', pageText: quote })).toBe(':~:text=We%20see%20China%20and,exercises%20related%20to%20Taiwan.');
  });
  it('adds the preceding words, and joins the opening quotation mark to the start, when the words occur twice (the Key quotes copy)', () => {
    const quote = '“We don’t see why they wouldn’t.”';
    const fragment = textFragment({ quote, before: 'began at 10:30 and said, ', pageText: `began at 10:30 and said, ${quote} … Key quotes ${quote}` });
    expect(fragment).toBe(':~:text=10%3A30%20and%20said%2C-,%E2%80%9CWe%20don%E2%80%99t%20see%20why%20they%20wouldn%E2%80%99t.');
  });
  it('escapes the characters that mean something inside the directive', () => {
    expect(encodeTerm('a-b, c&d')).toBe('a%2Db%2C%20c%26d');
  });
});

describe('share › citation', () => {
  const context = { articleTitle: 'Example', siteName: 'Two Fronts', date: '3 May 2024', url: 'https://x.example/a/#q' };
  const quote = {
    speakers: [{ id: 'ada-example', name: 'Ada Example', title: 'Director of Examples', page: 'https://x.example/people/ada-example/' }],
    said: { date: '2024-05-02', precision: 'day', occasion: 'hearing', description: 'Example Committee hearing', place: null },
    articleWording: 'We don’t see why they wouldn’t.',
    reported: [{ text: 'we see no reason why they wouldn’t', outlet: 'Example Wire', relation: 'rendering', source: { id: 'r', title: 'Officials testify', publisher: 'The Reprinting Times', date: '2024-05-03', url: 'https://example.org/r' } }],
  };

  it('gives the words as the outlet printed them, the speaker and the date said, the outlet and page, then the article where they were found', () => {
    expect(quoteCitation(quote, context)).toBe(
      '“we see no reason why they wouldn’t”\n— Ada Example, Director of Examples, 2 May 2024 (Example Committee hearing)\n' +
        'As printed by Example Wire (in The Reprinting Times): “Officials testify”, 3 May 2024, https://example.org/r\nFound via “Example”, Two Fronts, 3 May 2024: https://x.example/a/#q',
    );
  });

  it('labels the article’s wording as its rendering, never as the speaker’s words', () => {
    expect(renderingCitation(quote, context)).toBe(
      '“We don’t see why they wouldn’t.”\n— the article’s rendering of words by Ada Example, 2 May 2024; not their verbatim words\nIn “Example”, Two Fronts, 3 May 2024\nhttps://x.example/a/#q',
    );
  });

  it('a remark no outlet printed is cited in the article’s words and says so', () => {
    expect(quoteCitation({ ...quote, reported: [] }, context).split('\n')).toEqual([
      '“We don’t see why they wouldn’t.”',
      '— Ada Example, Director of Examples, 2 May 2024 (Example Committee hearing)',
      'The article’s wording: no English-language report of the remark was found. In “Example”, Two Fronts, 3 May 2024',
      'https://x.example/a/#q',
    ]);
  });
});

describe('share › cards', () => {
  it('renders a 1200×630 PNG, byte-identical on a second render', async () => {
    const card = quoteCard({ text: 'We don’t see why they wouldn’t.', speakerName: 'Ada Example', speakerTitle: 'Director of Examples', articleTitle: 'Example', said: '2024-05-02' });
    const [first, second] = [await renderCardUncached(card), await renderCardUncached(card)];
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.compare(first, second)).toBe(0);
    // Two renders with font loading take seconds on a busy machine: the default 5 s is too short for it.
  }, 60_000);
  it('renders article and event cards at 1200×630', async () => {
    const article = await renderCardUncached(articleCard({ title: 'A title', dek: 'A dek', published: '2024-05-03', outlets: ['Example News'] }));
    const event = await renderCardUncached(eventCard({ name: 'Example drill', kind: 'naval', partners: ['China', 'Russia'], location: 'Example Sea', start: '2023-07-20', end: '2023-07-23', all: [{ start: '2005-08' }, { start: '2023-07-20' }] }));
    expect([pngSize(article), pngSize(event)]).toEqual([{ width: 1200, height: 630 }, { width: 1200, height: 630 }]);
  });
  it('caches by content: a change of words changes the hash, the same words keep it', () => {
    const make = (text: string) => quoteCard({ text, speakerName: 'A', speakerTitle: 'B', articleTitle: 'C' });
    expect(cardHash(make('one'))).toBe(cardHash(make('one')));
    expect(cardHash(make('one'))).not.toBe(cardHash(make('two')));
  });
  it('cuts long text at a word with an ellipsis', () => {
    expect(fitText('one two three four five', 12)).toBe('one two…');
    expect(fitText('short', 12)).toBe('short');
  });
  it('places partial dates on the year scale, end of period for ends', () => {
    expect(fractionalYear('2023')).toBe(2023);
    expect(fractionalYear('2023', true)).toBe(2024);
    expect(fractionalYear('2023-07')).toBeCloseTo(2023.5);
  });
});

describe('share › JSON-LD', () => {
  it('describes a quote as a Quotation by its speaker, part of the article', () => {
    expect(quotationJsonLd({ text: 'Words', path: '/quotes/q/', image: '/cards/quotes/q.png', speakers: [ada], said: '2024-05-02', article: { title: 'T', path: '/articles/t/' } }))
      .toMatchObject({ '@type': 'Quotation', text: 'Words', creator: { '@type': 'Person', name: 'Ada Example', jobTitle: 'Director of Examples' }, dateCreated: '2024-05-02', isPartOf: { '@type': 'NewsArticle', headline: 'T' } });
  });
  it('a joint statement’s Quotation has every speaker as creator; a reprint’s citation names the outlet that printed the words as its author', () => {
    const bo: Person = { ...ada, id: 'bo-sample', name: 'Bo Sample', shortName: 'Bo' };
    const reprint = { id: 'r', title: 'Reprinted story', publisher: 'The Reprinting Times', url: 'https://example.org/r', kind: 'news' as const, publisherType: 'news' as const, date: '2024-05-03' };
    const quotation = quotationJsonLd({ text: 'Words', path: '/quotes/q/', image: '/c.png', speakers: [ada, bo], said: '2022-02-04', article: { title: 'T', path: '/articles/t/' }, printed: { page: reprint, outlet: 'Example Wire' } });
    expect(quotation).toMatchObject({
      creator: [{ name: 'Ada Example' }, { name: 'Bo Sample' }],
      dateCreated: '2022-02-04',
      citation: { '@type': 'NewsArticle', url: 'https://example.org/r', publisher: { name: 'The Reprinting Times' }, author: { '@type': 'Organization', name: 'Example Wire' } },
    });
  });
  it('describes an event page as a WebPage about an Event with dates, place and coordinates', () => {
    expect(eventJsonLd(drill, '/timeline/2023-07-example-drill/', '/cards/events/2023-07-example-drill.png', [])).toMatchObject({
      '@type': 'WebPage',
      mainEntity: { '@type': 'Event', startDate: '2023-07-20', endDate: '2023-07-23', location: { '@type': 'Place', geo: { latitude: 40.5, longitude: 135.2 } } },
    });
  });
});

describe('share › sitemap and feed', () => {
  it('keeps the 404 and noindex pages out, and gives pages without a date the latest date of the site', () => {
    expect(sitemapEntry('<link rel="canonical" href="https://x/">', '/404.html')).toBeUndefined();
    expect(sitemapEntry('<meta name="robots" content="noindex">', '/a/')).toBeUndefined();
    const xml = sitemapXml([{ url: 'https://x/b/' }, { url: 'https://x/a/', lastmod: '2024-05-03' }]);
    expect(xml).toContain('<url><loc>https://x/a/</loc><lastmod>2024-05-03</lastmod></url>\n  <url><loc>https://x/b/</loc><lastmod>2024-05-03</lastmod></url>');
  });
  it('writes an Atom entry per article, newest first, escaping text', () => {
    const feed = atomFeed([{ slug: 'old', title: 'Old', summary: 'a', published: '2023-01-01' }, { slug: 'new', title: 'New & <b>', summary: 'b', published: '2024-01-01' }]);
    expect(feed.indexOf('/articles/new/')).toBeLessThan(feed.indexOf('/articles/old/'));
    expect(feed).toContain('<title>New &amp; &lt;b&gt;</title>');
    expect(feed).toContain('<updated>2024-01-01T00:00:00Z</updated>');
  });
});

describe('share › aliases and ids', () => {
  it('a mistake in aliases.yaml is reported with file:line:column and how to write it', () => {
    const { problems } = parseAliases('content/aliases.yaml', readFileSync(join(fixtures, 'bad-aliases.yaml'), 'utf8'));
    expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([
      '2:7 alias 1: a #fragment can only move within its page; to must start with /articles/x/',
      '3:9 alias 2: from must be a site path ending in "/", optionally with a #fragment, like /articles/slug/#old-id',
    ]);
  });
  it('turns page aliases into redirects and fragment aliases into the arrival script’s map', () => {
    const aliases = [{ from: '/quotes/old/', to: '/quotes/new/' }, { from: '/articles/a/#old', to: '/articles/a/#new' }];
    expect(pageRedirects(aliases)).toEqual({ '/quotes/old/': '/quotes/new/' });
    expect(fragmentAliases(aliases, '/articles/a/')).toBe('old:new');
    expect(fragmentAliases(aliases, '/articles/b/')).toBeUndefined();
  });
});

describe('share › link checker', () => {
  const origin = 'https://two-fronts.example';
  it('passes a build whose links, fragments, text fragments, srcset and SVG image links all resolve, ignoring other hosts', () => {
    expect(findBrokenLinks(join(fixtures, 'dist-ok'), { origin })).toEqual([]);
  });
  it('lists every broken link, image, srcset entry and SVG <image href>, naming the page, the link and why', () => {
    expect(findBrokenLinks(join(fixtures, 'dist-broken'), { origin })).toEqual([
      { page: '/', link: '/a/#gone', reason: 'no element with id="gone" on /a/' },
      { page: '/', link: '/missing/', reason: '/missing/ is not in the build' },
      { page: '/', link: '/gone.png', reason: '/gone.png is not in the build' },
      { page: '/', link: '/gone-2x.png', reason: '/gone-2x.png is not in the build' },
      { page: '/', link: '/gone.svg', reason: '/gone.svg is not in the build' },
    ]);
  });
  it('checks a build under a base path: links must carry it, and resolve inside it', () => {
    expect(findBrokenLinks(join(fixtures, 'dist-base'), { origin, base: '/two-fronts/' })).toEqual([
      { page: '/', link: '/a/', reason: '/a/ is outside the base path /two-fronts/' },
      { page: '/', link: 'https://two-fronts.example/two-fronts/b/', reason: '/two-fronts/b/ is not in the build' },
    ]);
  });
});
