/** One card per quote (/cards/quotes/<id>.png): the words, the speaker, the title at the time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getPerson, getQuotes, type PlacedQuote } from '../../../content/queries.ts';
import { cardResponse } from '../../../publish/cards/response.ts';
import { cardForQuote } from '../../../publish/cards/cards.ts';

export const getStaticPaths = (async () => (await getQuotes()).map((quote) => ({ params: { id: quote.id }, props: { quote } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { quote } = props as { quote: PlacedQuote };
  return cardResponse(cardForQuote(quote.text, (await getPerson(quote.speaker))!, quote.article.data));
};
