/** What each source supports, as links to the claims: an article's notes and citations, the wordings outlets printed
 * of a quote, people's titles, timeline events and context events. For the /sources/ page. */
import { getCollection } from 'astro:content';
import { getArticles, getQuotes, renderArticle } from './queries.ts';
import { withBase } from '../links/urls.ts';

export interface Claim {
  /** What the source backs, in a few words. */
  label: string;
  href: string;
}

/** The first words of a quote, for a short link text. */
const opening = (text: string, words = 8) => {
  const all = text.split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text;
};

export async function claimsBySource(): Promise<Map<string, Claim[]>> {
  const claims = new Map<string, Claim[]>();
  const add = (id: string, claim: Claim) => {
    const list = claims.get(id) ?? [];
    if (!list.some((c) => c.href === claim.href && c.label === claim.label)) claims.set(id, [...list, claim]);
  };
  for (const article of await getArticles()) {
    const page = `/articles/${article.id}/`;
    const { annotations } = await renderArticle(article);
    for (const note of annotations.notes) add(note.source, { label: `note “${note.title}”`, href: withBase(`${page}#${note.id}`) });
    for (const c of annotations.citations) add(c.source, { label: `the article’s mention of ${c.label}`, href: withBase(`${page}${c.section ? `#${c.section}` : ''}`) });
  }
  for (const quote of await getQuotes()) {
    if (quote.source) add(quote.source, { label: `quote “${opening(quote.text)}”`, href: quote.href });
    for (const wording of quote.wordings) add(wording.source, { label: `the wording ${wording.page.publisher} printed of “${opening(quote.text)}”`, href: withBase(`/quotes/${quote.id}/`) });
  }
  for (const person of await getCollection('people')) for (const id of person.data.sources) add(id, { label: `${person.data.name}’s title`, href: withBase(`/people/${person.data.id}/`) });
  for (const event of await getCollection('exercises')) for (const id of event.data.sources) add(id, { label: `timeline: ${event.data.name}`, href: withBase(`/timeline/${event.data.id}/`) });
  for (const m of await getCollection('milestones')) for (const id of m.data.sources) add(id, { label: `timeline context: ${m.data.label}`, href: withBase('/timeline/') });
  return claims;
}
