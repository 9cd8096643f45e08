/** Reads collections for pages: articles with their annotations, and the quotes, people and sources they use. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Annotations, QuoteRecord } from '../markdown/annotations.ts';
import type { Person, QuoteProvenance, ReportedWording, Source } from './schemas.ts';
import { isPublic } from './publishing.ts';
import { withBase } from '../links/urls.ts';

export type Article = CollectionEntry<'articles'>;

/**
 * Public articles, the featured one first, then newest first. Drafts and future-dated articles are left out of every
 * page, list, feed, sitemap and search index of a build; the dev server shows them, marked (unpublishedLabel).
 */
export async function getArticles(): Promise<Article[]> {
  const articles = (await getCollection('articles')).filter((article) => import.meta.env.DEV || isPublic(article.data));
  return articles.sort(
    (a, b) => Number(b.data.featured) - Number(a.data.featured) || b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id),
  );
}

export async function renderArticle(article: Article) {
  const { Content, remarkPluginFrontmatter } = await render(article);
  return { Content, annotations: remarkPluginFrontmatter.annotations as Annotations };
}

/** A wording an outlet printed, with the source it was copied from. */
export interface Wording extends ReportedWording {
  page: Source;
}

export interface PlacedQuote extends QuoteRecord {
  article: Article;
  /** Link to the quote in its article. */
  href: string;
  /** The speaker, then everyone else a joint statement names. */
  speakers: Person[];
  /** When, where and how it was said, from content/quotes/. */
  said: QuoteProvenance['said'];
  wordings: Wording[];
  notFound?: string;
  note?: string;
}

/** Every quote of every article, in reading order, with what was actually said (checked to exist at build time). */
export async function getQuotes(): Promise<PlacedQuote[]> {
  const quotes: PlacedQuote[] = [];
  const [people, sources] = [new Map((await getPeople()).map((p) => [p.id, p.data])), await getSourceMap()];
  for (const article of await getArticles()) {
    const { annotations } = await renderArticle(article);
    for (const quote of annotations.quotes) {
      const { said, reported, notFound, note } = (await getEntry('quotes', quote.id))!.data;
      quotes.push({
        ...quote,
        article,
        href: withBase(`/articles/${article.id}/#${quote.id}`),
        speakers: [quote.speaker, ...quote.also].map((id) => people.get(id)!),
        said,
        wordings: reported.map((wording) => ({ ...wording, page: sources.get(wording.source)! })),
        notFound,
        note,
      });
    }
  }
  return quotes;
}

export async function getPeople() {
  return (await getCollection('people')).sort((a, b) => a.data.name.localeCompare(b.data.name));
}

export async function getSourceMap() {
  return new Map((await getCollection('sources')).map((entry) => [entry.id, entry.data]));
}

export async function getPerson(id: string) {
  return (await getEntry('people', id))?.data;
}

/** Source ids an article uses, in the order a reader meets them. */
export function sourcesUsed(annotations: Annotations, outlets: readonly string[]): string[] {
  const ids = [
    ...outlets,
    ...annotations.citations.map((c) => c.source),
    ...annotations.quotes.flatMap((q) => (q.source ? [q.source] : [])),
    ...annotations.notes.map((n) => n.source),
  ];
  return [...new Set(ids)];
}
