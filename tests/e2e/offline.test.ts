/** The offline edition in Chromium: save the site, lose the network, read the article, open an event, search a quote and land on it; every saved page says it is a saved copy and from when. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { baseURL, launchBrowser } from './browser.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const violations: string[] = [];
const url = (path: string) => new URL(path, baseURL()).href;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const noticeText = () => page.locator('.offline-notice').textContent();

describe('offline edition', () => {
  it('a first view registers no service worker and shows the offer to save in the footer', async () => {
    await page.goto(url('/articles/china-russia-military-cooperation-taiwan/'));
    const button = page.locator('.site-footer .offline-button');
    await button.waitFor();
    expect(await button.textContent()).toBe('Save for offline reading');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.locator('.offline-notice').count()).toBe(0);
  });

  it('saving downloads the whole copy, then the footer says when it was saved', async () => {
    const before = Date.now();
    await page.click('.site-footer .offline-button');
    await page.waitForFunction(() => document.querySelector('.offline-button')?.textContent === 'Remove the saved copy', undefined, { timeout: 60_000 });
    const status = await page.locator('.offline-control [role="status"]').textContent();
    expect(status).toMatch(/^Saved for offline reading on \d{1,2} [A-Z][a-z]+ \d{4}(,| at) \d{2}:\d{2} \(\d+\.\d MB\)\.$/);
    const saved = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('two-fronts-offline-'));
      const cache = await caches.open(names[0]!);
      const record = await (await cache.match(new URL('/__offline-copy.json', location.origin)))!.json();
      const keys = (await cache.keys()).map((request) => new URL(request.url).pathname);
      return { names, record, keys };
    });
    expect(saved.names).toHaveLength(1);
    expect(saved.names[0]).toBe(`two-fronts-offline-${saved.record.build}`);
    expect(Date.parse(saved.record.savedAt)).toBeGreaterThanOrEqual(before - 1000);
    for (const path of ['/articles/china-russia-military-cooperation-taiwan/', '/timeline/', '/quotes/', '/people/', '/data/exercises.json', '/pagefind/pagefind.js', '/pagefind/pagefind-entry.json']) {
      expect(saved.keys, path).toContain(path);
    }
    expect(saved.keys.filter((key) => key.startsWith('/cards/'))).toEqual([]);
  });

  it('while online, pages come from the network and carry no saved-copy notice', async () => {
    await page.reload();
    await page.locator('.offline-button').waitFor();
    expect(await page.locator('.offline-notice').count()).toBe(0);
  });

  it('offline: the article opens from the saved copy and says so, with the date it was saved', async () => {
    await context.setOffline(true);
    await page.goto(url('/articles/china-russia-military-cooperation-taiwan/'));
    await page.locator('.offline-notice').waitFor();
    expect(await noticeText()).toMatch(/^You are offline\. This is the copy of this site saved on \d{1,2} [A-Z][a-z]+ \d{4}(,| at) \d{2}:\d{2}; it may be older than the site\.$/);
    expect(await page.locator('article h1').count()).toBe(1);
    expect(await page.locator('aside.note').count()).toBeGreaterThan(0);
  });

  it('offline: an event page opens from the timeline', async () => {
    await page.goto(url('/timeline/'));
    const href = await page.locator('table a[href^="/timeline/2"]').first().getAttribute('href');
    await page.goto(url(href!));
    await page.locator('.offline-notice').waitFor();
    expect(new URL(page.url()).pathname).toBe(href);
    expect(await page.locator('h1').textContent()).toBeTruthy();
  });

  it('offline: searching words of a quote finds it, and its result lands on the quote', async () => {
    await page.goto(url('/quotes/'));
    const quote = await page.$eval('blockquote.pull[cite]', (block) => ({ place: block.getAttribute('cite')!, text: block.textContent!.trim() }));
    await openDialogWithSlash(page);
    const words = quote.text.replace(/[“”"]/g, '').split(/\s+/).slice(0, 5).join(' ');
    const hits = await typeSearch(page, dialogInput, dialogResults, words);
    const hit = hits.find((entry) => entry.href === quote.place);
    expect(hit, `${words} → ${hits.map((entry) => entry.href).join(', ')}`).toBeDefined();
    await page.click(`${dialogResults} a.search-hit[href$="${quote.place.split('#')[1]}"]`);
    await page.waitForURL((target) => target.pathname + target.hash === quote.place);
    await page.locator('.offline-notice').waitFor();
    const id = quote.place.split('#')[1]!;
    expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
  });

  it('back online, the notice offers the current version', async () => {
    await context.setOffline(false);
    await page.waitForFunction(() => document.querySelector('.offline-notice a')?.textContent === 'load the current version');
    await page.reload();
    await page.locator('.offline-button').waitFor();
    expect(await page.locator('.offline-notice').count()).toBe(0);
  });

  it('no console error (CSP included) along the way', () => {
    expect(violations).toEqual([]);
  });
});
