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

/** Presses Tab from the top of the page and lists the stops inside the article (header, body, key quotes, sources), until focus leaves it. */
async function tabStopsAcrossArticle(page: Page): Promise<string[]> {
  const stops: string[] = [];
  let entered = false;
  for (let i = 0; i < 600; i++) {
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || !el.closest('article.article')) return undefined;
      // A stop nobody can see is a dead one: say so in its description.
      const box = el.getBoundingClientRect();
      const hidden = box.width === 0 || box.height === 0 || getComputedStyle(el).visibility !== 'visible' ? 'HIDDEN ' : '';
      const part = el.closest('.article-body') ? 'body ' : '';
      return `${hidden}${part}${el.tagName.toLowerCase()}.${el.className} ${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}`;
    });
    if (where) {
      entered = true;
      stops.push(where);
    } else if (entered) break;
  }
  return stops;
}

/**
 * The Tab stops the design intends across the article, counted from what the page shows: every link outside its body
 * (outlets, contents, sources); in the body, a section heading's share button, a quote's speaker tag and share button
 * (and its "wording differs" mark where it has one), a note's summary, each link in the running text, the figure's
 * links, and the figure's scroll region only where the chart scrolls. A heading's or quote's "#" link is no stop once
 * its share button (whose menu copies the same link) is there; links inside a note or a speaker card are no stops
 * until it opens.
 */
function intendedTabStops(page: Page) {
  return page.evaluate(() => {
    const article = document.querySelector('article.article')!;
    const body = article.querySelector('.article-body')!;
    const outsideNotes = (selector: string) => [...body.querySelectorAll(selector)].filter((el) => !el.closest('aside.note'));
    const quoteControls = '.speaker-card a, .differs, .quote-anchor';
    return {
      'links outside the body': [...article.querySelectorAll('a[href]')].filter((a) => !body.contains(a)).length,
      'section headings, 1 each': body.querySelectorAll('h2').length,
      'quotes, 2 each': 2 * outsideNotes('.quote').length,
      'wording-differs marks': outsideNotes('.quote .differs').length,
      notes: body.querySelectorAll('aside.note').length,
      'links in the text': outsideNotes(':is(p, li) a[href]').filter((a) => !a.matches(quoteControls) && !a.closest('figure')).length,
      'figure links': outsideNotes('figure a[href]').length,
      'figures that scroll': [...body.querySelectorAll<HTMLElement>('.tl-figure-scroll')].filter((el) => el.scrollWidth > el.clientWidth).length,
    };
  });
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
    it(`at ${width} px, the Tab stops across the article are the controls it intends, each visible`, async () => {
      const { page, close } = await openPage(browser, articlePath, { viewport: { width, height: 900 } });
      try {
        await page.waitForLoadState('networkidle');
        const stops = await tabStopsAcrossArticle(page);
        const inBody = stops.filter((stop) => /^(HIDDEN )?body /.test(stop)).length;
        const intended = await intendedTabStops(page);
        const intendedCount = Object.values(intended).reduce((a, b) => a + b, 0);
        console.info(`Tab stops across the article at ${width} px: ${stops.length} (${inBody} in its body); intended ${intendedCount} (${JSON.stringify(intended)})\n${stops.join('\n')}`);
        expect(intended['quotes, 2 each']).toBeGreaterThan(10);
        expect(stops.filter((stop) => stop.startsWith('HIDDEN'))).toEqual([]);
        expect(stops.length).toBe(intendedCount);
      } finally {
        await close();
      }
    });
  }
});

describe('speaker tags', () => {
  it('at 375 px, a tap shows the name and title in place, and the card links to the person', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    try {
      const quote = page.locator('.article-body .quote').first();
      const card = quote.locator('.speaker-card');
      const speaker = (await card.locator('a').getAttribute('href'))!.match(/\/people\/([^/]+)\//)![1]!;
      expect(await card.isVisible()).toBe(false);
      await quote.locator('button.speaker').tap();
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(page.url()).toContain(articlePath);
      const box = (await card.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      const label = (await quote.locator('button.speaker').getAttribute('aria-label'))!;
      const [name, title] = label.replace(/^Speaker: /, '').split(/, (.*)/);
      expect((await card.textContent())!.replace(/\s+/g, ' ').trim()).toBe(`${name} ${title}`);
      await card.locator('a').tap();
      await page.waitForURL(`**/people/${speaker}/`);
    } finally {
      await close();
    }
  });

  it('by keyboard: Enter opens the card, Tab reaches its link, Escape closes it', async () => {
    const { page, close } = await openPage(browser, articlePath);
    try {
      const quote = page.locator('.article-body .quote').first();
      const card = quote.locator('.speaker-card');
      await quote.locator('button.speaker').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => card.isVisible()).toBe(true);
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('.speaker-card') !== null)).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});

describe('names for screen readers', () => {
  // Chromium's own accessibility tree (what a screen reader is given), not Playwright's role engine.
  it('headings and their sections are named by the heading words alone; notes are no landmarks', async () => {
    const { page, close } = await openPage(browser, articlePath);
    try {
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string } }[] };
      const named = (role: string) => nodes.filter((n) => n.role?.value === role).map((n) => n.name?.value ?? '');
      const titles = await page.locator('.article-body h2').allTextContents();
      expect(titles.length).toBeGreaterThan(2);
      for (const title of titles) {
        expect(named('heading').filter((name) => name === title), title).toHaveLength(1);
        expect(named('region').filter((name) => name === title), title).toHaveLength(1);
      }
      expect(await page.locator('.article-body aside.note').count()).toBeGreaterThan(5);
      expect(named('complementary')).toEqual([]);
      // Each note is a disclosure named by its title.
      const firstTitle = (await page.locator('.article-body aside.note .note-title').first().textContent())!;
      expect(named('DisclosureTriangle').map((name) => name.replace(/\s+/g, ' ').toLowerCase())).toContain(`note ${firstTitle}`.toLowerCase());
    } finally {
      await close();
    }
  });

  it('table sort buttons say in words what a press does, and keep saying it after each press', async () => {
    const { page, close } = await openPage(browser, '/timeline/');
    try {
      const date = page.locator('.tl-table th[data-sort-key="date"] button');
      await expect.poll(() => date.isEnabled(), { timeout: 20_000 }).toBe(true);
      const name = async () => (await date.evaluate((button) => button.getAttribute('aria-label')))!;
      expect(await name()).toBe('Sort by date, descending');
      await date.click();
      expect(await name()).toBe('Sort by date, ascending');
      expect(await page.locator('.tl-table th[data-sort-key="name"] button').getAttribute('aria-label')).toBe('Sort by name, ascending');
      expect(await page.getByRole('button', { name: 'Sort by date, ascending', exact: true }).count()).toBe(1);
    } finally {
      await close();
    }
  });
});

describe('print', () => {
  it('notes print smaller than the reporting; a site-relative link prints its full address', async () => {
    const { page, close } = await openPage(browser, articlePath, { viewport: { width: 800, height: 1000 } });
    try {
      await page.emulateMedia({ media: 'print' });
      const size = (selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
      const reporting = await size('.article-body p[id^="p-"]');
      const note = await size('aside.note .note-body p');
      expect(note).toBeLessThan(reporting);
      // The page's own origin, as its canonical link states it.
      const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
      const person = page.locator('.article-body a.mention-person').first();
      const href = (await person.getAttribute('href'))!;
      expect(href).toMatch(/^\/people\//);
      expect(await person.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" <${origin}${href}>"`);
    } finally {
      await close();
    }
  });
});
