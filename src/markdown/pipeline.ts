/** The ordered remark and rehype plugins that turn annotated Markdown into the article's HTML: the build, the content check and the unit tests all run this list. */
import type { PluggableList } from 'unified';
import remarkDirective from 'remark-directive';
import rehypeExternalLinks from 'rehype-external-links';
import { remarkProseColons } from './prose-colons.ts';
import { remarkStructure } from './structure.ts';
import { remarkHeadingIds } from './heading-ids.ts';
import { remarkQuote } from './quote.ts';
import { remarkNote } from './note.ts';
import { remarkMention } from './mention.ts';
import { remarkCite } from './cite.ts';
import { remarkEvents } from './events.ts';
import { remarkUnknownDirectives } from './unknown-directives.ts';
import { remarkRawHtml } from './raw-html.ts';
import { rehypeReportProblems, remarkReportOptions, type ReportOptions } from './report-problems.ts';
import { rehypeParagraphIds } from './paragraph-ids.ts';
import { rehypePassages } from './passages.ts';
import { rehypeSections } from './sections.ts';
import { rehypeBoundIds } from './bound-ids.ts';
import type { AnnotationRegistry } from './registry-types.ts';
import { remarkLayoutIds, type LayoutIdsOptions } from './directive.ts';
import { rehypeSiteFragments, remarkSiteLinks } from './site-links.ts';
import { rehypeSearchAnchors } from '../search/rehype-search-anchors.ts';

export interface PipelineOptions extends ReportOptions, LayoutIdsOptions {
  /** The project folder (Astro's config.root): messages name files relative to it, and links are checked against its src/pages and public/; required. */
  root: string;
  /** What annotations resolve ids against (people, sources, events); required. */
  registry: AnnotationRegistry;
}

/** The remark plugins with their options; each checks its required options (registry, root) when the processor is frozen. */
export function remarkPlugins({ registry, layoutIds, ...report }: PipelineOptions): PluggableList {
  return [
    [remarkLayoutIds, { layoutIds }],
    remarkDirective,
    remarkProseColons,
    remarkStructure,
    remarkHeadingIds,
    [remarkQuote, { registry }],
    [remarkNote, { registry }],
    [remarkMention, { registry }],
    [remarkCite, { registry }],
    [remarkEvents, { registry }],
    remarkUnknownDirectives,
    remarkRawHtml,
    [remarkSiteLinks, { registry, root: report.root }],
    [remarkReportOptions, report],
  ];
}

export const rehypePlugins: PluggableList = [
  rehypeParagraphIds,
  rehypePassages,
  rehypeSections,
  [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'] }],
  // The ids and text are final here: published ids are checked against their record.
  rehypeBoundIds,
  rehypeSiteFragments,
  // Every mistake of the file, annotations and links together, in one report.
  rehypeReportProblems,
  // Last, on the finished article HTML.
  rehypeSearchAnchors,
];
