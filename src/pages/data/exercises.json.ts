/** /data/exercises.json: every event with every field and its sources' URLs. */
import type { APIRoute } from 'astro';
import { site } from '../../site.ts';
import { exerciseRecord } from '../../timeline/data.ts';
import { getTimeline } from '../../timeline/queries.ts';

export const GET: APIRoute = async () => {
  const { events, sources } = await getTimeline();
  const body = { title: `${site.name}: China–Russia joint exercises and patrols`, events: events.map((e) => exerciseRecord(e, sources, site.url)) };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
