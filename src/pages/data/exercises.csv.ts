/** /data/exercises.csv: the same records as the JSON, one row per event (columns documented on /timeline/). */
import type { APIRoute } from 'astro';
import { site } from '../../site.ts';
import { exerciseRecord, toCsv } from '../../timeline/data.ts';
import { getTimeline } from '../../timeline/queries.ts';

export const GET: APIRoute = async () => {
  const { events, sources } = await getTimeline();
  return new Response(toCsv(events.map((e) => exerciseRecord(e, sources, site.url))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
