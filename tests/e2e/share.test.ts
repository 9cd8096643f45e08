/** Sharing in Chromium, as a reader does it: share menu → copy link / copy quote; deep links land visible, highlighted, inside opened notes. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { launchBrowser, openPage } from './browser.ts';
import { site } from '../../src/site.ts';

const articlePath = '/articles/example-article/';
const articleUrl = new URL(articlePath, site.url).href;
const clipboard = { permissions: ['clipboard-read', 'clipboard-write'] };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Where the target sits relative to the sticky header and the viewport. */
async function placement(page: Page, selector: string) {
  return page.evaluate((sel) => {
    const target = document.querySelector(sel)!.getBoundingClientRect();
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    return { top: target.top, headerBottom: header.bottom, viewport: window.innerHeight, scrolled: window.scrollY };
  }, selector);
}

describe('share › copy', () => {
  test('copy link on a section heading puts the exact canonical URL of the section on the clipboard and says so', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    await page.getByRole('button', { name: 'Share The drills' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await readClipboard(page)).toBe(`${articleUrl}#the-drills`);
    await expect.poll(() => page.locator('[role="status"].share-status').textContent()).toBe('Link copied');
    await close();
  });

  test('copy link on a quote carries a text fragment that picks the quote in the text, not its copy under Key quotes', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    await page.getByRole('button', { name: 'Share quote by Ada Example' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await readClipboard(page)).toBe(
      `${articleUrl}#ada-why-not:~:text=10%3A30%20and%20said%2C-,%E2%80%9CWe%20don%E2%80%99t%20see%20why%20they%20wouldn%E2%80%99t.`,
    );
    await close();
  });

  test('copy quote puts the words, speaker and title, article, site, date and link on the clipboard', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    await page.getByRole('button', { name: 'Share quote by Ada Example' }).click();
    await page.getByRole('button', { name: 'Copy quote with citation' }).click();
    const text = await readClipboard(page);
    expect(text.split('\n')).toEqual([
      '“We don’t see why they wouldn’t.”',
      '— Ada Example, Director of Examples',
      'Quoted in “Example: an annotated article”, Two Fronts, 3 May 2024',
      expect.stringMatching(new RegExp(`^${articleUrl.replace(/[.]/g, '\\.')}#ada-why-not:~:text=`)),
    ]);
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('Quote with citation copied');
    await close();
  });

  test('the quote page shares its own URL and copies the quote with citation', async () => {
    const { page, close } = await openPage(browser, '/quotes/ada-why-not/', clipboard);
    await page.getByRole('button', { name: 'Share quote by Ada Example' }).click();
    await page.getByRole('button', { name: 'Copy link' }).click();
    expect(await readClipboard(page)).toBe(new URL('/quotes/ada-why-not/', site.url).href);
    await close();
  });

  test('the share menu works by keyboard: Escape closes it and returns focus to its button; no axe violations with it open', async () => {
    const { page, close } = await openPage(browser, articlePath, clipboard);
    const button = page.getByRole('button', { name: 'Share The drills' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Share The drills');
    await close();
  });
});

describe('share › arrival', () => {
  test('a deep link to a paragraph lands with it below the sticky header, in view, highlighted', async () => {
    const { page, close } = await openPage(browser, `${articlePath}#p-since-last-year-there`, { viewport: { width: 1280, height: 420 } });
    await page.waitForFunction(() => document.querySelector('#p-since-last-year-there')?.classList.contains('is-highlighted'));
    const where = await placement(page, '#p-since-last-year-there');
    expect(where.scrolled).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport);
    await close();
  });

  test('following a heading link in the page highlights the new target and drops the old highlight', async () => {
    const { page, close } = await openPage(browser, `${articlePath}#ada-why-not`, { viewport: { width: 1280, height: 420 } });
    await page.waitForFunction(() => document.querySelector('#ada-why-not')?.classList.contains('is-highlighted'));
    await page.locator('nav.toc a[href="#the-drills"]').click();
    await page.waitForFunction(() => document.querySelector('#the-drills')?.classList.contains('is-highlighted'));
    expect(await page.locator('#ada-why-not').getAttribute('class')).not.toContain('is-highlighted');
    const where = await placement(page, '#the-drills');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    await close();
  });

  test('on a phone, a link into a collapsed note opens the note and shows it below the header', async () => {
    const phone = { viewport: { width: 375, height: 640 }, isMobile: true, hasTouch: true };
    const plain = await openPage(browser, articlePath, phone);
    expect(await plain.page.locator('#note-drills details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await plain.close();

    const { page, close } = await openPage(browser, `${articlePath}#note-drills`, phone);
    await page.waitForFunction(() => document.querySelector('#note-drills')?.classList.contains('is-highlighted'));
    expect(await page.locator('#note-drills details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByText('The drills ran for four days.').isVisible()).toBe(true);
    const where = await placement(page, '#note-drills');
    expect(where.top).toBeGreaterThanOrEqual(where.headerBottom);
    expect(where.top).toBeLessThan(where.viewport);
    await close();
  });
});
