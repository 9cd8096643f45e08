/** The indexer's own work on a throwaway site: which pages it indexes, what it leaves out of dist/, and the vocabulary it writes. The site's real index is tested on the build (tests/e2e/search-index.test.ts). */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexReport } from '../../src/search/indexer.ts';
import { vocabularyFile } from '../../src/search/vocabulary.ts';

const site = mkdtempSync(join(tmpdir(), 'search-index-'));
let urls: string[] = [];
let contents: string[] = [];
let report: IndexReport;

function page(path: string, body: string) {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Site chrome words</header>${body}</body></html>`);
}

beforeAll(async () => {
  page('notes/one', '<main data-pagefind-body><h1>Naval drills</h1><p>Ships sailed in the Sea of Japan, again and again.</p></main>');
  page('quotes', '<main><h1>Quotes</h1><p>An index page without data-pagefind-body.</p></main>');
  report = await buildSearchIndex(site);
  const dir = join(site, 'pagefind', 'fragment');
  const fragments = readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString().slice('pagefind_dcd'.length)) as { url: string; content: string });
  urls = fragments.map((f) => f.url);
  contents = fragments.map((f) => f.content);
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('search › indexer', () => {
  it('skips pages without data-pagefind-body and the site chrome around it', () => {
    expect(urls).toEqual(['/notes/one/']);
    expect(contents[0]).not.toContain('Site chrome');
  });

  it('writes the engine and index but not Pagefind’s unused ready-made UIs', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(site, 'pagefind', 'pagefind-component-ui.js'))).toBe(false);
  });

  it('writes the indexed words (the title too) as the correction vocabulary, most frequent first', () => {
    const words = readFileSync(join(site, 'pagefind', vocabularyFile), 'utf8').trim().split('\n');
    expect(words).toEqual(['again', 'drills', 'naval', 'and', 'japan', 'sailed', 'sea', 'ships', 'the']);
    expect(report.words).toBe(9);
  });
});
