/** Quote search quality: any 3+ consecutive words of every quote in the built site, typed as readers type them, find it in the top 3. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';
import { quoteWindows, styleWindow, windowStyles } from './search-windows.ts';

interface BuiltQuote {
  /** Where the quote stands: /articles/<slug>/#<quote-id>. */
  place: string;
  text: string;
}

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
const quotes: BuiltQuote[] = [];
const tally = { searches: 0, passed: 0, first: 0 };

beforeAll(async () => {
  browser = await launchBrowser();
  // Every quote of the content, as the built /quotes/ page lists them with their place in the article.
  const listing = await openPage(browser, '/quotes/');
  quotes.push(
    ...(await listing.page.$$eval('blockquote.pull[cite]', (blocks) =>
      blocks.map((block) => ({ place: block.getAttribute('cite') ?? '', text: block.textContent?.trim() ?? '' })),
    )),
  );
  await listing.close();
  ({ page, close } = await openPage(browser, '/'));
  await openDialogWithSlash(page);
});

afterAll(async () => {
  console.log(`quote search: ${tally.passed}/${tally.searches} searches put the quote in the top 3 (${tally.first} first), over ${quotes.length} quotes`);
  await close?.();
  await browser?.close();
});

describe('search › quotes', () => {
  it('the built site lists quotes to test', () => {
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.place).toMatch(/^\/articles\/[^/]+\/#[a-z0-9-]+$/);
  });

  it('any three or more consecutive words of each quote, in any case, quoted or not, with or without punctuation, put it in the top 3', async () => {
    const misses: string[] = [];
    for (const quote of quotes) {
      for (const window of quoteWindows(quote.text)) {
        for (const style of windowStyles) {
          const query = styleWindow(window, style);
          const hits = await typeSearch(page, dialogInput, dialogResults, query);
          tally.searches += 1;
          if (hits[0]?.href === quote.place) tally.first += 1;
          if (hits.slice(0, 3).some((hit) => hit.href === quote.place)) tally.passed += 1;
          else misses.push(`${query}  →  wanted ${quote.place}, top 3: ${hits.slice(0, 3).map((h) => h.href).join(', ') || 'nothing'}`);
        }
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
    expect(tally.searches).toBeGreaterThanOrEqual(quotes.length * windowStyles.length);
  }, 600_000);
});
