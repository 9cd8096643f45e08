/** /data/quotes.json: every quote with its reported wordings and their sources, speakers, date and place said, relation and links. */
import type { APIRoute } from 'astro';
import { site } from '../../site.ts';
import { getQuotes } from '../../content/queries.ts';
import { quoteRecord } from '../../quotes/data.ts';

export const GET: APIRoute = async () => {
  const body = { title: `${site.name}: quotes as the outlets printed them`, quotes: (await getQuotes()).map((q) => quoteRecord(q, site.url)) };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
