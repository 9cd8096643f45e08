/** Size budgets on the built site (bytes, never timings): the whole article page arrives in its first round trip, first views ship little JS, nothing comes from another host. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { recordFirstView, sum, gzipSize, type Fetched } from '../first-view.ts';
import { htmlFilesOf, requiredPagesOf } from '../page-types.ts';
import { baseURL, launchBrowser } from './browser.ts';

const KB = 1024;
export const budgets = {
  /** The article page's whole HTML plus the CSS that blocks rendering, gzip: fits the first round trip (TCP slow start's first 10 packets). */
  articleHtmlAndCss: 14 * KB,
  /** All JS a first view of the article fetches without interaction, gzip. */
  articleFirstViewJs: 8 * KB,
  /** All JS the timeline page fetches on a first view, gzip. */
  timelineJs: 30 * KB,
  /**
   * Everything under /pagefind/ (engine, wasm, metadata, index chunks, fragments, vocabulary) that opening search and a
   * first query fetch, gzip: at most 100 KB (decimal, the search issue's figure). Pagefind's script and wasm are 73 KB of it.
   */
  firstSearch: 100_000,
};

const dist = inject('distDir');
const pages = requiredPagesOf(dist);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** What the biggest parts of a page cost in gzip bytes (the page's gzip size minus its size without them), for the failure message. */
function breakdown(html: string): string {
  const parts: [string, RegExp][] = [
    ['inline CSS', /<style[^>]*>[\s\S]*?<\/style>/g],
    ['JSON-LD', /<script type="application\/ld\+json">[\s\S]*?<\/script>/g],
    ['side notes', /<aside class="note"[\s\S]*?<\/aside>/g],
    ['key quotes', /<section class="key-quotes"[\s\S]*?<\/section>/g],
    ['sources list', /<section class="sources"[\s\S]*?<\/section>/g],
    ['meta tags', /<meta [^>]*>/g],
    ['data-pagefind attributes', / data-pagefind-[a-z]+(?:="[^"]*")?/g],
  ];
  const whole = gzipSize(html);
  return parts.map(([name, pattern]) => `${name} ${whole - gzipSize(html.replace(pattern, ''))} B`).join(', ');
}

const js = (fetched: Fetched[]) => fetched.filter((entry) => entry.kind === 'js');
const describeFetched = (fetched: Fetched[]) => fetched.map((entry) => `${new URL(entry.url).pathname} ${entry.gzip} B`).join(', ');

describe('budgets', () => {
  // The whole page, not just its start: notes, figure, key quotes and sources included. Print CSS (media="print") and
  // the styles scripts fetch for their own controls do not block rendering; everything inlined in the HTML counts.
  it(`article page: HTML + render-blocking CSS ≤ ${budgets.articleHtmlAndCss / KB} KB gzip`, async () => {
    const view = await recordFirstView(browser, new URL(pages.article, baseURL()).href);
    const html = view.fetched.filter((entry) => entry.kind === 'html');
    const html0 = readFileSync(join(dist, pages.article, 'index.html'), 'utf8');
    const blocking = [...html0.matchAll(/<link\s[^>]*rel="stylesheet"[^>]*>/g)]
      .filter((link) => !/media="print"/.test(link[0]))
      .map((link) => new URL(/href="([^"]*)"/.exec(link[0])![1]!, new URL(pages.article, baseURL())).href);
    const css = view.fetched.filter((entry) => entry.kind === 'css' && blocking.includes(entry.url));
    expect(html).toHaveLength(1);
    const whole = sum(html, 'gzip') + sum(css, 'gzip');
    console.info(`article: HTML + render-blocking CSS ${whole} B gzip (${breakdown(html0)})`);
    expect(whole, `${whole} B (${breakdown(html0)})`).toBeLessThanOrEqual(budgets.articleHtmlAndCss);
    // The gzip size is measured, not assumed: it matches gzip of the file in dist.
    expect(sum(html, 'gzip')).toBe(gzipSize(readFileSync(join(dist, pages.article, 'index.html'))));
  });

  it(`article page: JS fetched by a first view, idle-time loads included, ≤ ${budgets.articleFirstViewJs / KB} KB gzip`, async () => {
    const view = await recordFirstView(browser, new URL(pages.article, baseURL()).href);
    const total = sum(js(view.fetched), 'gzip') + view.inlineJs.gzip;
    expect(total, `${describeFetched(js(view.fetched))}; inline ${view.inlineJs.gzip} B`).toBeLessThanOrEqual(budgets.articleFirstViewJs);
  });

  it(`timeline page: JS ≤ ${budgets.timelineJs / KB} KB gzip`, async () => {
    const view = await recordFirstView(browser, new URL(pages.timeline, baseURL()).href);
    const total = sum(js(view.fetched), 'gzip') + view.inlineJs.gzip;
    console.info(`timeline: JS ${total} B gzip (${describeFetched(js(view.fetched))}; inline ${view.inlineJs.gzip} B)`);
    expect(js(view.fetched).length + (view.inlineJs.raw ? 1 : 0)).toBeGreaterThan(0);
    expect(total, describeFetched(js(view.fetched))).toBeLessThanOrEqual(budgets.timelineJs);
  });

  it(`search: the Pagefind files a first search fetches ≤ ${budgets.firstSearch} B gzip`, async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const fetched = new Set<string>();
      context.on('requestfinished', (request) => {
        const path = new URL(request.url()).pathname;
        if (path.startsWith('/pagefind/')) fetched.add(path);
      });
      await page.goto(new URL(pages.article, baseURL()).href);
      await page.waitForLoadState('networkidle');
      await page.keyboard.press('/');
      // The first words of the article's first key quote, as a reader remembers them.
      const words = (await page.$eval('.key-quotes blockquote, .article-body q', (q) => q.textContent ?? '')).replace(/[“”]/g, '').split(/\s+/).slice(0, 4).join(' ');
      await page.fill('.search-dialog input[type="search"]', words);
      await page.waitForFunction((q) => document.querySelector('.search-dialog .search-results')?.getAttribute('data-query') === q, words);
      await page.waitForLoadState('networkidle');
      // Sizes from dist/ gzip'd here, so the number does not depend on the server's compression.
      const sizes = [...fetched].map((path) => ({ path, gzip: gzipSize(readFileSync(join(dist, path))) }));
      expect(sizes.some((file) => file.path.includes('/fragment/'))).toBe(true);
      const total = sizes.reduce((all, file) => all + file.gzip, 0);
      console.info(`first search "${words}": ${total} B gzip (${sizes.map((file) => `${file.path} ${file.gzip} B`).join(', ')})`);
      expect(total, sizes.map((file) => `${file.path} ${file.gzip} B`).join(', ')).toBeLessThanOrEqual(budgets.firstSearch);
    } finally {
      await context.close();
    }
  });

  for (const [type, path] of Object.entries(pages)) {
    it(`${type} page: loads nothing from another host`, async () => {
      const view = await recordFirstView(browser, new URL(path, baseURL()).href, {}, 1000);
      expect(view.fetched.length).toBeGreaterThan(0);
      expect(view.fetched.filter((entry) => entry.external).map((entry) => entry.url)).toEqual([]);
    });
  }

  it('no HTML in dist points a font, script, style, image or frame at another host (only <a> links may)', () => {
    const found: string[] = [];
    for (const file of htmlFilesOf(dist)) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const match of html.matchAll(/<(?!a\s)([a-z]+)\s[^>]*?\b(src|href|srcset|poster|data)\s*=\s*["']?(?:https?:)?\/\/[^>]*>/gi)) {
        // <link rel="canonical|alternate"> and Open Graph <meta> name addresses; they load nothing.
        if (/^<link\s[^>]*rel="(canonical|alternate|me|author|license|sitemap)"/i.test(match[0])) continue;
        found.push(`${file}: ${match[0].slice(0, 100)}`);
      }
      for (const match of html.matchAll(/url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi)) found.push(`${file}: ${match[0]}`);
      for (const match of html.matchAll(/@import\s+["']?(?:url\()?["']?(?:https?:)?\/\//gi)) found.push(`${file}: ${match[0]}`);
    }
    expect(found).toEqual([]);
  });
});
