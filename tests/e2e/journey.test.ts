/**
 * A reader's short journey, on whatever base path the site was built with (CI runs it on the BASE_PATH=/two-fronts/
 * build): the home page opens the article; search finds a quote by its words and lands on it, highlighted; an event
 * link in the article opens the event on the timeline, whose page opens from the details. Every step stays under the
 * base path and on the site's own host.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { basePath } from '../../src/links/urls.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('journey under the base path', () => {
  test('home → article → search a quote → land on it → open an event and its page', async () => {
    const { page, close, externalRequests } = await openPage(browser, '/');
    const underBase = () => expect(new URL(page.url()).pathname.startsWith(basePath), page.url()).toBe(true);

    await page.locator(`main a[href^="${basePath}articles/"]`).first().click();
    await page.locator('.article-body .quote q').first().waitFor();
    underBase();
    const quote = await page.$eval('.article-body .quote', (q) => ({ id: q.id, words: q.querySelector('q')!.textContent! }));

    await openDialogWithSlash(page);
    const query = quote.words.replace(/[“”",.]/g, '').split(/\s+/).slice(0, 5).join(' ');
    const hits = await typeSearch(page, dialogInput, dialogResults, query);
    const hit = hits.find((h) => h.kind === 'quote');
    expect(hit, `${query}: ${JSON.stringify(hits)}`).toBeDefined();
    expect(hit!.href.startsWith(basePath)).toBe(true);
    await page.locator(`${dialogResults} a.search-hit[data-kind="quote"]`).first().click();
    await page.waitForURL((url) => url.hash.length > 1);
    underBase();
    const landed = decodeURIComponent(new URL(page.url()).hash.slice(1));
    await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted'), landed);
    expect(await page.locator(`[id="${landed}"]`).isVisible()).toBe(true);

    await page.locator('.article-body a.events-link').first().click();
    const details = page.locator('#event-details');
    await details.waitFor({ state: 'visible' });
    underBase();
    const name = await details.locator('h2').textContent();
    await details.locator('[data-details-page]').click();
    await page.waitForURL((url) => /\/timeline\/[^/]+\/$/.test(url.pathname));
    underBase();
    expect(await page.locator('h1').textContent()).toBe(name);
    expect(externalRequests).toEqual([]);
    await close();
  });
});
