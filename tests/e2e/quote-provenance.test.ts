/**
 * Nothing the built site says attributes to an outlet words it did not print, for every quote of the content: quote
 * pages, listings, key quotes, cards' descriptions, Quotation JSON-LD, citation tags, data files and downloads all carry
 * the wording an outlet printed with that outlet, the date the words were said, and every speaker.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { Element, Root } from 'hast';
import { describe, expect, inject, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { formatDate } from '../../src/content/dates.ts';

const dist = inject('distDir');
const root = resolve(import.meta.dirname, '../..');
const registry = loadRegistry(root);
/** Every quote of the content with what was said, and its people. */
const quotes = [...registry.quotes.values()].map((quote) => {
  const slug = registry.quotePlaces.get(quote.id)!.file.replace(/^.*\/|\.yaml$/g, '');
  return { ...quote, slug, printedBy: new Map(quote.reported.map((w) => [w.text, w.outlet])) };
});
const people = registry.people;

const page = (path: string): Root => fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const text = (node: Element | undefined) => (node ? toString(node).replace(/\s+/g, ' ').trim() : '');
/** The words of a blockquote without the quotation marks the page sets around them. */
const words = (node: Element | undefined) => text(node).replace(/^“|”$/g, '');
const jsonLd = (tree: Root) => JSON.parse(toString(select('script[type="application/ld+json"]', tree)!));
const metaContent = (tree: Root, name: string) => selectAll(`meta[name="${name}"], meta[property="${name}"]`, tree).map((m) => String(m.properties.content));

