/** The ordered remark and rehype plugins that turn annotated Markdown into the article's HTML. */
import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from 'rehype-external-links';
import { remarkProseColons } from './prose-colons.ts';
import { remarkHeadingIds } from './heading-ids.ts';
import { remarkQuote } from './quote.ts';
import { remarkNote } from './note.ts';
import { remarkMention } from './mention.ts';
import { remarkCite } from './cite.ts';
import { remarkEvents } from './events.ts';
import { remarkUnknownDirectives } from './unknown-directives.ts';
import { remarkRawHtml } from './raw-html.ts';
import { remarkReportProblems, type ReportOptions } from './report-problems.ts';
import { rehypeParagraphIds } from './paragraph-ids.ts';
import { rehypePassages } from './passages.ts';
import { rehypeSections } from './sections.ts';
import { rehypeBoundIds } from './bound-ids.ts';
import type { AnnotationRegistry } from './registry-types.ts';

export interface PipelineOptions extends ReportOptions {
  registry: AnnotationRegistry;
}

export function remarkPlugins({ registry, ...report }: PipelineOptions): PluggableList {
  return [
    remarkDirective,
    remarkProseColons,
    remarkHeadingIds,
    [remarkQuote, { registry }],
    [remarkNote, { registry }],
    [remarkMention, { registry }],
    [remarkCite, { registry }],
    [remarkEvents, { registry }],
    remarkUnknownDirectives,
    remarkRawHtml,
    [remarkReportProblems, report],
  ];
}

export const rehypePlugins: PluggableList = [
  rehypeParagraphIds,
  rehypePassages,
  rehypeSections,
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  // Last: the ids and text are final.
  rehypeBoundIds,
];
