/** /data/oembed/events/<id>.json: the oEmbed response for one event's embed. */
import type { APIRoute } from 'astro';
import { getTimeline } from '../../../../timeline/queries.ts';
import { embedTargets, oembedResponse } from '../../../../embed/oembed.ts';

export async function getStaticPaths() {
  const { events } = await getTimeline();
  return events.map((event) => ({ params: { id: event.id }, props: { name: event.name } }));
}

export const GET: APIRoute = ({ params, props }) => Response.json(oembedResponse(embedTargets.event(params.id!, props.name as string)));
