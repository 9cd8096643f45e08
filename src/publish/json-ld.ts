/** schema.org descriptions of the site's pages: NewsArticle for an analysis, Quotation for a quote, WebPage about an Event for a timeline event. */
import type { Exercise, Person, Source } from '../content/schemas.ts';
import { absoluteUrl as absolute, site } from '../site.ts';

type Thing = Record<string, unknown>;

export function publisher(): Thing {
  return { '@type': 'Organization', name: site.name, url: absolute('/'), logo: { '@type': 'ImageObject', url: absolute('/favicon.svg') } };
}

export function sourceWork(source: Source): Thing {
  return {
    '@type': source.kind === 'news' ? 'NewsArticle' : 'CreativeWork',
    name: source.title,
    url: source.url,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.date ? { datePublished: source.date } : {}),
  };
}

export function personThing(person: Person): Thing {
  return { '@type': 'Person', name: person.name, jobTitle: person.title, affiliation: { '@type': 'Organization', name: person.organisation }, url: absolute(`/people/${person.id}/`) };
}

export interface NewsArticleInput {
  title: string;
  description: string;
  path: string;
  image: string;
  published: string;
  modified?: string;
  /** The outlets whose reporting the article reproduces. */
  basedOn: Source[];
}

/**
 * Lean on purpose: the article page must fit its first round trip (tests/e2e/budgets.test.ts). Its sources (22
 * citation objects cost 1.7 KB gzip) and the people it quotes are on the page for readers, and quote and event pages
 * carry their own citation and Person data.
 */
export function newsArticleJsonLd(input: NewsArticleInput): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: input.title,
    description: input.description,
    url: absolute(input.path),
    mainEntityOfPage: absolute(input.path),
    image: [absolute(input.image)],
    datePublished: input.published,
    dateModified: input.modified ?? input.published,
    inLanguage: site.language,
    author: publisher(),
    publisher: publisher(),
    isBasedOn: input.basedOn.map(sourceWork),
  };
}

export interface QuotationInput {
  /** The words as an outlet printed them (or the article's, when no outlet did). */
  text: string;
  path: string;
  image: string;
  speakers: Person[];
  /** When the words were said: YYYY-MM-DD, YYYY-MM or YYYY. */
  said: string;
  article: { title: string; path: string };
  /** The page the words were copied from, and the outlet that printed them (a reprint's original outlet). */
  printed?: { page: Source; outlet: string };
}

export function quotationJsonLd(input: QuotationInput): Thing {
  const printed = input.printed;
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    text: input.text,
    url: absolute(input.path),
    image: absolute(input.image),
    creator: input.speakers.length > 1 ? input.speakers.map(personThing) : personThing(input.speakers[0]!),
    dateCreated: input.said,
    isPartOf: { '@type': 'NewsArticle', headline: input.article.title, url: absolute(input.article.path) },
    ...(printed
      ? { citation: { ...sourceWork(printed.page), ...(printed.outlet !== printed.page.publisher ? { author: { '@type': 'Organization', name: printed.outlet } } : {}) } }
      : {}),
  };
}

/** An exercise as schema.org allows: a WebPage whose main entity is an Event with place and dates; the sources are the page's citations. */
export function eventJsonLd(event: Exercise, path: string, image: string, sources: Source[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    url: absolute(path),
    name: event.name,
    image: absolute(image),
    citation: sources.map(sourceWork),
    mainEntity: {
      '@type': 'Event',
      name: event.name,
      description: event.summary,
      startDate: event.start,
      ...(event.end ? { endDate: event.end } : {}),
      eventStatus: 'https://schema.org/EventScheduled',
      location: {
        '@type': 'Place',
        name: event.location.name,
        geo: { '@type': 'GeoCoordinates', latitude: event.location.lat, longitude: event.location.lon },
      },
      organizer: event.partners.map((name) => ({ '@type': 'Country', name })),
    },
  };
}

export function webSiteJsonLd(description: string): Thing {
  return { '@context': 'https://schema.org', '@type': 'WebSite', name: site.name, description, url: absolute('/'), inLanguage: site.language, publisher: publisher() };
}
