/** /data/oembed/quotes/<id>.json: the oEmbed response for one quote's embed. */
import type { APIRoute } from 'astro';
import { getPerson, getQuotes } from '../../../../content/queries.ts';
import { embedTargets, oembedResponse } from '../../../../embed/oembed.ts';
import { quoteEmbedTitle } from '../../../../embed/titles.ts';

export async function getStaticPaths() {
  const quotes = await getQuotes();
  return Promise.all(quotes.map(async (quote) => ({ params: { id: quote.id }, props: { title: quoteEmbedTitle(quote.text, (await getPerson(quote.speaker))!.name) } })));
}

export const GET: APIRoute = ({ params, props }) => Response.json(oembedResponse(embedTargets.quote(params.id!, props.title as string)));
