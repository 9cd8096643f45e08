/** Builds each kind of page's ShareMeta (card, times, JSON-LD) from content, so pages only pass it on to Base. */
import type { Exercise, Person, Source } from '../content/schemas.ts';
import type { ArticleMeta } from '../content/schemas.ts';
import { formatDate } from '../content/dates.ts';
import { cardPaths, type ShareMeta } from './meta.ts';
import { eventJsonLd, newsArticleJsonLd, quotationJsonLd, webSiteJsonLd } from './json-ld.ts';
import { eventDates } from './cards/templates.ts';

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

export interface QuoteMetaInput {
  id: string;
  text: string;
  speaker: Person;
  also: Person[];
  article: { slug: string; data: ArticleMeta };
  source?: Source;
}

export function quoteMeta({ id, text, speaker, also, article, source }: QuoteMetaInput): ShareMeta {
  const image = cardPaths.quote(id);
  return {
    type: 'article',
    published: article.data.published,
    modified: article.data.updated ?? article.data.published,
    image: { path: image, alt: `“${text}”: ${speaker.name}, ${speaker.title}.` },
    jsonLd: quotationJsonLd({
      text,
      path: `/quotes/${id}/`,
      image,
      speaker,
      also,
      said: article.data.reportDate,
      article: { title: article.data.title, path: `/articles/${article.slug}/` },
      source,
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
