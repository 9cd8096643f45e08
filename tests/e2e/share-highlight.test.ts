/**
 * Arriving by a shared quote link: the reader sees one highlight over the whole quote. Every quote's link is copied
 * from its share menu as a reader would; the page it opens is read from screenshots: with the site's styles, the
 * quote's first, middle and last characters sit on one colour, the site's mark; with the browser's text-fragment
 * highlight painted green (and the site's own turned off), it covers the quote from its opening to its closing mark
 * and nothing on either side.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage } from './browser.ts';
import { paintedIn, type Box } from './pixels.ts';
import { contentDirectory } from '../../src/content/paths.ts';
import { withoutBase } from '../../src/links/urls.ts';

const articlesDir = join(contentDirectory(resolve(import.meta.dirname, '../..')), 'articles');
const articlePath = `/articles/${readdirSync(articlesDir).filter((name) => name.endsWith('.md')).sort()[0]!.replace(/\.md$/, '')}/`;
const green = '0,255,0';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * The links the share menu copies for three quotes: the article's first, its longest (over several lines) and the
 * first whose words occur earlier on the page (its link needs a prefix); a screenshot per quote is slow.
 */
async function copiedLinks(): Promise<{ id: string; url: string }[]> {
  const { page, close } = await openPage(browser, articlePath, { permissions: ['clipboard-read', 'clipboard-write'] });
  const ids = await page.$$eval('.article-body .quote', (quotes) => {
    const text = document.body.innerText;
    const words = (q: Element) => q.querySelector('q')!.textContent!;
    const longest = [...quotes].sort((a, b) => words(b).length - words(a).length)[0]!;
    const repeated = quotes.find((q) => text.indexOf(words(q)) !== text.lastIndexOf(words(q)));
    return [...new Set([quotes[0]!, longest, ...(repeated ? [repeated] : [])].map((q) => q.id))];
  });
  const links = [];
  for (const id of ids) {
    await page.locator(`#${id} .share-button`).click();
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    links.push({ id, url: await page.evaluate(() => navigator.clipboard.readText()) });
  }
  await close();
  return links;
}

/** The boxes of a quote's first, middle and last characters, of the last character before it in its paragraph, and of its speaker tag. */
function boxesOf(page: Page, id: string) {
  return page.evaluate((id) => {
    const quote = document.getElementById(id)!;
    const text = quote.querySelector('q')!.firstChild as Text;
    const inset = (rect: DOMRect) => ({ x: rect.x + 1, y: rect.y + 2, width: rect.width - 2, height: rect.height - 4 });
    const charBox = (node: Text, at: number) => {
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      return inset(range.getClientRects()[0]!);
    };
    const last = text.data.trimEnd().length - 1;
    const previous = quote.previousSibling;
    const before = previous instanceof Text && previous.data.trim() ? charBox(previous, previous.data.trimEnd().length - 1) : undefined;
    return {
      quote: [charBox(text, 0), charBox(text, Math.floor(last / 2)), charBox(text, last)],
      outside: [...(before ? [before] : []), inset(quote.querySelector('.speaker')!.getBoundingClientRect())] as { x: number; y: number; width: number; height: number }[],
      mark: getComputedStyle(quote.querySelector('q')!).backgroundColor,
    };
  }, id);
}

/** Resolves once the page has not scrolled for ten frames. */
const stopsMoving = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const check = () => {
          still = scrollY === last ? still + 1 : 0;
          last = scrollY;
          if (still >= 10) resolve();
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
  );

describe('share › arriving on a quote link', () => {
  test('one highlight over the whole quote, and the browser’s text-fragment match is exactly the quote', { timeout: 180_000 }, async () => {
    const links = await copiedLinks();
    expect(links.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const { id, url } of links) {
      expect(url, `${id}: no text fragment`).toContain(':~:text=');
      const shared = new URL(url);
      // bypassCSP: only so the test can add its own stylesheet to paint the browser's highlight green.
      const { page, close } = await openPage(browser, `${withoutBase(shared.pathname)}${shared.search}${shared.hash}`, { bypassCSP: true });
      await page.waitForFunction((id) => document.getElementById(id)?.classList.contains('is-highlighted') && document.readyState === 'complete', id);
      // The browser scrolls to the text-fragment match after the load: measure once the page has stopped moving.
      await stopsMoving(page);
      const boxes = await boxesOf(page, id);
      const mark = /rgb\((\d+), (\d+), (\d+)\)/.exec(boxes.mark)!.slice(1).join(',');
      const seen = (await paintedIn(page, boxes.quote)).map((p) => p.dominant);
      if (seen.some((colour) => colour !== mark)) problems.push(`${id}: first, middle and last characters on ${seen.join(' / ')}, not all on the site's mark ${mark}`);

      await page.addStyleTag({ content: `::target-text { background-color: rgb(${green}) !important; } .quote q { background: none !important; }` });
      await page.evaluate(() => new Promise(requestAnimationFrame));
      const inside = await paintedIn(page, boxes.quote as Box[], green);
      const outside = await paintedIn(page, boxes.outside as Box[], green);
      if (inside.some((p) => p.share < 0.3)) problems.push(`${id}: the browser's highlight misses the quote's ${['first', 'middle', 'last'].filter((_, i) => inside[i]!.share < 0.3).join(' and ')} character (${url})`);
      if (outside.some((p) => p.share > 0)) problems.push(`${id}: the browser's highlight reaches beyond the quote (${url})`);
      await close();
    }
    expect(problems).toEqual([]);
  });
});

describe('share › the page moves once on arrival', () => {
  test('opening a copied quote link scrolls once, to the quote, clear of the sticky header', async () => {
    const { id, url } = (await copiedLinks())[0]!;
    const shared = new URL(url);
    const { page, close } = await openPage(browser, `${withoutBase(shared.pathname)}${shared.search}${shared.hash}`, {}, async (page) => {
      await page.addInitScript(() => {
        const seen: number[] = [];
        (window as unknown as { scrollsSeen: number[] }).scrollsSeen = seen;
        addEventListener('scroll', () => seen.at(-1) !== scrollY && seen.push(scrollY), { capture: true });
      });
    });
    try {
      // The browser's text-fragment scroll follows the load.
      await page.waitForFunction(() => (window as unknown as { scrollsSeen: number[] }).scrollsSeen.length > 0 && document.readyState === 'complete');
      await stopsMoving(page);
      const { scrolls, quoteTop, headerBottom, viewport } = await page.evaluate((id) => ({
        scrolls: (window as unknown as { scrollsSeen: number[] }).scrollsSeen,
        quoteTop: document.getElementById(id)!.getBoundingClientRect().top,
        headerBottom: document.querySelector('.site-header')!.getBoundingClientRect().bottom,
        viewport: innerHeight,
      }), id);
      // One movement from the top down to the quote (smooth or not): never a jump and a way back.
      expect(scrolls, `scroll positions while arriving at #${id}`).toEqual([...scrolls].sort((a, b) => a - b));
      expect(quoteTop).toBeGreaterThanOrEqual(headerBottom);
      expect(quoteTop).toBeLessThan(viewport);
    } finally {
      await close();
    }
  });
});

