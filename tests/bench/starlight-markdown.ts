/** Turns an annotated article into the plain Markdown a Starlight author would write: annotations become their text, notes become `:::note` asides with their source link. */
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { ContainerDirective, TextDirective } from 'mdast-util-directive';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { splitFrontMatter } from '../../src/content/front-matter.ts';
import { formatDate } from '../../src/content/dates.ts';
import type { Source } from '../../src/content/schemas.ts';

export interface StarlightPage {
  /** Front matter Starlight's docsSchema accepts (title, description) and the Markdown body. */
  markdown: string;
  title: string;
}

type CitedSource = Pick<Source, 'title' | 'publisher' | 'url' | 'date'>;
type SourceLookup = ReadonlyMap<string, CitedSource>;

const text = (value: string) => ({ type: 'text', value }) as const;
const trailingHeadingId = /\s*\{#[^}\s]*\}\s*$/;

/** `Source: Publisher, “Title”, 2 May 2024.` as a paragraph with a link, the line our notes end with. */
function sourceLine(source: CitedSource): Paragraph {
  const link: Link = { type: 'link', url: source.url, children: [text(`${source.publisher}, “${source.title}”`)] };
  return { type: 'paragraph', children: [text('Source: '), link, text(`, ${formatDate(source.date) ?? 'undated'}.`)] };
}

/** A text directive as a Starlight author would write it: a citation as a link to its source, anything else as its words. */
function plainPhrasing(node: TextDirective, sources: SourceLookup): PhrasingContent[] {
  const source = node.name === 'cite' ? sources.get(node.attributes?.source ?? '') : undefined;
  if (source) return [{ type: 'link', url: source.url, children: node.children }];
  return node.children;
}

/** A `:::note[Title]{…}` container as a Starlight aside `:::note[Title]`, ending with the note's source line. */
function aside(node: ContainerDirective, sources: SourceLookup): ContainerDirective {
  const source = sources.get(node.attributes?.source ?? '');
  const children = source ? [...node.children, sourceLine(source)] : node.children;
  return { type: 'containerDirective', name: 'note', attributes: {}, children: children as ContainerDirective['children'] };
}

/** The article body's tree with every annotation turned into plain Markdown (mutates and returns the tree). */
export function plainStarlightTree(tree: Root, sources: SourceLookup): Root {
  visit(tree, (node, index, parent) => {
    if (!parent || index === undefined) return;
    if (node.type === 'textDirective') {
      const replacement = plainPhrasing(node, sources);
      (parent.children as RootContent[]).splice(index, 1, ...replacement);
      // Visit the replacement too: a directive's words may hold another annotation.
      return index;
    }
    if (node.type === 'containerDirective' && node.name === 'note') {
      (parent.children as RootContent[])[index] = aside(node, sources);
      return;
    }
    if (node.type === 'heading') {
      const last = node.children.at(-1);
      if (last?.type === 'text') last.value = last.value.replace(trailingHeadingId, '');
    }
    return;
  });
  return tree;
}

/** Converts an annotated article file's text into a Starlight docs page (front matter title and description, plain Markdown body). */
export function toStarlightPage(articleText: string, sources: SourceLookup): StarlightPage {
  const { frontMatter, body } = splitFrontMatter(articleText);
  const meta = (frontMatter ? parseYaml(frontMatter) : {}) as { title?: string; dek?: string };
  if (!meta.title) throw new Error('the article has no title in its front matter: a Starlight page needs one.');
  const processor = unified().use(remarkParse).use(remarkDirective).use(remarkStringify, { bullet: '-', emphasis: '_', rule: '-' });
  const tree = plainStarlightTree(processor.parse(body.trimStart()) as Root, sources);
  const markdownBody = processor.stringify(tree);
  const head = stringifyYaml({ title: meta.title, ...(meta.dek ? { description: meta.dek } : {}) }, { lineWidth: 0 });
  return { title: meta.title, markdown: `---\n${head}---\n\n${markdownBody}` };
}
