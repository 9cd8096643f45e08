/** The card for each shareable thing, from its content entry: what the /cards/ endpoints render. */
import type { Exercise, Source, ArticleMeta } from '../../content/schemas.ts';
import { site } from '../../site.ts';
import { el, type CardNode } from './render.ts';
import { articleCard, eventCard, quoteCard } from './templates.ts';
import { citedWords, speakerNames, type QuoteFacts } from '../../quotes/present.ts';

export function cardForArticle(data: ArticleMeta, outlets: Source[]): CardNode {
  return articleCard({ title: data.title, dek: data.dek, published: data.published, outlets: outlets.map((o) => o.publisher) });
}

/** The words as an outlet printed them (the article's only when no outlet did), the speakers, the date said, the outlet. */
export function cardForQuote(quote: QuoteFacts, article: ArticleMeta): CardNode {
  const cited = citedWords(quote);
  return quoteCard({
    text: cited.text,
    speakerName: speakerNames(quote),
    speakerTitle: quote.speakers.map((person) => person.title).join('; '),
    articleTitle: article.title,
    said: quote.said.date,
    printedBy: cited.outlet,
  });
}

/** An exercise on a small timeline of every exercise (from loadRegistry().exercises or getCollection('exercises')). */
export function cardForEvent(event: Exercise, allEvents: Iterable<Exercise>): CardNode {
  return eventCard({
    name: event.name,
    kind: event.kind,
    partners: event.partners,
    location: event.location.name,
    start: event.start,
    end: event.end,
    all: [...allEvents].map((e) => ({ start: e.start, end: e.end })),
  });
}

/** The site's own card, for pages that have no card of their own. */
export function siteCard(): CardNode {
  return el('div', { width: 1046, height: 526, display: 'flex', flexDirection: 'column', justifyContent: 'center', background: '#fdfcf9', color: '#1d1d1b', borderLeft: '18px solid #8a2d1c', padding: '56px 72px 48px 64px', fontFamily: 'Serif' },
    el('div', { display: 'flex', fontSize: 96, fontWeight: 600 }, site.name),
    el('div', { display: 'flex', fontSize: 40, color: '#595650', marginTop: 16 }, site.tagline));
}
