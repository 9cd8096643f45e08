/** Shared helpers for the annotation plugins: matching directives, reading attributes, reporting mistakes. */
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import type { Annotations } from './annotations.ts';

export type Directive = ContainerDirective | LeafDirective | TextDirective;

export function isDirective(node: unknown): node is Directive {
  const type = (node as { type?: string } | null)?.type;
  return type === 'textDirective' || type === 'leafDirective' || type === 'containerDirective';
}

/** A `visit` test for directives of one name. */
export function directiveNamed(name: string) {
  return (node: unknown): node is Directive => isDirective(node) && node.name === name;
}

export function directiveSyntax(node: Directive): string {
  const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
  return `${colons}${node.name}`;
}

/** Records a mistake at the node's place without stopping, so every mistake in a file is reported together. */
export function report(file: VFile, node: { position?: RootContent['position'] }, reason: string): void {
  const message = file.message(reason, { place: node.position, source: 'two-fronts', ruleId: 'annotation' });
  message.fatal = true;
}

/** Reads a required attribute, reporting how to add it when it is missing. */
export function requireAttribute(file: VFile, node: Directive, key: string, example: string): string | undefined {
  const value = node.attributes?.[key]?.trim();
  if (value) return value;
  const written = key === 'id' ? `#${example}` : `${key}=${example}`;
  report(file, node, `${directiveSyntax(node)} needs ${key === 'id' ? 'an id' : `a ${key}`}: add {${written}} after it.`);
  return undefined;
}

/** The label of a directive as plain text (for containers, the `[label]` paragraph). */
export function labelOf(node: Directive): string {
  if (node.type === 'containerDirective') {
    const label = node.children.find((child) => child.data && 'directiveLabel' in child.data);
    return label ? toString(label) : '';
  }
  return toString(node);
}

/** Ids the page around the article writes itself (its layout), and id prefixes it uses for lists (`source-…`). */
export interface LayoutIds {
  ids: readonly string[];
  prefixes: readonly string[];
}

/** Ids that every plugin registers, so any two annotations sharing an id, or one the layout uses, are caught. */
export function claimId(file: VFile, node: Directive | { position?: RootContent['position'] }, id: string, derivedFrom?: string): void {
  const claimed = (file.data.claimedIds ??= new Map()) as Map<string, string>;
  const layout = file.data.layoutIds;
  if (layout?.ids.includes(id) || layout?.prefixes.some((prefix) => id.startsWith(prefix))) {
    const prefix = layout.prefixes.find((p) => id.startsWith(p));
    const owner = prefix ? `ids starting with "${prefix}" are the page's own (its lists)` : 'the article page writes this id itself';
    report(file, node, `id "${id}" cannot be used here: ${owner}, so links to either would land on the wrong one. Choose another id.`);
    return;
  }
  const here = node.position ? `${node.position.start.line}:${node.position.start.column}` : '?';
  const earlier = claimed.get(id);
  if (earlier) {
    const written = derivedFrom ? `${derivedFrom} gives its title the id "${id}", which` : `id "${id}"`;
    report(file, node, `${written} is already used at line ${earlier}: ids must be unique in the article, rename one.`);
    return;
  }
  claimed.set(id, here);
}

export interface LayoutIdsOptions {
  /** Ids the article page's layout writes, which content may not claim; default: none. */
  layoutIds?: LayoutIds;
}

/** Sets the layout's ids for claimId (a pipeline option, so the build, the check and the tests share them). */
export const remarkLayoutIds: Plugin<[LayoutIdsOptions?], Root> = function (options = {}) {
  return (_tree, file) => {
    if (options.layoutIds) file.data.layoutIds = options.layoutIds;
  };
};

/** The annotation records of a file, kept where Astro exposes them to pages (remarkPluginFrontmatter). */
export function annotationsOf(file: VFile): Annotations {
  const astro = ((file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
  const frontmatter = (astro.frontmatter ??= {});
  return (frontmatter.annotations ??= {
    quotes: [],
    notes: [],
    citations: [],
    eventLinks: [],
    sections: [],
    mentions: [],
  }) as Annotations;
}

/** The id of the section (## heading) that contains a top-level node. */
export function sectionOf(tree: Root, topLevel: unknown): string | undefined {
  if (!topLevel) return undefined;
  let section: string | undefined;
  for (const child of tree.children) {
    if (child === topLevel) break;
    if (child.type === 'heading' && child.depth === 2) section = (child.data?.hProperties?.id as string) ?? section;
  }
  return section;
}

declare module 'vfile' {
  interface DataMap {
    claimedIds: globalThis.Map<string, string>;
    layoutIds: LayoutIds;
  }
}

/** Reports attributes a directive does not know (a misspelt `speakr=` would otherwise be ignored). */
export function checkAttributes(file: VFile, node: Directive, allowed: readonly string[]): void {
  for (const key of Object.keys(node.attributes ?? {})) {
    if (!allowed.includes(key)) {
      const shown = key === 'id' ? '#id' : key === 'class' ? '.class' : `${key}=`;
      report(file, node, `${directiveSyntax(node)} does not take ${shown}: it takes ${allowed.map((a) => (a === 'id' ? '#id' : `${a}=`)).join(', ')}.`);
    }
  }
}

/** Reads a list attribute (`ids=a,b`), reporting an empty entry (`a,,b`, a trailing comma) or one written twice. */
export function listAttribute(file: VFile, node: Directive, key: string): string[] {
  const written = node.attributes?.[key] ?? '';
  if (!written.trim()) return [];
  const entries = written.split(',').map((entry) => entry.trim());
  if (entries.some((entry) => !entry)) {
    report(file, node, `${directiveSyntax(node)} has an empty entry in ${key}=${written}: remove the extra comma, or add the missing id.`);
  }
  const ids = entries.flatMap((entry) => entry.split(/\s+/)).filter(Boolean);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  for (const id of new Set(repeated)) report(file, node, `${directiveSyntax(node)} names "${id}" twice in ${key}=: keep it once.`);
  return [...new Set(ids)];
}
