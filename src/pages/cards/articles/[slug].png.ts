/** One card per article (/cards/articles/<slug>.png). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, getSourceMap, type Article } from '../../../content/queries.ts';
import { cardResponse } from '../../../publish/cards/response.ts';
import { cardForArticle } from '../../../publish/cards/cards.ts';

export const getStaticPaths = (async () => (await getArticles()).map((article) => ({ params: { slug: article.id }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: Article };
  const sources = await getSourceMap();
  return cardResponse(cardForArticle(article.data, article.data.outlets.map((id) => sources.get(id)!)));
};
