/**
 * Addresses typed without the trailing slash, on the preview server `npm start` runs (`astro preview`): a page
 * folder answers at /timeline as at /timeline/, and works there. Under a sub-path build, the bare base path
 * (/two-fronts) is answered by Astro's own 404 page, whose one link leads to the home page (README, Deploy).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseURL, launchBrowser, openPage, siteURL } from './browser.ts';
import { basePath } from '../../src/links/urls.ts';

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('links › without the trailing slash', () => {
  test('every kind of page folder answers without its slash with the same page', async () => {
    const { events } = (await (await fetch(siteURL('/data/exercises.json'))).json()) as { events: { id: string }[] };
    const folders = ['/timeline/', '/quotes/', '/sources/', '/search/', `/timeline/${events[0]!.id}/`];
    for (const folder of folders) {
      const withSlash = await fetch(siteURL(folder));
      const without = await fetch(siteURL(folder.slice(0, -1)));
      expect([folder, without.status]).toEqual([folder, 200]);
      expect(titleOf(await without.text())).toBe(titleOf(await withSlash.text()));
    }
  });

  test('/timeline in Chromium: the page is whole and its script runs (filters shown, event links under the base path)', async () => {
    const { page, close, externalRequests } = await openPage(browser, '/timeline');
    expect(new URL(page.url()).pathname).toBe(`${basePath}timeline`);
    await page.locator('[data-timeline-controls]:not(.is-pending)').waitFor();
    await page.locator('.tl-table tbody tr a').first().waitFor();
    const link = await page.locator('.tl-table tbody tr a').first().getAttribute('href');
    expect(link).toMatch(new RegExp(`^${basePath}timeline/[^/]+/$`));
    expect(externalRequests).toEqual([]);
    await close();
  });

  test.runIf(basePath !== '/')('under a sub-path, the bare base path leads to the home page in one link', async () => {
    const bare = await fetch(new URL(basePath.slice(0, -1), baseURL()));
    const html = await bare.text();
    expect(bare.status).toBe(404);
    const link = /<a href="([^"]+)">/.exec(html)?.[1];
    expect(link).toBe(basePath);
    const home = await fetch(new URL(link!, baseURL()));
    expect(home.status).toBe(200);
    expect(titleOf(await home.text())).toBe(titleOf(await (await fetch(siteURL('/'))).text()));
  });
});
