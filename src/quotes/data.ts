/** /data/quotes.json and /data/quotes.csv: every quote with its wordings and their sources, speakers, when and where it was said. */
import type { Person, QuoteProvenance, Source } from '../content/schemas.ts';
import { csvTable, type CsvColumn } from '../timeline/data.ts';
import { overallRelation } from './provenance.ts';

export interface QuoteDataInput {
  id: string;
  /** The article's wording. */
  text: string;
  speakers: readonly Person[];
  said: QuoteProvenance['said'];
  wordings: readonly (QuoteProvenance['reported'][number] & { page: Source })[];
  notFound?: string;
  note?: string;
  article: { id: string; data: { title: string; published: string } };
}

export interface QuoteRecordData {
  id: string;
  speakers: { id: string; name: string; title: string; page: string }[];
  said: { date: string; precision: string; occasion: string; description: string; place: string | null };
  /** same | shortened | rendering (the closest any outlet's wording comes to the article's) | not-found */
  relation: string;
  articleWording: string;
  reported: {
    text: string;
    outlet: string;
    relation: string;
    source: { id: string; title: string; publisher: string; date: string | null; url: string };
  }[];
  notFound: string | null;
  note: string | null;
  article: { title: string; published: string; url: string };
  /** The quote's place in the article, its own page, and its citation downloads. */
  links: { place: string; page: string; csl: string; bibtex: string; ris: string };
}

export function quoteRecord(quote: QuoteDataInput, siteUrl: string): QuoteRecordData {
  const url = (path: string) => new URL(path, siteUrl).href;
  const page = `/quotes/${quote.id}/`;
  return {
    id: quote.id,
    speakers: quote.speakers.map((p) => ({ id: p.id, name: p.name, title: p.title, page: url(`/people/${p.id}/`) })),
    said: { ...quote.said, place: quote.said.place ?? null },
    relation: overallRelation({ reported: [...quote.wordings] }),
    articleWording: quote.text,
    reported: quote.wordings.map((w) => ({
      text: w.text,
      outlet: w.outlet,
      relation: w.relation,
      source: { id: w.page.id, title: w.page.title, publisher: w.page.publisher, date: w.page.date ?? null, url: w.page.url },
    })),
    notFound: quote.notFound ?? null,
    note: quote.note ?? null,
    article: { title: quote.article.data.title, published: quote.article.data.published, url: url(`/articles/${quote.article.id}/`) },
    links: { place: url(`/articles/${quote.article.id}/#${quote.id}`), page: url(page), csl: url(`${page}cite.json`), bibtex: url(`${page}cite.bib`), ris: url(`${page}cite.ris`) },
  };
}

/** One row per reported wording (a quote no outlet printed has one row with not_found filled). */
interface WordingRow {
  quote: QuoteRecordData;
  wording?: QuoteRecordData['reported'][number];
}

export const quoteCsvColumns: CsvColumn<WordingRow>[] = [
  { name: 'quote_id', description: 'the quote’s id, also its page’s address', value: (r) => r.quote.id },
  { name: 'speakers', description: 'who said it, separated by “; ” (every signatory of a joint statement)', value: (r) => r.quote.speakers.map((s) => s.name).join('; ') },
  { name: 'said_date', description: 'when it was said: YYYY-MM-DD, or month or year', value: (r) => r.quote.said.date },
  { name: 'said_precision', description: 'day, month or year', value: (r) => r.quote.said.precision },
  { name: 'occasion', description: 'hearing, press-conference, joint-statement, interview, speech or statement', value: (r) => r.quote.said.occasion },
  { name: 'occasion_description', description: 'the occasion, in this site’s words', value: (r) => r.quote.said.description },
  { name: 'said_place', description: 'where, when a source that was read says so', value: (r) => r.quote.said.place ?? '' },
  { name: 'wording', description: 'the words as the outlet printed them, verbatim', value: (r) => r.wording?.text ?? '' },
  { name: 'outlet', description: 'who printed them (a reprint’s original outlet)', value: (r) => r.wording?.outlet ?? '' },
  { name: 'relation', description: 'how the article’s wording relates to this one: same, shortened or rendering', value: (r) => r.wording?.relation ?? 'not-found' },
  { name: 'source_title', description: 'the page the wording was copied from', value: (r) => r.wording?.source.title ?? '' },
  { name: 'source_publisher', description: 'who published that page', value: (r) => r.wording?.source.publisher ?? '' },
  { name: 'source_date', description: 'its date', value: (r) => r.wording?.source.date ?? '' },
  { name: 'source_url', description: 'its URL', value: (r) => r.wording?.source.url ?? '' },
  { name: 'article_wording', description: 'the article’s wording of the quote', value: (r) => r.quote.articleWording },
  { name: 'not_found', description: 'what was searched, when no English-language source has the remark', value: (r) => r.quote.notFound ?? '' },
  { name: 'quote_page', description: 'the quote’s page on this site', value: (r) => r.quote.links.page },
  { name: 'article_place', description: 'the quote’s place in the article', value: (r) => r.quote.links.place },
];

export function quotesCsv(records: readonly QuoteRecordData[]): string {
  const rows = records.flatMap((quote): WordingRow[] => (quote.reported.length ? quote.reported.map((wording) => ({ quote, wording })) : [{ quote }]));
  return csvTable(quoteCsvColumns, rows);
}