describe('quote provenance in the built site', () => {
  it('the content has quotes, each with a wording or a stated search', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.reported.length > 0 || Boolean(quote.notFound)).toBe(true);
  });

  it('each quote page leads with every reported wording, each under the outlet that printed it, then the article’s wording, labelled as the article’s', () => {
    for (const quote of quotes) {
      const tree = page(`quotes/${quote.id}`);
      const figures = selectAll('figure.wording', tree);
      expect(figures.map((f) => [words(select('blockquote', f)), String(f.properties.dataOutlet)]), quote.id).toEqual(quote.reported.map((w) => [w.text, w.outlet]));
      for (const [index, figure] of figures.entries()) {
        expect(text(select('figcaption', figure)), quote.id).toContain(`Printed by ${quote.reported[index]!.outlet}`);
        expect(select('blockquote', figure)!.properties.cite).toBe(registry.sources.get(quote.reported[index]!.source)!.url);
      }
      const article = select('figure.article-wording', tree)!;
      expect(text(select('figcaption', article)), quote.id).toMatch(/^The article’s (rendering|words), in /);
      expect(text(select('figcaption', article))).not.toMatch(/printed by|reported by/i);
      // The order a reader meets them in: the wordings before the article's.
      const html = readFileSync(join(dist, 'quotes', quote.id, 'index.html'), 'utf8');
      if (figures.length) expect(html.indexOf('class="quote-figure wording"')).toBeLessThan(html.indexOf('class="quote-figure article-wording"'));
      else expect(text(select('.not-found', tree))).toContain(quote.notFound!);
    }
  });

  it('each quote page dates the words when they were said, for readers, search and the Year filter', () => {
    for (const quote of quotes) {
      const tree = page(`quotes/${quote.id}`);
      expect(select('.said time', tree)!.properties.dateTime, quote.id).toBe(quote.said.date);
      const body = select('[data-pagefind-body]', tree)!;
      expect(body.properties.dataDate, quote.id).toBe(formatDate(quote.said.date));
      expect(body.properties.dataYear, quote.id).toBe(quote.said.date.slice(0, 4));
    }
  });

  it('Quotation JSON-LD, citation tags and the card description give the printed words, every speaker, the date said and the outlet', () => {
    for (const quote of quotes) {
      const tree = page(`quotes/${quote.id}`);
      const ld = jsonLd(tree);
      const printed = quote.reported[0];
      const speakers = [...new Set(selectAll('.said a', tree).map((a) => text(a)))];
      expect(ld.text, quote.id).toBe(printed?.text ?? ld.text);
      expect(ld.dateCreated, quote.id).toBe(quote.said.date);
      expect([ld.creator].flat().map((c: { name: string }) => c.name)).toEqual(speakers);
      if (printed) {
        const source = registry.sources.get(printed.source)!;
        expect(ld.citation.url).toBe(source.url);
        expect(ld.citation.author?.name ?? ld.citation.publisher.name).toBe(printed.outlet);
        expect(metaContent(tree, 'citation_publisher')).toEqual([printed.outlet]);
        expect(metaContent(tree, 'og:image:alt')[0]).toContain(`“${printed.text}”`);
        expect(metaContent(tree, 'og:image:alt')[0]).toContain(`as printed by ${printed.outlet}`);
      }
      expect(metaContent(tree, 'citation_title')).toEqual([printed?.text ?? ld.text]);
      expect(metaContent(tree, 'citation_author')).toEqual(speakers);
      expect(metaContent(tree, 'citation_publication_date')).toEqual([quote.said.date.replaceAll('-', '/')]);
    }
  });

  it('a joint statement names every speaker on the article’s tag and the quote page', () => {
    const joint = quotes.filter((q) => q.said.occasion === 'joint-statement');
    for (const quote of joint) {
      const article = page(`articles/${quote.slug}`);
      const tag = select(`#${quote.id} button.speaker`, article)!;
      const names = selectAll('.said a', page(`quotes/${quote.id}`)).map((a) => text(a));
      expect(names.length, quote.id).toBeGreaterThan(1);
      for (const name of names) expect(String(tag.properties.ariaLabel)).toContain(name);
      const shortNames = [...people.values()].filter((p) => names.includes(p.name)).map((p) => p.shortName);
      expect(text(tag)).toBe(shortNames.join(' and '));
      const card = selectAll(`#${quote.id}-who a`, article).map((a) => text(a));
      expect(card).toEqual(names);
    }
  });

  it('key quotes, /quotes/ and people pages show a printed wording first, credited to the outlet that printed exactly those words', () => {
    const listings = ['quotes', ...quotes.map((q) => `articles/${q.slug}`), ...[...people.keys()].map((id) => `people/${id}`)];
    let checked = 0;
    for (const path of new Set(listings)) {
      for (const figure of selectAll('.key-quotes figure, .page > section figure.quote-figure, .page > figure.quote-figure', page(path))) {
        const shown = words(select('blockquote', figure));
        const credit = /as printed by ([^.]+)\./.exec(text(select('figcaption', figure)))?.[1];
        const quote = quotes.find((q) => q.printedBy.has(shown) || text(select('figcaption', figure)).includes(q.notFound ?? '\u0000'));
        if (credit) {
          expect(quote?.printedBy.get(shown), `${path}: “${shown}” credited to ${credit}`).toBe(credit);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(quotes.filter((q) => q.reported.length).length);
  });

  it('/data/quotes.json and /data/quotes.csv hold every quote with each wording, its outlet, source URL, speakers and date said', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/quotes.json'), 'utf8')) as { quotes: { id: string; said: { date: string }; reported: { text: string; outlet: string; source: { url: string } }[]; speakers: { id: string }[] }[] };
    expect(data.quotes.map((q) => q.id).sort()).toEqual(quotes.map((q) => q.id).sort());
    for (const record of data.quotes) {
      const quote = quotes.find((q) => q.id === record.id)!;
      expect(record.said.date).toBe(quote.said.date);
      expect(record.reported.map((w) => [w.text, w.outlet, w.source.url])).toEqual(quote.reported.map((w) => [w.text, w.outlet, registry.sources.get(w.source)!.url]));
    }
    const csv = readFileSync(join(dist, 'data/quotes.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('quote_id,speakers,said_date,said_precision,occasion,occasion_description,said_place,wording,outlet,relation,source_title,source_publisher,source_date,source_url,article_wording,not_found,quote_page,article_place');
    const rows = csv.trimEnd().split('\r\n').length - 1;
    expect(rows).toBe(quotes.reduce((sum, q) => sum + Math.max(1, q.reported.length), 0));
  });

  it('each quote’s CSL-JSON, BibTeX and RIS cite the printed words, the speakers and the date said; the article’s cite the article', () => {
    for (const quote of quotes) {
      const dir = join(dist, 'quotes', quote.id);
      const [csl] = JSON.parse(readFileSync(join(dir, 'cite.json'), 'utf8'));
      const printed = quote.reported[0];
      expect(csl.title).toBe(printed?.text ?? csl.title);
      expect(csl.issued).toEqual({ 'date-parts': [quote.said.date.split('-').map(Number)] });
      if (printed) expect(csl.publisher).toBe(printed.outlet);
      const bib = readFileSync(join(dir, 'cite.bib'), 'utf8');
      expect(bib).toMatch(/^@misc\{/);
      expect(bib).toContain(`year = {${quote.said.date.slice(0, 4)}}`);
      const ris = readFileSync(join(dir, 'cite.ris'), 'utf8');
      expect(ris).toMatch(/^TY {2}- GEN$/m);
      expect(ris).toContain(`PY  - ${quote.said.date.slice(0, 4)}`);
      if (printed) expect(ris).toContain(`PB  - ${printed.outlet}`);
    }
    const slug = quotes[0]!.slug;
    const article = page(`articles/${slug}`);
    const [csl] = JSON.parse(readFileSync(join(dist, 'articles', slug, 'cite.json'), 'utf8'));
    expect(csl).toMatchObject({ type: 'article-newspaper', title: metaContent(article, 'citation_title')[0], 'container-title': 'Two Fronts' });
    expect(readFileSync(join(dist, 'articles', slug, 'cite.ris'), 'utf8')).toMatch(/^TY {2}- NEWS$/m);
  });

  it('the article carries the citation_* tags Zotero’s Embedded Metadata translator reads: title, date, publication, URL', () => {
    const slug = quotes[0]!.slug;
    const tree = page(`articles/${slug}`);
    expect(metaContent(tree, 'citation_title')).toEqual([text(select('h1', tree))]);
    expect(metaContent(tree, 'citation_publication_date')[0]).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(metaContent(tree, 'citation_journal_title')).toEqual(['Two Fronts']);
    expect(metaContent(tree, 'citation_public_url')).toEqual([String(select('link[rel="canonical"]', tree)!.properties.href)]);
  });
});
