/** Renders annotated Markdown outside Astro, with the same plugins: for the content check and for tests. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { VFile } from 'vfile';
import { rehypePlugins, remarkPlugins, type PipelineOptions } from './pipeline.ts';
import { annotationsOf } from './directive.ts';
import type { Annotations } from './annotations.ts';
import type { SiteLink } from './site-links.ts';

export interface Rendered {
  html: string;
  annotations: Annotations;
  /** Every id of the article's HTML. */
  ids: string[];
  /** Where each annotation id is written, as "line:column". */
  idPlaces: ReadonlyMap<string, string>;
  /** Its links within the site. */
  links: SiteLink[];
}

/** Throws ContentError (every mistake of the file, with line and column) when the annotations are wrong. */
export async function renderAnnotated(markdown: string, options: PipelineOptions & { path?: string }): Promise<Rendered> {
  const file = new VFile({ value: markdown, path: options.path });
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkPlugins(options))
    .use(remarkRehype)
    .use(rehypePlugins)
    .use(rehypeStringify);
  const result = await processor.process(file);
  return { html: String(result.value), annotations: annotationsOf(result), ids: result.data.pageIds ?? [], idPlaces: result.data.claimedIds ?? new Map(), links: result.data.siteLinks ?? [] };
}
