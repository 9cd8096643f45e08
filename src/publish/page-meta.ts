/** Builds each kind of page's ShareMeta (card, times, JSON-LD) from content, so pages only pass it on to Base. */
import type { Exercise, Source } from '../content/schemas.ts';
import type { ArticleMeta } from '../content/schemas.ts';
import { formatDate } from '../content/dates.ts';
import { cardPaths, type ShareMeta } from './meta.ts';
import { site } from '../site.ts';
import { eventJsonLd, newsArticleJsonLd, quotationJsonLd, webSiteJsonLd } from './json-ld.ts';
import { eventDates } from './cards/templates.ts';
import { citedWords, saidOn, speakersWithTitles, type QuoteFacts } from '../quotes/present.ts';

export function homeMeta(description: string): ShareMeta {
  return { type: 'website', jsonLd: webSiteJsonLd(description) };
}

export interface ArticleMetaInput {
  slug: string;
  data: ArticleMeta;
  outlets: Source[];
}

export function articleMeta({ slug, data, outlets }: ArticleMetaInput): ShareMeta {
  const image = cardPaths.article(slug);
  return {
    type: 'article',
    published: data.published,
    modified: data.updated ?? data.published,
    image: { path: image, alt: `Card: “${data.title}”, an annotated article published ${formatDate(data.published)}.` },
    citation: { title: data.title, date: data.published, publication: site.name, url: new URL(`/articles/${slug}/`, site.url).href },
    jsonLd: newsArticleJsonLd({
      title: data.title,
      description: data.dek,
      path: `/articles/${slug}/`,
      image,
      published: data.published,
      modified: data.updated,
      basedOn: outlets,
    }),
  };
}

export interface QuoteMetaInput extends QuoteFacts {
  id: string;
  article: { id: string; data: ArticleMeta };
  wordings: readonly { text: string; outlet: string; page: Source }[];
}

/** Everything a quote page tells previews and search engines carries the words as printed, by whom, and when they were said. */
export function quoteMeta(quote: QuoteMetaInput): ShareMeta {
  const image = cardPaths.quote(quote.id);
  const cited = citedWords(quote);
  const printed = quote.wordings[0];
  return {
    type: 'article',
    published: quote.article.data.published,
    modified: quote.article.data.updated ?? quote.article.data.published,
    image: { path: image, alt: `“${cited.text}”: ${speakersWithTitles(quote)}, ${saidOn(quote)}${cited.outlet ? `, as printed by ${cited.outlet}` : ''}.` },
    // A reference manager saves the remark: the words as printed, by its speakers, dated when it was said.
    citation: { title: cited.text, authors: quote.speakers.map((p) => p.name), date: quote.said.date, publisher: cited.outlet, url: new URL(`/quotes/${quote.id}/`, site.url).href },
    jsonLd: quotationJsonLd({
      text: cited.text,
      path: `/quotes/${quote.id}/`,
      image,
      speakers: [...quote.speakers],
      said: quote.said.date,
      article: { title: quote.article.data.title, path: `/articles/${quote.article.id}/` },
      printed: printed ? { page: printed.page, outlet: printed.outlet } : undefined,
    }),
  };
}

/** For /timeline/<id>/ pages: `<Base title={event.name} description={event.summary} meta={eventMeta(event, sources)}>`. */
export function eventMeta(event: Exercise, sources: Source[]): ShareMeta {
  const image = cardPaths.event(event.id);
  return {
    type: 'website',
    image: { path: image, alt: `Card: ${event.name}, ${eventDates(event)}, ${event.location.name}, marked on a timeline of China–Russia joint exercises.` },
    jsonLd: eventJsonLd(event, `/timeline/${event.id}/`, image, sources),
  };
}
