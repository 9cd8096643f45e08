/** Quote search quality: any 3+ consecutive words of every wording of every quote (the article's and each outlet's), typed as readers type them, find it in the top 3, saying which wording matched. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';
import { quoteWindows, styleWindow, windowStyles, withoutPunctuation } from './search-windows.ts';

// Compared as search reads words: a hyphen or a space between two words is the same (“joint-force”, “joint force”).
const simplified = (text: string) => withoutPunctuation(text.replace(/[-‐–]/g, ' ')).toLowerCase();

interface BuiltQuote {
  /** Where the quote stands: /articles/<slug>/#<quote-id>. */
  place: string;
  text: string;
  /** Which wording this is, as the result names it: "As printed by Bloomberg", "The article’s wording". */
  wording: string;
  /** Every wording of the same quote, by the name a result gives it. */
  all: Map<string, string>;
}

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
const quotes: BuiltQuote[] = [];
const tally = { searches: 0, passed: 0, first: 0 };

beforeAll(async () => {
  browser = await launchBrowser();
  // Every wording of every quote, from the built /data/quotes.json: the article's and each outlet's.
  const data = (await (await fetch(new URL('/data/quotes.json', baseURL()))).json()) as {
    quotes: { articleWording: string; reported: { text: string; outlet: string }[]; links: { place: string } }[];
  };
  for (const quote of data.quotes) {
    const place = new URL(quote.links.place).pathname + new URL(quote.links.place).hash;
    const all = new Map([['The article’s wording', quote.articleWording], ...quote.reported.map((w): [string, string] => [`As printed by ${w.outlet}`, w.text])]);
    // Outlets that printed the very same words add no new wording to search for.
    const texts = new Map([...all].reverse().map(([name, text]) => [text, name]));
    for (const [text, wording] of texts) quotes.push({ place, text, wording, all });
  }
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
    expect(quotes.filter((q) => q.wording !== 'The article’s wording').length).toBeGreaterThan(0);
    for (const quote of quotes) expect(quote.place).toMatch(/^\/articles\/[^/]+\/#[a-z0-9-]+$/);
  });

  it('any three or more consecutive words of each wording of each quote, in any case, quoted or not, with or without punctuation, put it in the top 3', async () => {
    const misses: string[] = [];
    const unnamed: string[] = [];
    for (const quote of quotes) {
      for (const window of quoteWindows(quote.text)) {
        for (const style of windowStyles) {
          const query = styleWindow(window, style);
          const hits = await typeSearch(page, dialogInput, dialogResults, query);
          tally.searches += 1;
          if (hits[0]?.href === quote.place) tally.first += 1;
          const found = hits.slice(0, 3).find((hit) => hit.href === quote.place);
          if (found) tally.passed += 1;
          // A quote found by its own page says which wording matched: one that holds the words searched for.
          const named = /Matched: (.+?)(?: · |$)/.exec(found?.meta ?? '')?.[1];
          const holds = (name: string) => simplified(quote.all.get(name) ?? '').includes(simplified(window));
          if (!found) misses.push(`${query}  →  wanted ${quote.place}, top 3: ${hits.slice(0, 3).map((h) => h.href).join(', ') || 'nothing'}`);
          else if (style === 'as written' && (!named || !holds(named))) unnamed.push(`${query} → ${found.meta || 'no meta'}, wanted a wording holding it (${quote.wording})`);
        }
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
    expect(unnamed, unnamed.join('\n')).toEqual([]);
    expect(tally.searches).toBeGreaterThanOrEqual(quotes.length * windowStyles.length);
  }, 600_000);
});
