/** /quotes/<id>/cite.json, cite.bib, cite.ris: the quote as a reference, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getQuotes, type PlacedQuote } from '../../../content/queries.ts';
import { citationFiles, cslForQuote, type CitationFile } from '../../../quotes/citations.ts';

export const getStaticPaths = (async () =>
  (await getQuotes()).flatMap((quote) => Object.keys(citationFiles).map((file) => ({ params: { id: quote.id, file }, props: { quote } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const file = citationFiles[params.file as CitationFile];
  return new Response(file.format([cslForQuote((props as { quote: PlacedQuote }).quote)]), { headers: { 'Content-Type': file.type } });
};
