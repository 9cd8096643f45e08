/** One card per quote (/cards/quotes/<id>.png): the words as printed, the speakers and titles, the date said, the outlet. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuotes, type PlacedQuote } from '../../../content/queries.ts';
import { cardResponse } from '../../../publish/cards/response.ts';
import { cardForQuote } from '../../../publish/cards/cards.ts';

export const getStaticPaths = (async () => (await getQuotes()).map((quote) => ({ params: { id: quote.id }, props: { quote } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { quote } = props as { quote: PlacedQuote };
  return cardResponse(cardForQuote(quote, quote.article.data));
};
