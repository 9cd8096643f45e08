/** /data/oembed/quotes/<id>.json: the oEmbed response for one quote's embed, titled with the words an outlet printed. */
import type { APIRoute } from 'astro';
import { getQuotes } from '../../../../content/queries.ts';
import { embedTargets, oembedResponse } from '../../../../embed/oembed.ts';
import { quoteHeadline } from '../../../../quotes/present.ts';

export async function getStaticPaths() {
  return (await getQuotes()).map((quote) => ({ params: { id: quote.id }, props: { title: quoteHeadline(quote).embedTitle } }));
}

export const GET: APIRoute = ({ params, props }) => Response.json(oembedResponse(embedTargets.quote(params.id!, props.title as string)));
