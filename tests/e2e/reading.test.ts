/** The reading column as a reader meets it: no holes between paragraphs on a laptop, speaker tags by touch, few Tab stops, headings named by their words. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './browser.ts';

const articleFile = readdirSync(join(import.meta.dirname, '../../content/articles')).find((name) => name.endsWith('.md'))!;
const articlePath = `/articles/${articleFile.replace(/\.md$/, '')}/`;

/** Each pair of consecutive paragraphs of reporting (p-… ids) with the space between them and what the column holds in between. */
function paragraphGaps(page: Page) {
  return page.evaluate(() => {
    const paragraphs = [...document.querySelectorAll<HTMLElement>('.article-body p[id^="p-"]')];
    const bottom = (el: Element) => el.getBoundingClientRect().bottom;
    return paragraphs.slice(1).map((next, i) => {
      const previous = paragraphs[i]!;
      // Headings between the two: their height and margins are the column's own space, not a hole.
      const headings = [...document.querySelectorAll<HTMLElement>('.article-body h2')].filter(
        (h) => h.compareDocumentPosition(previous) & Node.DOCUMENT_POSITION_PRECEDING && h.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING,
      );
      const headingSpace = headings.reduce((total, h) => {
        const style = getComputedStyle(h);
        return total + h.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
      }, 0);
      return { from: previous.id, to: next.id, gap: Math.round(next.getBoundingClientRect().top - bottom(previous)), headingSpace: Math.round(headingSpace) };
    });
  });
}

/** Presses Tab from the top of the page and counts the stops inside the article's body, until focus leaves it. */
async function tabStopsAcrossArticle(page: Page): Promise<string[]> {
  const stops: string[] = [];
  let entered = false;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('.article-body')) return undefined;
      return `${el.tagName.toLowerCase()}.${el.className} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    });
    if (where) {
      entered = true;
      stops.push(where);
    } else if (entered) break;
  }
  return stops;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe('reading column', () => {
  it('at 1280 px, consecutive paragraphs of reporting are never further apart than the paragraph space (plus any heading between)', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 1280, height: 900 } });
    try {
      const space = await page.locator('.article-body p[id^="p-"]').first().evaluate((p) => parseFloat(getComputedStyle(p).marginBottom));
      const gaps = await paragraphGaps(page);
      expect(gaps.length).toBeGreaterThan(10);
      // The notes are beside the text at this width, not under it.
      const note = await page.locator('aside.note').first().boundingBox();
      const paragraph = await page.locator('.article-body p[id^="p-"]').first().boundingBox();
      expect(note!.x).toBeGreaterThan(paragraph!.x + paragraph!.width);
      const largest = Math.max(...gaps.map((g) => g.gap));
      console.info(`largest gap between consecutive paragraphs of reporting at 1280 px: ${largest} px (${gaps.map((g) => g.gap).join(', ')})`);
      const holes = gaps.filter((g) => g.gap > Math.round(space + g.headingSpace) + 1);
      expect(holes).toEqual([]);
      // Opening every note changes nothing in the column: the notes lengthen the margin only.
      const summaries = page.locator('aside.note summary');
      for (let i = 0; i < (await summaries.count()); i++) await summaries.nth(i).click();
      expect(await page.locator('aside.note details[open]').count()).toBe(await summaries.count());
      expect(await paragraphGaps(page)).toEqual(gaps);
      // Each note starts beside its own paragraph, or right under the note before it when that one runs longer.
      const placements = await page.locator('.passage > aside.note').evaluateAll((notes) =>
        notes.map((note, i) => {
          const paragraph = note.parentElement!.querySelector(':scope > p')!.getBoundingClientRect();
          const top = note.getBoundingClientRect().top;
          const previousBottom = i > 0 ? notes[i - 1]!.getBoundingClientRect().bottom : -Infinity;
          return { id: note.id, beside: top >= paragraph.top - 1 && top < paragraph.bottom, underPrevious: top >= previousBottom && top - previousBottom <= 16 };
        }),
      );
      expect(placements.filter((p) => !p.beside && !p.underPrevious)).toEqual([]);
      // Notes never overlap.
      const boxes = await page.locator('aside.note').evaluateAll((notes) => notes.map((n) => n.getBoundingClientRect()).map(({ top, bottom }) => ({ top, bottom })));
      for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
    } finally {
      await close();
    }
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px, every Tab stop across the article is visible`, async () => {
      const { page, close } = await openPage(browser, articlePath, { viewport: { width, height: 900 } });
      try {
        await page.waitForLoadState('networkidle');
        const stops = await tabStopsAcrossArticle(page);
        console.info(`Tab stops across the article at ${width} px: ${stops.length}\n${stops.join("\n")}`);
        expect(stops.length).toBeGreaterThan(10);
        expect(stops.filter((stop) => stop.startsWith('HIDDEN'))).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});
