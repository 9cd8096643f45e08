/** Stops the build on anything in an article that could run script: raw HTML, and link or image URLs with a scheme other than http(s), mailto or tel. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';
import { report } from './directive.ts';

/** Schemes a reader can follow safely; relative URLs (`/…`, `#…`, `../…`) have none and are fine. */
const safeSchemes = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces), or undefined if relative. */
export function schemeOf(url: string): string | undefined {
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

/** A short, printable excerpt of the offending HTML for the message. */
function excerpt(html: string): string {
  const firstTag = /<[^>]*>?/.exec(html)?.[0] ?? html;
  const line = firstTag.replace(/\s+/g, ' ').trim();
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

export const remarkRawHtml: Plugin<[], Root> = function () {
  return (tree, file) => {
    visit(tree, (node) => {
      if (node.type === 'html') {
        // A closing tag belongs to an opening one already reported.
        if (/^<\/[a-z][^>]*>$/i.test(node.value.trim())) return;
        const handler = /\son[a-z]+\s*=/i.test(node.value) ? ' (an on… event attribute runs script)' : '';
        report(
          file,
          node,
          `raw HTML is not allowed in articles: ${excerpt(node.value)}${handler}. ` +
            'Write it as Markdown or an annotation (:quote, :note, :cite …); to show a literal “<”, write \\<.',
        );
        return;
      }
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        const scheme = schemeOf(node.url);
        if (scheme === undefined || safeSchemes.has(scheme)) return;
        report(
          file,
          node,
          `unsafe URL "${node.url.slice(0, 60)}" in a Markdown ${node.type}: only http(s), mailto and tel links, or links within the site, are allowed.`,
        );
      }
    });
  };
};
