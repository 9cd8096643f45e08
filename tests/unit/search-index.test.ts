import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/search/indexer.ts';

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const site = mkdtempSync(join(tmpdir(), 'search-index-'));
let fragments: Fragment[] = [];

function page(path: string, body: string) {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body><header>Site chrome words</header>${body}</body></html>`);
}

beforeAll(async () => {
  // A timeline event page marked up as the README asks the timeline pages to be.
  page(
    'timeline/2023-07-northern-interaction',
    `<article data-pagefind-body data-pagefind-meta="type[data-type], date[data-date], kind[data-kind]" data-pagefind-filter="type[data-type], kind[data-kind]"
       data-type="event" data-date="20–23 July 2023" data-kind="naval">
       <meta data-pagefind-filter="year[content]" content="2023" />
       <meta data-pagefind-filter="year[content]" content="2024" />
       <h1>Northern/Interaction-2023</h1><p>Naval drills in the Sea of Japan.</p></article>`,
  );
  page('quotes', '<main><h1>Quotes</h1><p>An index page without data-pagefind-body.</p></main>');
  await buildSearchIndex(site);
  const dir = join(site, 'pagefind', 'fragment');
  fragments = readdirSync(dir).map((file) => JSON.parse(gunzipSync(readFileSync(join(dir, file))).toString().slice('pagefind_dcd'.length)) as Fragment);
}, 60_000);

afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('search › index', () => {
  it('indexes a timeline event page with type=event, kind and year filters and its meta', () => {
    const event = fragments.find((f) => f.url === '/timeline/2023-07-northern-interaction/');
    expect(event?.filters).toEqual({ type: ['event'], kind: ['naval'], year: ['2023', '2024'] });
    expect(event?.meta).toMatchObject({ type: 'event', kind: 'naval', date: '20–23 July 2023', title: 'Northern/Interaction-2023' });
  });

  it('skips pages without data-pagefind-body and the site chrome around it', () => {
    expect(fragments.map((f) => f.url)).toEqual(['/timeline/2023-07-northern-interaction/']);
    expect(fragments[0]!.content).not.toContain('Site chrome');
  });

  it('writes the engine and index but not Pagefind’s unused ready-made UIs', () => {
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-ui.js'))).toBe(false);
    expect(existsSync(join(site, 'pagefind', 'pagefind-component-ui.js'))).toBe(false);
  });
});
