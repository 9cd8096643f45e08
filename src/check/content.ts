/** Checks all content at once (YAML collections, aliases, articles, and what crosses files) and lists every problem. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentDirectory } from '../content/paths.ts';
import { ContentError, type ContentProblem } from '../content/problems.ts';
import { readRegistry, type Registry } from '../content/registry.ts';
import { parseAliases, type Alias } from '../links/aliases.ts';
import { checkArticle, quotesFileSlug, type CheckedArticle } from './articles.ts';
import { checkAcrossArticles } from './across-articles.ts';
import { articleLayoutIds } from './layout-ids.ts';

export interface CheckedContent {
  problems: ContentProblem[];
  registry: Registry;
  aliases: Alias[];
  articles: CheckedArticle[];
}

function readAliases(root: string, contentDir: string): { aliases: Alias[]; problems: ContentProblem[] } {
  const path = join(contentDir, 'aliases.yaml');
  if (!existsSync(path)) return { aliases: [], problems: [] };
  return parseAliases(relative(root, path), readFileSync(path, 'utf8'));
}

export async function checkAllContent(root: string, contentDir = contentDirectory(root)): Promise<CheckedContent> {
  const { registry, problems } = readRegistry(root, contentDir);
  const { aliases, problems: aliasProblems } = readAliases(root, contentDir);
  problems.push(...aliasProblems);
  const layoutIds = articleLayoutIds();
  const articlesDir = join(contentDir, 'articles');
  const files = existsSync(articlesDir) ? readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort() : [];
  const articles = await Promise.all(files.map((name) => checkArticle(root, join(articlesDir, name), registry, layoutIds)));
  problems.push(...articles.flatMap((article) => article.problems));
  problems.push(...checkAcrossArticles(articles), ...quoteFilesWithoutArticle(registry, articles));
  return { problems, registry, aliases, articles };
}

/** A content/quotes/ file is named after the article whose quotes it describes. */
function quoteFilesWithoutArticle(registry: Registry, articles: readonly CheckedArticle[]): ContentProblem[] {
  const slugs = articles.map((article) => article.slug);
  const files = new Set([...registry.quotePlaces.values()].map((place) => place.file));
  return [...files]
    .filter((file) => !slugs.includes(quotesFileSlug(file)))
    .map((file) => ({ file, line: 1, column: 1, message: `there is no article content/articles/${quotesFileSlug(file)}.md: name the file after the article whose quotes it describes.` }));
}

/** Throws one ContentError with every problem of every file, YAML and Markdown together. */
export async function checkContent(root: string, contentDir = contentDirectory(root)): Promise<CheckedContent> {
  const checked = await checkAllContent(root, contentDir);
  if (checked.problems.length) throw new ContentError(checked.problems);
  return checked;
}
