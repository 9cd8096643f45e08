/** /timeline/basemap.svg: land and borders for every map on the site, drawn once at build time. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { basemapSvg } from '../../timeline/basemap.ts';

export const GET: APIRoute = async () => {
  const events = (await getCollection('exercises')).map((entry) => entry.data);
  return new Response(basemapSvg(events), { headers: { 'Content-Type': 'image/svg+xml' } });
};
