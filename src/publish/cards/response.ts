/** The HTTP response of a card endpoint: the PNG rendered (or read from the cache) for a card. */
import { renderCard, type CardNode } from './render.ts';

export async function cardResponse(card: CardNode): Promise<Response> {
  const png = await renderCard(card);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
}
