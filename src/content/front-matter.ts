/** Splits an article into its front matter and body, as editors save files: with or without a byte-order mark, LF or CRLF. */
import { withoutBom } from './yaml-list.ts';

const frontMatterPattern = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The body keeps its line numbers as in the file (front-matter lines become blank lines). */
export function splitFrontMatter(text: string): { frontMatter: string | undefined; body: string; bodyLine: number } {
  const source = withoutBom(text);
  const match = frontMatterPattern.exec(source);
  if (!match) return { frontMatter: undefined, body: source, bodyLine: 1 };
  const lines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { frontMatter: match[1], body: '\n'.repeat(lines) + source.slice(match[0].length), bodyLine: lines + 1 };
}
