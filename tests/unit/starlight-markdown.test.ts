/** The Starlight baseline's page: the article as plain Markdown keeps every seed sentence, every note (as an aside with its source) and no annotation syntax. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { toStarlightPage } from '../bench/starlight-markdown.ts';

const root = join(import.meta.dirname, '../..');
const articleText = readFileSync(join(root, 'content/articles/china-russia-military-cooperation-taiwan.md'), 'utf8');
const seed = readFileSync(join(root, 'tests/fixtures/seed-article.txt'), 'utf8');

/** The seed's sentences (after its title line): split after . ? ! or a closing quote that follows one. */
const seedSentences = seed
  .split('\n')
  .slice(1)
  .join('\n')
  .split(/\n+/)
  .flatMap((paragraph) => paragraph.match(/[^.!?]+(?:[.!?]+[”’]?|$)/g) ?? [])
  .map((sentence) => sentence.trim())
  .filter(Boolean);

const sources = new Map([['src-a', { title: 'A hearing', publisher: 'Senate', url: 'https://example.org/a', date: '2024-05-02' }]]);

/** How Starlight reads the page: Markdown with directives (its asides). */
const parsed = (markdown: string) => unified().use(remarkParse).use(remarkDirective).parse(markdown) as Root;

describe('starlight markdown', () => {
  const { markdown, title } = toStarlightPage(articleText, loadRegistry(root).sources);
  const tree = parsed(markdown);
  /** The words a reader sees, block by block (links and asides read as their text). */
  const readerText = tree.children.map((block) => toString(block)).join('\n');

  it('keeps every sentence of the seed article word for word', () => {
    expect(seedSentences.length).toBeGreaterThan(20);
    const missing = seedSentences.filter((sentence) => !readerText.includes(sentence));
    expect(missing).toEqual([]);
    expect(title).toBe(seed.split('\n')[0]!.trim());
  });

  it('leaves no annotation syntax: no :name[ or :name{ directive and no {#id} or {source=…} attributes', () => {
    expect(markdown).not.toMatch(/(^|[^:\w]):[a-z]+[[{]/m);
    expect(markdown).not.toMatch(/\{#[a-z]/);
    expect(markdown).not.toMatch(/\{[^}]*source=/);
  });

  it('turns each note into a Starlight aside that ends with its source line', () => {
    const notesInArticle = articleText.match(/^:::note\[/gm)!.length;
    const asides: ContainerDirective[] = [];
    visit(tree, 'containerDirective', (node) => void asides.push(node));
    expect(asides.length).toBe(notesInArticle);
    for (const aside of asides) {
      expect(aside.name).toBe('note');
      expect(aside.attributes ?? {}).toEqual({});
      const last = aside.children.at(-1);
      expect(last?.type === 'paragraph' && toString(last).startsWith('Source: ')).toBe(true);
      expect(last?.type === 'paragraph' && last.children.some((child) => child.type === 'link' && /^https?:/.test(child.url))).toBe(true);
    }
  });

  it('writes a citation as a link, a quote and a mention as their words, a heading without its {#id}', () => {
    const input = '---\ntitle: T\ndek: D\n---\n\n## Heading {#heading}\n\n:person[Avril Haines]{id=avril-haines} said :quote[“yes”]{#q speaker=avril-haines source=src-a} at a :cite[hearing]{source=src-a}.\n';
    const page = toStarlightPage(input, sources);
    expect(page.markdown).toContain('description: D');
    expect(page.markdown).toContain('## Heading\n');
    expect(page.markdown).toContain('Avril Haines said “yes” at a [hearing](https://example.org/a).');
  });
});
