/** Builds the Pagefind index of a built site: reads its HTML files and writes <site>/pagefind/. */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeVocabulary } from './vocabulary.ts';

/** Pagefind's bundled UIs and highlighter, which the site does not load. */
const unusedFiles = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * Word positions per index chunk. A query fetches the chunks holding its words; with Pagefind's default (20,000) this
 * site's whole index (33 KB) is one or two chunks that most queries both need, with 1,000 a query fetches a few KB.
 * Pagefind reads it from its environment only (no Node API option); a value already in the environment wins.
 */
const indexChunkPositions = 1000;

export interface IndexReport {
  pages: number;
  /** Distinct words in the correction vocabulary. */
  words: number;
  outputPath: string;
}

/** Indexes every HTML file under `siteDir` (pages without data-pagefind-body are skipped by Pagefind) into `siteDir/pagefind`. */
export async function buildSearchIndex(siteDir: string): Promise<IndexReport> {
  const outputPath = join(siteDir, 'pagefind');
  try {
    process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= String(indexChunkPositions);
    // One language for the whole site: the content is English and the header's lang never varies.
    const created = await pagefind.createIndex({ forceLanguage: 'en' });
    const index = created.index;
    if (!index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${siteDir}.`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
    // The site has its own search UI: Pagefind's ready-made UIs would only be dead weight in dist/.
    await Promise.all(unusedFiles.map((file) => rm(join(outputPath, file), { force: true })));
    return { pages: added.page_count, words: await writeVocabulary(outputPath), outputPath };
  } finally {
    await pagefind.close();
  }
}
