/**
 * The share menu on a phone (320 and 414 px): opened from the quote share button nearest the right edge, it stays
 * inside the viewport, the page gains no horizontal scroll, and every item shows its whole label.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { contentDirectory } from '../../src/content/paths.ts';

const articlesDir = join(contentDirectory(resolve(import.meta.dirname, '../..')), 'articles');
const articlePath = `/articles/${readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()[0]!.replace(/\.md$/, '')}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('share › on a phone', () => {
  for (const width of [320, 414]) {
    test(`${width} px: the menu opened nearest the right edge stays on screen with its full labels`, async () => {
      const { page, close } = await openPage(browser, articlePath, { viewport: { width, height: 740 }, isMobile: true, hasTouch: true });
      await page.locator('.quote .share-button').first().waitFor();
      // The quote share button whose right edge is nearest the screen's.
      const index = await page.$$eval('.quote .share-button', (buttons) => {
        const rights = buttons.map((b) => b.getBoundingClientRect().right);
        return rights.indexOf(Math.max(...rights));
      });
      const button = page.locator('.quote .share-button').nth(index);
      await button.tap();
      const menu = page.locator('.share-menu');
      await menu.waitFor();
      const seen = await menu.evaluate((menu) => {
        const viewport = document.documentElement.clientWidth;
        const box = menu.getBoundingClientRect();
        return {
          inside: box.left >= 0 && box.right <= viewport,
          pageScrollsSideways: document.documentElement.scrollWidth > viewport,
          items: [...menu.querySelectorAll<HTMLElement>('.share-menu-item')].map((item) => ({
            label: item.innerText.replace(/\s+/g, ' '),
            cut: item.scrollWidth > item.clientWidth || item.getBoundingClientRect().right > viewport,
          })),
        };
      });
      expect(seen.inside).toBe(true);
      expect(seen.pageScrollsSideways).toBe(false);
      // Every item whole and different: the quote's menu has its link and citation, and the rendering when the wording differs.
      const full = ['Copy link', 'Copy quote with citation', 'Copy the article’s wording (its rendering)'];
      expect(seen.items.slice(0, 2)).toEqual(full.slice(0, 2).map((label) => ({ label, cut: false })));
      expect(seen.items.slice(2)).toEqual(seen.items.length > 2 ? [{ label: full[2], cut: false }] : []);
      await close();
    });
  }
});
