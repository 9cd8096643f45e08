/** /articles/<slug>/cite.json, cite.bib, cite.ris: the article as a reference, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../../content/queries.ts';
import { citationFiles, cslForArticle, type CitationFile } from '../../../quotes/citations.ts';

export const getStaticPaths = (async () =>
  (await getArticles()).flatMap((article) => Object.keys(citationFiles).map((file) => ({ params: { slug: article.id, file }, props: { article } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const file = citationFiles[params.file as CitationFile];
  return new Response(file.format([cslForArticle((props as { article: Article }).article)]), { headers: { 'Content-Type': file.type } });
};
