/** /data/citations/cite.json, cite.bib, cite.ris: every article and every quote as references, one file per format, for reference managers and the research pack. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getQuotes } from '../../../content/queries.ts';
import { citationFiles, cslForArticle, cslForQuote, type CitationFile } from '../../../quotes/citations.ts';

export const getStaticPaths = (() => Object.keys(citationFiles).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = citationFiles[params.file as CitationFile];
  const items = [...(await getArticles()).map(cslForArticle), ...(await getQuotes()).map(cslForQuote)];
  return new Response(file.format(items), { headers: { 'Content-Type': file.type } });
};
