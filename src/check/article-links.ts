/**
 * Links between articles, which only the check of every article sees: a #fragment must be one the other article
 * has, and a published article may not link to one the build leaves out (a draft, or dated later).
 */
import type { ContentProblem } from '../content/problems.ts';
import { isPublic } from '../content/publishing.ts';
import type { LayoutIds } from '../markdown/directive.ts';
import { missingIdMessage, type SiteLink } from '../markdown/site-links.ts';
import type { CheckedArticle } from './articles.ts';

function problemWith(link: SiteLink, from: CheckedArticle, target: CheckedArticle, layoutIds: LayoutIds): string | undefined {
  const meta = target.meta;
  if (from.meta && isPublic(from.meta) && meta && !isPublic(meta)) {
    const why = meta.draft ? 'a draft (draft: true)' : `scheduled for ${meta.published}`;
    return `link ${link.written} leads to an article that is ${why}, which the build leaves out: remove the link until that article is published.`;
  }
  const ids = target.rendered?.ids;
  const { fragment } = link;
  if (!fragment || !ids || ids.includes(fragment) || layoutIds.ids.includes(fragment) || layoutIds.prefixes.some((p) => fragment.startsWith(p))) return undefined;
  return `link ${link.written} goes nowhere: ${missingIdMessage(`${target.file} has no id`, fragment, ids)}`;
}

export function checkLinksBetweenArticles(articles: readonly CheckedArticle[], layoutIds: LayoutIds): ContentProblem[] {
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  return articles.flatMap((article) =>
    (article.rendered?.links ?? []).flatMap((link) => {
      const slug = /^\/articles\/([^/]+)\/$/.exec(link.page)?.[1];
      const target = slug === undefined || slug === article.slug ? undefined : bySlug.get(slug);
      const message = target && problemWith(link, article, target, layoutIds);
      const start = link.position?.start;
      return message ? [{ file: article.file, line: start?.line ?? 1, column: start?.column ?? 1, message }] : [];
    }),
  );
}
