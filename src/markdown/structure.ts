/**
 * Checks that every `:::` block spans what the editor meant: each block is closed by its own fence, every
 * fence-like line is a real fence, and a note holds only its own paragraph (no heading, quote, note or reported
 * text). remark-directive reads each of these slips as valid Markdown and would silently move text into a note.
 */
import type { Root, RootContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { directiveSyntax, isDirective, labelOf, report } from './directive.ts';

/** A line that looks like a block fence: three or more colons, then maybe a name, a label or anything else. */
const fenceLike = /^( {0,3})(:{3,})(.*)$/;

interface Block {
  node: ContainerDirective;
  open: number;
  /** The line of its own closing fence; undefined when it was never closed. */
  close?: number;
  /** The opening colons: the closing fence needs at least as many. */
  fence: string;
}

const at = (line: number, column = 1) => ({ position: { start: { line, column }, end: { line, column } } });
const isLabel = (node: RootContent) => Boolean(node.data && 'directiveLabel' in node.data);
const lastLine = (block: Block) => block.close ?? block.node.position!.end.line;
const contains = (block: Block, line: number) => line > block.open && line <= lastLine(block);

function describe(node: ContainerDirective): string {
  const title = labelOf(node);
  return `${directiveSyntax(node)}${title ? `[${title}]` : ''}`;
}

function readBlocks(tree: Root, lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  visit(tree, 'containerDirective', (node) => {
    const open = node.position!.start.line;
    const end = node.position!.end.line;
    const fence = fenceLike.exec(lines[open - 1] ?? '')?.[2] ?? ':::';
    // remark-directive ends an unclosed block at the end of its parent, not on a fence of its own.
    const closed = end > open && new RegExp(`^ {0,3}:{${fence.length},}\\s*$`).test(lines[end - 1] ?? '');
    blocks.push({ node, open, close: closed ? end : undefined, fence });
  });
  // Blocks ending on one fence: the outermost owns it (remark-directive closes the outer block first).
  for (const block of blocks) {
    const end = block.node.position!.end.line;
    if (blocks.some((other) => other.open < block.open && other.node.position!.end.line === end)) block.close = undefined;
  }
  return blocks;
}

/** Reports lines that look like fences but are not one; returns the blocks whose extent these lines explain. */
function checkFenceLines(tree: Root, file: VFile, lines: readonly string[], blocks: readonly Block[]): Set<Block> {
  const fences = new Set(blocks.flatMap((b) => (b.close ? [b.open, b.close] : [b.open])));
  const explained = new Set<Block>();
  const explain = (line: number) => blocks.filter((block) => contains(block, line)).forEach((block) => explained.add(block));
  // A `::note` is reported by the note plugin; the `:::` written to close it is part of that one mistake.
  visit(tree, 'leafDirective', (node) => {
    if (node.name !== 'note') return;
    const start = node.position!.start.line;
    explain(start);
    const close = lines.findIndex((line, index) => index >= start && fenceLike.test(line) && !fences.has(index + 1));
    if (close >= 0) fences.add(close + 1);
  });
  /** After an opening line that cannot be read, the next bare fence was written to close it. */
  let unreadOpening = false;
  lines.forEach((line, index) => {
    const number = index + 1;
    const match = fenceLike.exec(line);
    if (!match || fences.has(number)) return;
    if (unreadOpening && !match[3]!.trim()) {
      unreadOpening = false;
      return;
    }
    const [, indent = '', colons = '', rest = ''] = match;
    const open = blocks.filter((block) => !block.close && contains(block, number)).at(-1);
    explain(number);
    if (/^[a-z]/i.test(rest)) {
      unreadOpening = true;
      report(file, at(number), `this line starts like a block annotation but cannot be read: write ${colons}name[Title]{#id key=value} with the [title] and {…} closed on the same line and nothing after them.`);
    } else if (rest.trim()) {
      report(file, at(number, indent.length + colons.length + 1), `text after ${colons} on a closing line: ${colons} must stand alone on its line; move “${rest.trim()}” to its own paragraph.`);
    } else if (open) {
      report(file, at(number), `this ${colons} does not close ${describe(open.node)} of line ${open.open}, which was opened with ${open.fence.length} colons: close it with ${open.fence} on its own line.`);
    } else {
      report(file, at(number), `this ${colons} closes nothing: no note is open here. Open a note with :::note[Title]{#id source=…} (three colons), or delete the line.`);
    }
  });
  return explained;
}

function checkUnclosed(file: VFile, blocks: readonly Block[], explained: Set<Block>): void {
  for (const block of blocks) {
    if (block.close || explained.has(block)) continue;
    explained.add(block);
    const outer = blocks.find((other) => other.close && contains(other, block.open) && other.node.position!.end.line === block.node.position!.end.line);
    if (!outer) {
      report(file, block.node, `${describe(block.node)} is never closed, so everything after it would become part of it: add a line with ${block.fence} where its text ends.`);
      continue;
    }
    // A second paragraph in the outer note before this one is where the close was missing: reported there, once.
    const before = outer.node.children.filter((child) => child.type === 'paragraph' && !isLabel(child) && child.position!.start.line < block.open);
    if (before.length > 1) continue;
    report(file, block.node, `${describe(block.node)} opens inside ${describe(outer.node)} of line ${outer.open}, which is still open: close that note with ${outer.fence} where its text ends, before this line.`);
  }
}

/** A closed note holds its title and one paragraph (or list) in the site's own words. */
function checkNoteContents(file: VFile, block: Block, blocks: readonly Block[]): void {
  const where = `${describe(block.node)} of line ${block.open}`;
  const reported = new Set<unknown>();
  const body = block.node.children.filter((child) => !isLabel(child));
  const paragraphs = body.filter((child) => child.type === 'paragraph');
  for (const child of body) {
    if (child.type === 'heading') {
      report(file, child, `a heading cannot be inside ${where}: close the note with ${block.fence} before the heading.`);
    } else if (child.type === 'containerDirective' && child.name === 'note') {
      if (blocks.find((other) => other.node === child)?.close) report(file, child, `a note cannot be inside ${where}: close that note with ${block.fence} before this one.`);
    } else if (child.type === 'paragraph' && child !== paragraphs[0]) {
      report(file, child, `${where} holds a second paragraph, which reads as reported text the note took in: a note is one paragraph. Close the note with ${block.fence} before this line, or join the two paragraphs.`);
    } else if (child.type !== 'paragraph' && child.type !== 'list') {
      report(file, child, `${where} may hold only its text (a paragraph or a list): move this ${child.type} out of the note.`);
    } else continue;
    reported.add(child);
  }
  visit(block.node, (node) => {
    if (reported.has(node)) return 'skip';
    if (isDirective(node) && node.name === 'quote') {
      report(file, node, `a quote cannot be inside ${where}: quotes belong to the reported text. Close the note with ${block.fence} before this paragraph, or write the words in the note as “…” without :quote.`);
    }
    return undefined;
  });
}

export const remarkStructure: Plugin<[], Root> = function () {
  return (tree, file) => {
    const lines = String(file.value ?? '').split(/\r?\n/);
    const blocks = readBlocks(tree, lines);
    const explained = checkFenceLines(tree, file, lines, blocks);
    checkUnclosed(file, blocks, explained);
    for (const block of blocks) {
      if (block.node.name === 'note' && block.close && !explained.has(block)) checkNoteContents(file, block, blocks);
    }
  };
};
