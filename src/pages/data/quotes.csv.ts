/** /data/quotes.csv: the same records as the JSON, one row per reported wording (columns listed on /quotes/). */
import type { APIRoute } from 'astro';
import { site } from '../../site.ts';
import { getQuotes } from '../../content/queries.ts';
import { quoteRecord, quotesCsv } from '../../quotes/data.ts';

export const GET: APIRoute = async () => {
  return new Response(quotesCsv((await getQuotes()).map((q) => quoteRecord(q, site.url))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
