/** Checks one article of content/articles/: front matter against the schema, annotations against the registry. */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { renderAnnotated, type Rendered } from '../markdown/render.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import type { Registry } from '../content/registry.ts';
import { articleSchema, type ArticleMeta } from '../content/schemas.ts';
import { readYamlDocument, type YamlDocument } from '../content/yaml-list.ts';
import { splitFrontMatter } from '../content/front-matter.ts';
import { describeIssues } from '../content/schema-messages.ts';
import { unknownIdMessage } from '../markdown/registry-types.ts';
import type { LayoutIds } from '../markdown/directive.ts';

export interface CheckedArticle {
  /** The file's path relative to the project root, as messages print it. */
  file: string;
  slug: string;
  problems: ContentProblem[];
  /** The front matter, when it is valid, and where each of its values was written. */
  meta?: ArticleMeta;
  frontMatter?: YamlDocument;
  /** The rendered body, when its annotations are valid. */
  rendered?: Rendered;
}

function checkFrontMatter(file: string, text: string, registry: Registry, article: CheckedArticle): void {
  const { frontMatter } = splitFrontMatter(text);
  if (frontMatter === undefined) {
    article.problems.push({ file, line: 1, column: 1, message: 'has no front matter: start the file with a line ---, then the title, dek, published date, outlets and summary, then a line --- .' });
    return;
  }
  const document = readYamlDocument(file, frontMatter, 1);
  article.frontMatter = document;
  article.problems.push(...document.problems);
  if (document.problems.length) return;
  const parsed = articleSchema.safeParse(document.data ?? {});
  if (!parsed.success) {
    article.problems.push(...describeIssues(parsed.error.issues, { file, name: 'front matter', schema: articleSchema, data: document.data, locate: document.locate }));
    return;
  }
  article.meta = parsed.data;
  parsed.data.outlets.forEach((id, index) => {
    if (!registry.sources.has(id)) {
      article.problems.push({ file, ...document.locate(['outlets', index]), message: `front matter: ${unknownIdMessage('outlet', id, registry.sources.keys(), 'content/sources/').replace(/, or add the outlet there\.$/, ', or add the source there.')}` });
    }
  });
}

export async function checkArticle(root: string, path: string, registry: Registry, layoutIds?: LayoutIds): Promise<CheckedArticle> {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const article: CheckedArticle = { file, slug: path.replace(/^.*\//, '').replace(/\.md$/, ''), problems: [] };
  checkFrontMatter(file, text, registry, article);
  try {
    article.rendered = await renderAnnotated(splitFrontMatter(text).body, { registry, layoutIds, path, root });
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    article.problems.push(...error.problems);
    return article;
  }
  const quoteIds = article.rendered.annotations.quotes.map((quote) => quote.id);
  article.meta?.keyQuotes?.forEach((id, index) => {
    if (quoteIds.includes(id)) return;
    const message = unknownIdMessage('quote', id, quoteIds, 'this article’s :quote[…]{#id …} annotations').replace(/, or add the quote there\.$/, '.');
    article.problems.push({ file, ...article.frontMatter!.locate(['keyQuotes', index]), message: `keyQuotes: ${message}` });
  });
  article.problems.push(...strayQuoteEntries(registry, article.slug, quoteIds));
  return article;
}

/** The article a content/quotes/ file describes: the file is named after it. */
export const quotesFileSlug = (file: string) => file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');

/** Entries of content/quotes/<slug>.yaml whose id is not a quote of that article. */
function strayQuoteEntries(registry: Registry, slug: string, quoteIds: readonly string[]): ContentProblem[] {
  return [...registry.quotePlaces]
    .filter(([id, place]) => quotesFileSlug(place.file) === slug && !quoteIds.includes(id))
    .map(([id, place]) => ({
      ...place,
      message: unknownIdMessage('quote', id, quoteIds, `the :quote[…]{#id …} annotations of content/articles/${slug}.md`).replace(/, or add the quote there\.$/, ': each entry describes a quote of the article its file is named after.'),
    }));
}
