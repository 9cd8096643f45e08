/** Mistakes only visible across articles: two articles with one title, or slugs that differ only in case. */
import type { ContentProblem } from '../content/problems.ts';
import type { CheckedArticle } from './articles.ts';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkAcrossArticles(articles: readonly CheckedArticle[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const titles = new Map<string, CheckedArticle>();
  const slugs = new Map<string, CheckedArticle>();
  for (const article of articles) {
    if (!slugPattern.test(article.slug)) {
      problems.push({ file: article.file, line: 1, column: 1, message: `the file name "${article.slug}.md" is the article's address, so it must be kebab-case: rename it to lower-case words joined by hyphens, like china-russia-drills.md.` });
    }
    const slug = article.slug.toLowerCase();
    const sameSlug = slugs.get(slug);
    if (sameSlug) problems.push({ file: article.file, line: 1, column: 1, message: `this article's address /articles/${slug}/ is also ${sameSlug.file}'s: rename one of the files.` });
    else slugs.set(slug, article);
    if (!article.meta) continue;
    const title = article.meta.title.trim().toLowerCase();
    const sameTitle = titles.get(title);
    if (sameTitle) {
      const first = sameTitle.frontMatter!.locate(['title']);
      problems.push({ file: article.file, ...article.frontMatter!.locate(['title']), message: `front matter: title "${article.meta.title}" is also the title of ${sameTitle.file}:${first.line}: two articles cannot share a headline; change one.` });
    } else titles.set(title, article);
  }
  return problems;
}
