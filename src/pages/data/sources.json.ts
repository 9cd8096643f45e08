/** /data/sources.json: every source with its publisher type, the state behind state media, what it copies, and why a weak one is kept. */
import type { APIRoute } from 'astro';
import { site } from '../../site.ts';
import { sourceRecord } from '../../timeline/data.ts';
import { getSourceMap } from '../../content/queries.ts';

export const GET: APIRoute = async () => {
  const sources = [...(await getSourceMap()).values()].map(sourceRecord).sort((a, b) => a.id.localeCompare(b.id));
  const body = { title: `${site.name}: sources`, sources };
  return new Response(JSON.stringify(body, null, 2) + '\n', { headers: { 'Content-Type': 'application/json' } });
};
