/** No layout shift on a first view: every page type, and a shared search link, at phone and desktop widths (layout-shift entries summed in Chromium, as CLS counts them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { requiredPagesOf } from '../page-types.ts';
import { launchBrowser, openPage } from './browser.ts';

const dist = inject('distDir');
const pages = requiredPagesOf(dist);
// A shared search link: the article title's longest word, so the search has results on any content.
const articleTitle = /<h1>([^<]*)<\/h1>/.exec(readFileSync(join(dist, pages.article, 'index.html'), 'utf8'))?.[1] ?? 'search';
const word = articleTitle.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
const paths = { ...pages, 'shared search': `/search/?q=${encodeURIComponent(word)}` };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('layout shift', () => {
  for (const width of [412, 1280]) {
    for (const [type, path] of Object.entries(paths)) {
      it(`${type} page at ${width} px: nothing moves while it loads and its scripts start`, async () => {
        const { page, close } = await openPage(browser, path, { viewport: { width, height: 823 } }, async (page) => {
          await page.addInitScript(() => {
            const record = ((window as unknown as { shifts: string[] }).shifts = [] as string[]);
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
                // A shift that rounds to 0.0000 is sub-pixel: nothing a reader sees moves.
                if (entry.hadRecentInput || entry.value < 0.00005) continue;
                const nodes = (entry.sources ?? []).map((s) => (s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName)));
                record.push(`${entry.value.toFixed(4)} ${nodes.join(' | ')}`);
              }
            }).observe({ type: 'layout-shift', buffered: true });
          });
        });
        try {
          await page.waitForLoadState('networkidle');
          if (path.startsWith('/search/?')) await page.waitForSelector('[data-search-page] .search-results[data-query]');
          // Two frames, so a shift caused by the last change is reported.
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
          expect(await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts)).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }
});
