/**
 * Search benchmark: index size, bytes a first search fetches, and median latency of a first and a warm query in Chromium.
 * Prints numbers, asserts nothing. Run after a build: `npx node tests/bench/search.ts [distDir]` (default dist/).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { preview } from 'astro';

const root = resolve(import.meta.dirname, '../..');
const distDir = resolve(process.argv[2] ?? process.env.E2E_DIST ?? join(root, 'dist'));
const runs = 7;

function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [{ path, bytes: statSync(path).size }];
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Words readers search for, taken from the built quotes so the benchmark runs on any content. */
async function queriesFrom(page: Page): Promise<string[]> {
  const quotes = await page.$$eval('blockquote.pull p', (ps) => ps.map((p) => (p.textContent ?? '').replace(/[“”]/g, '').trim()));
  return quotes.map((text) => text.split(/\s+/).slice(0, 3).join(' ')).filter((q) => q.split(' ').length === 3);
}

async function timedSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('.search-dialog input[type="search"]')!;
    const results = document.querySelector<HTMLElement>('.search-dialog .search-results')!;
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise<void>((done) => {
      const check = () => (results.dataset.query === q && !results.hasAttribute('aria-busy') ? done() : requestAnimationFrame(check));
      check();
    });
    return performance.now() - start;
  }, query);
}

const index = filesUnder(join(distDir, 'pagefind'));
const articleCount = Math.max(1, readdirSync(join(distDir, 'articles'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).length);
const indexBytes = index.reduce((sum, file) => sum + file.bytes, 0);
const byPart = new Map<string, number>();
for (const file of index) {
  const part = file.path.slice(join(distDir, 'pagefind').length + 1).split('/')[0]!;
  const key = part.includes('.') ? (part.startsWith('wasm') ? 'wasm' : part.endsWith('.js') ? 'js' : 'meta') : part;
  byPart.set(key, (byPart.get(key) ?? 0) + file.bytes);
}

const server = await preview({ root, outDir: distDir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'warn' });
const base = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
});
try {
  const listing = await browser.newPage();
  await listing.goto(`${base}/quotes/`);
  const queries = await queriesFrom(listing);
  // A pull quote's cite names the outlet that printed it; the article is the page its context links to.
  const articlePath = await listing.$eval('main a[href*="/articles/"]', (a) => new URL((a as HTMLAnchorElement).href).pathname);
  await listing.close();
  if (queries.length === 0) throw new Error('No quote of three words or more in the built site to search for.');

  const firstLatencies: number[] = [];
  const firstBytes: number[] = [];
  const warmLatencies: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    let bytes = 0;
    // On the context, so the requests of Pagefind's web worker count too.
    context.on('requestfinished', async (request) => {
      if (!request.url().includes('/pagefind/')) return;
      const sizes = await request.sizes().catch(() => undefined);
      // Chromium reports no body size for a worker's own script: count its uncompressed bytes instead.
      const body = sizes?.responseBodySize || (await (await request.response())?.body().catch(() => undefined))?.length || 0;
      bytes += body + (sizes?.responseHeadersSize ?? 0);
    });
    await page.goto(`${base}${articlePath}`);
    await page.waitForLoadState('networkidle');
    const beforeOpen = bytes;
    // First query: open the dialog (which starts loading Pagefind) and search at once, as a reader does.
    await page.keyboard.press('/');
    firstLatencies.push(await timedSearch(page, queries[run % queries.length]!));
    await page.waitForLoadState('networkidle');
    firstBytes.push(bytes - beforeOpen);
    for (const query of queries.slice(0, 10)) warmLatencies.push(await timedSearch(page, query.toLowerCase()));
    await context.close();
  }
  console.log(`Search benchmark on ${distDir}`);
  console.log(`  index size: ${kb(indexBytes)} in ${index.length} files (${[...byPart].map(([k, v]) => `${k} ${kb(v)}`).join(', ')})`);
  // With one article the events and people dominate: the per-100 figure means something on the --scale sites.
  console.log(`  index size per 100 articles: ${kb((indexBytes / articleCount) * 100)} (${articleCount} articles)`);
  console.log(`  bytes fetched by a first search: median ${kb(median(firstBytes))} (min ${kb(Math.min(...firstBytes))}, max ${kb(Math.max(...firstBytes))})`);
  console.log(`  first query, dialog opened to results shown: median ${median(firstLatencies).toFixed(0)} ms over ${runs} fresh pages`);
  console.log(`  warm query, typed to results shown: median ${median(warmLatencies).toFixed(0)} ms over ${warmLatencies.length} queries`);
  console.log('  (bytes are transfer sizes from astro preview, which gzips text; the field searches on every input, with no pause)');
} finally {
  await browser.close();
  await server.stop();
}
