/** The search dialog's help when a search goes wrong or lands in a long passage: one-press Escape, a wide field on a phone, no-results advice, filters that empty the list, and a passage hit landing on its paragraph with the words marked. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function withPage(path: string, use: (page: Page) => Promise<void>, options: BrowserContextOptions = {}): Promise<void> {
  const opened = await openPage(browser, path, { reducedMotion: 'reduce', ...options });
  try {
    await use(opened.page);
  } finally {
    await opened.close();
  }
}

const dialogOpen = (page: Page) => page.$eval('.search-dialog', (dialog) => (dialog as HTMLDialogElement).open);

describe('search › help', () => {
  it('Escape closes the dialog in one press, even with words in the field', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      await typeSearch(page, dialogInput, dialogResults, 'second front');
      await page.keyboard.press('Escape');
      expect(await dialogOpen(page)).toBe(false);
    });
  });

  it('on a 375 px phone the field takes most of the dialog’s width', async () => {
    await withPage(
      '/',
      async (page) => {
        await openDialogWithSlash(page);
        await page.waitForFunction(() => [...document.styleSheets].some((sheet) => sheet.href?.endsWith('/search.css')));
        const widths = await page.evaluate(() => ({
          field: document.querySelector('.search-dialog input[type="search"]')!.getBoundingClientRect().width,
          dialog: document.querySelector('.search-dialog')!.getBoundingClientRect().width,
        }));
        expect(widths.field / widths.dialog).toBeGreaterThan(0.6);
      },
      { viewport: { width: 375, height: 740 } },
    );
  });

  it('no results: the status says so, and the list suggests spelling, fewer words and the quotes, people and timeline lists', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      await typeSearch(page, dialogInput, dialogResults, 'zzqxjv');
      expect(await page.textContent('.search-dialog .search-status')).toBe('No results for “zzqxjv”');
      const help = await page.textContent(`${dialogResults} .search-empty`);
      expect(help).toMatch(/spelling/);
      expect(help).toMatch(/fewer words/);
      expect(await page.$$eval(`${dialogResults} .search-empty a`, (as) => as.map((a) => a.getAttribute('href')))).toEqual(['/quotes/', '/people/', '/timeline/']);
    });
  });

  it('a typing mistake is corrected and said; words no page has together are left out and named', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      const corrected = await typeSearch(page, dialogInput, dialogResults, 'seccond front');
      expect(corrected.length).toBeGreaterThan(0);
      expect(await page.textContent('.search-dialog .search-status')).toMatch(/^Showing results for “second front” \(you typed “seccond front”\)/);
      // "lifeline" (the article) and "Wusong" (an event page) are on no page together: one is kept, the other named.
      const partial = await typeSearch(page, dialogInput, dialogResults, 'lifeline wusong');
      expect(partial.length).toBeGreaterThan(0);
      expect(await page.textContent('.search-dialog .search-status')).toMatch(/\(left out “(lifeline|wusong)”: no page has every word\)$/);
    });
  });

  it('a filter that empties the list says so and offers to clear the filters', async () => {
    await withPage('/search/?q=lifeline&type=person', async (page) => {
      await page.waitForFunction(() => document.querySelector('[data-search-page] .search-results')?.getAttribute('data-query') === 'lifeline');
      expect(await page.textContent('[data-search-page] .search-status')).toMatch(/^No results for “lifeline” with these filters \(\d+ without them\)$/);
      await page.click('[data-search-page] .search-clear-filters');
      await page.waitForFunction(() => document.querySelectorAll('[data-search-page] a.search-hit').length > 0);
      expect(await page.isChecked('input[name="type"][value="person"]')).toBe(false);
    });
  });

  it('a word inside a paragraph lands on that paragraph, highlighted, with the word marked', async () => {
    await withPage('/', async (page) => {
      await openDialogWithSlash(page);
      const [first] = await typeSearch(page, dialogInput, dialogResults, 'lifeline');
      expect(first?.href).toMatch(/#p-/);
      await Promise.all([page.waitForURL((url) => url.hash === first!.href.slice(first!.href.indexOf('#'))), page.click(`${dialogResults} a.search-hit`)]);
      const landing = await page.evaluate(() => {
        const target = document.querySelector(':target')!;
        return { tag: target.tagName, highlighted: target.classList.contains('is-highlighted'), marks: [...target.querySelectorAll('mark.search-mark')].map((m) => m.textContent) };
      });
      expect(landing).toEqual({ tag: 'P', highlighted: true, marks: ['lifeline'] });
    });
  });
});
