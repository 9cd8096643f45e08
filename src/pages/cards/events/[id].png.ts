/** One card per timeline event (/cards/events/<id>.png): name, dates, a mark on a small timeline. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { Exercise } from '../../../content/schemas.ts';
import { cardResponse } from '../../../publish/cards/response.ts';
import { cardForEvent } from '../../../publish/cards/cards.ts';

export const getStaticPaths = (async () => {
  const events = (await getCollection('exercises')).map((entry) => entry.data);
  return events.map((event) => ({ params: { id: event.id }, props: { event, events } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { event, events } = props as { event: Exercise; events: Exercise[] };
  return cardResponse(cardForEvent(event, events));
};
