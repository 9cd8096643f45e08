/** Checks every article in content/articles/: front matter against the schema, annotations against the registry. */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { renderAnnotated } from '../markdown/render.ts';
import { ContentError, type ContentProblem } from './problems.ts';
import type { Registry } from './registry.ts';
import { articleSchema } from './schemas.ts';
import { readYamlDocument } from './yaml-list.ts';
import { contentDirectory } from './paths.ts';
import { unknownIdMessage } from '../markdown/registry-types.ts';

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits front matter from the body, keeping the body's line numbers as they are in the file. */
export function splitFrontMatter(text: string): { frontMatter: string | undefined; body: string } {
  const match = frontMatterPattern.exec(text);
  if (!match) return { frontMatter: undefined, body: text };
  const blankLines = '\n'.repeat(match[0].split('\n').length - 1);
  return { frontMatter: match[1], body: blankLines + text.slice(match[0].length) };
}

export async function checkArticle(root: string, path: string, registry: Registry): Promise<ContentProblem[]> {
  const file = relative(root, path);
  const text = readFileSync(path, 'utf8');
  const { frontMatter, body } = splitFrontMatter(text);
  const problems: ContentProblem[] = [];
  /** Front-matter ids that must name a quote of this article, checked once the body is read. */
  let keyQuotes: { ids: string[]; locate: (index: number) => { line: number; column: number } } | undefined;
  if (frontMatter === undefined) {
    problems.push({ file, line: 1, column: 1, message: 'has no front matter: start the file with --- , the title, dek, dates, outlets and summary, then --- .' });
  } else {
    const document = readYamlDocument(file, frontMatter, 1);
    problems.push(...document.problems);
    if (!document.problems.length) {
      const parsed = articleSchema.safeParse(document.data ?? {});
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const field = issue.path.join('.') || 'front matter';
          const missing = issue.code === 'invalid_type' && issue.input === undefined;
          problems.push({ file, ...document.locate(issue.path), message: `${field} ${missing ? 'is missing: add it to the front matter' : issue.message}` });
        }
      } else {
        parsed.data.outlets.forEach((id, index) => {
          if (!registry.sources.has(id)) {
            problems.push({ file, ...document.locate(['outlets', index]), message: `outlet "${id}" is not a source id: add it to content/sources/ or fix the id.` });
          }
        });
        if (parsed.data.keyQuotes) keyQuotes = { ids: parsed.data.keyQuotes, locate: (index) => document.locate(['keyQuotes', index]) };
      }
    }
  }
  try {
    const { annotations } = await renderAnnotated(body, { registry, path, root });
    const quoteIds = annotations.quotes.map((quote) => quote.id);
    keyQuotes?.ids.forEach((id, index) => {
      if (!quoteIds.includes(id)) {
        const message = unknownIdMessage('quote', id, quoteIds, 'this article’s :quote[…]{#id …} annotations').replace(/, or add the quote there\.$/, '.');
        problems.push({ file, ...keyQuotes!.locate(index), message: `keyQuotes: ${message}` });
      }
    });
    problems.push(...strayQuoteEntries(registry, articleSlug(path), quoteIds));
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    problems.push(...error.problems);
  }
  return problems;
}

const articleSlug = (path: string) => basename(path, '.md');
const quotesFileSlug = (file: string) => basename(file).replace(/\.ya?ml$/, '');

/** Entries of content/quotes/<slug>.yaml whose id is not a quote of that article. */
function strayQuoteEntries(registry: Registry, slug: string, quoteIds: readonly string[]): ContentProblem[] {
  return [...registry.quotePlaces]
    .filter(([id, place]) => quotesFileSlug(place.file) === slug && !quoteIds.includes(id))
    .map(([id, place]) => ({
      ...place,
      message: unknownIdMessage('quote', id, quoteIds, `the :quote[…]{#id …} annotations of content/articles/${slug}.md`).replace(/, or add the quote there\.$/, ': each entry describes a quote of the article its file is named after.'),
    }));
}

/** Checks all articles; throws one ContentError with every problem in every file. */
export async function checkArticles(root: string, registry: Registry, dir = join(contentDirectory(root), 'articles')): Promise<void> {
  const files = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
  const problems = (await Promise.all(files.map((name) => checkArticle(root, join(dir, name), registry)))).flat();
  const slugs = files.map(articleSlug);
  for (const place of new Map([...registry.quotePlaces.values()].map((place) => [place.file, place])).values()) {
    const slug = quotesFileSlug(place.file);
    if (!slugs.includes(slug)) {
      problems.push({ file: place.file, line: 1, column: 1, message: `there is no article content/articles/${slug}.md: name the file after the article whose quotes it describes.` });
    }
  }
  if (problems.length) throw new ContentError(problems);
}
