/**
 * The ids the article page writes around the article (its layout and components), read from their templates, so
 * content that claims one of them stops the build at its line: two elements with one id break links to both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LayoutIds } from '../markdown/directive.ts';

const articlePage = 'src/pages/articles/[slug].astro';
const importedTemplate = /^import\s+\w+\s+from\s+['"](\.{1,2}\/[^'"]+\.astro)['"]/gm;
const literalId = /\bid="([^"{}]+)"/g;
/** `id={`source-${…}`}`: every id with that prefix is the template's. */
const prefixedId = /\bid=\{`([a-z][a-z0-9-]*-)\$\{/g;

/** Read from this project's templates (not the content folder's), wherever the content lives. */
export function articleLayoutIds(root = resolve(import.meta.dirname, '../..')): LayoutIds {
  const ids = new Set<string>();
  const prefixes = new Set<string>();
  const seen = new Set<string>();
  const read = (path: string) => {
    if (seen.has(path) || !existsSync(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    for (const [, id] of text.matchAll(literalId)) ids.add(id!);
    for (const [, prefix] of text.matchAll(prefixedId)) prefixes.add(prefix!);
    for (const [, imported] of text.matchAll(importedTemplate)) read(resolve(dirname(path), imported!));
  };
  read(join(root, articlePage));
  return { ids: [...ids].sort(), prefixes: [...prefixes].sort() };
}
