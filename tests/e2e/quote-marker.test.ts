/** The article's "wording differs from the reports" marker: by keyboard, by touch on a phone, without JavaScript; and the quote page's comparison. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { bareWords } from '../../src/quotes/words.ts';

interface QuoteData {
  id: string;
  relation: string;
  articleWording: string;
  reported: { text: string; outlet: string }[];
  links: { place: string };
}

let browser: Browser;
let quotes: QuoteData[] = [];
/** The quotes whose article wording is a rendering: each must carry the marker. */
let renderings: QuoteData[] = [];
let articlePath = '';

beforeAll(async () => {
  browser = await launchBrowser();
  quotes = ((await (await fetch(new URL('/data/quotes.json', baseURL()))).json()) as { quotes: QuoteData[] }).quotes;
  renderings = quotes.filter((q) => q.relation === 'rendering');
  articlePath = new URL(quotes[0]!.links.place).pathname;
});
afterAll(async () => browser?.close());

const tip = '#wording-tip';

describe('wording marker', () => {
  it('marks exactly the quotes whose wording is the article’s rendering, each linking to its quote page', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const marked = await page.$$eval('.article-body a.differs', (links) => links.map((a) => ({ quote: a.closest('.quote')?.id, href: a.getAttribute('href'), name: a.getAttribute('aria-label') })));
    expect(marked.map((m) => m.quote).sort()).toEqual(renderings.map((q) => q.id).sort());
    for (const m of marked) expect(m).toEqual({ quote: m.quote, href: `/quotes/${m.quote}/`, name: 'Wording differs from the reports' });
    await close();
  });

  it('by keyboard: Tab reaches the marker, which then shows the reported wording in place; Escape hides it; Enter opens the quote page', async () => {
    const { page, close } = await openPage(browser, articlePath);
    const quote = renderings[0]!;
    // Tab from the element before the marker (its speaker tag) to the marker.
    await page.locator(`#${quote.id} button.speaker`).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('differs');
    await expect.poll(() => page.locator(tip).textContent(), { timeout: 15_000 }).toContain(`${quote.reported[0]!.outlet} printed: “${quote.reported[0]!.text}”`);
    expect(await page.locator(tip).isVisible()).toBe(true);
    expect(await page.locator(`#${quote.id} a.differs`).getAttribute('aria-describedby')).toBe('wording-tip');
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await page.locator(tip).isVisible()).toBe(false);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/quotes/${quote.id}/`);
    await close();
  }, 120_000);

  it('by touch at 375 px: a first tap shows the wording without leaving the article, a second tap opens the quote page', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const quote = renderings.at(-1)!;
    const marker = page.locator(`#${quote.id} a.differs`);
    await marker.scrollIntoViewIfNeeded();
    await marker.tap();
    await expect.poll(() => page.locator(tip).textContent(), { timeout: 15_000 }).toContain(`“${quote.reported[0]!.text}”`);
    expect(await page.locator(tip).textContent()).toContain('Tap ≠ again to compare the wordings.');
    expect(new URL(page.url()).pathname).toBe(articlePath);
    // The wording fits the phone's width.
    const box = (await page.locator(tip).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await marker.tap();
    await page.waitForURL(`**/quotes/${quote.id}/`);
    await close();
  });

  it('without JavaScript the marker is a plain link to the quote page', async () => {
    const { page, close } = await openPage(browser, articlePath, { javaScriptEnabled: false });
    const quote = renderings[0]!;
    await page.locator(`#${quote.id} a.differs`).click();
    await page.waitForURL(`**/quotes/${quote.id}/`);
    await close();
  });
});

describe('quote page comparison', () => {
  it('marks words only the outlet printed as deleted and words only the article has as inserted, readable without colour and without JavaScript', async () => {
    const quote = renderings[0]!;
    const { page, close } = await openPage(browser, `/quotes/${quote.id}/`, { javaScriptEnabled: false });
    const first = page.locator('.comparison').first();
    const styles = await first.evaluate((p) => {
      const del = p.querySelector('del')!;
      const ins = p.querySelector('ins')!;
      return { del: getComputedStyle(del).textDecorationLine, ins: getComputedStyle(ins).textDecorationLine, spoken: [del.textContent, ins.textContent] };
    });
    expect(styles.del).toBe('line-through');
    expect(styles.ins).toBe('underline');
    expect(styles.spoken[0]).toMatch(new RegExp(`^\\[${quote.reported[0]!.outlet} only: .+\\]$`));
    expect(styles.spoken[1]).toMatch(/^\[article only: .+\]$/);
    // Read without the deletions, the comparison is the article's wording; without the insertions, the outlet's.
    const [withoutDel, withoutIns] = await first.evaluate((p) => {
      const read = (drop: string) => {
        const copy = p.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(`${drop}, .visually-hidden`).forEach((el) => el.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      };
      return [read('del'), read('ins')];
    });
    expect(withoutDel).toBe(bareWords(quote.articleWording));
    expect(withoutIns).toBe(bareWords(quote.reported[0]!.text));
    await close();
  });
});
