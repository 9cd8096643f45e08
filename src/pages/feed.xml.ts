/** /feed.xml: the Atom feed of analyses. */
import { getArticles } from '../content/queries.ts';
import { atomFeed } from '../publish/feed.ts';

export async function GET() {
  const articles = (await getArticles()).map((a) => ({ slug: a.id, title: a.data.title, summary: a.data.summary, published: a.data.published, updated: a.data.updated }));
  return new Response(atomFeed(articles), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
