/** The timeline page's intro and the article's static figure as a reader meets them in Chromium: where the intro's
 * "article" link goes, what a screen reader hears of the figure, and whether a phone reader can tell the chart scrolls. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../../src/content/registry.ts';
import { baseURL, launchBrowser, withPage as withPageIn } from './browser.ts';

const root = join(import.meta.dirname, '../..');
const registry = loadRegistry(root);
const articleDir = join(root, 'content/articles');
const articles = readdirSync(articleDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => ({ slug: name.replace(/\.md$/, ''), reportDate: /^reportDate: "?([\d-]+)"?$/m.exec(readFileSync(join(articleDir, name), 'utf8'))?.[1] }));
const hearing = [...registry.milestones.values()].find((m) => m.emphasised)!;
const articlePath = `/articles/${articles.find((a) => a.reportDate === hearing.date)!.slug}/`;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const withPage = (path: string, width: number, run: (page: Page) => Promise<void>) =>
  withPageIn(browser, path, run, { viewport: { width, height: 800 }, hasTouch: width < 600 });

/** Every run of `size` consecutive words of a text, lower-cased, punctuation dropped. */
const wordRuns = (text: string, size: number) => {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return words.slice(0, Math.max(0, words.length - size + 1)).map((_, i) => words.slice(i, i + size).join(' '));
};

describe('timeline intro', () => {
  it('its "article" link opens the article that reports the hearing the solid rule marks, not the home page', async () => {
    await withPage('/timeline/', 1280, async (page) => {
      const link = page.locator('.timeline-page .meta a', { hasText: /^article$/ });
      expect(await link.count()).toBe(1);
      expect(new URL((await link.getAttribute('href'))!, page.url()).pathname).toBe(articlePath);
      await link.click();
      await page.waitForURL((url) => url.pathname === articlePath);
      expect(await page.locator('h1').count()).toBe(1);
    });
  });
});

/** The largest empty stretch, in CSS px, of the narrow chart: between its top, the boxes of what it shows, and its bottom. */
const largestEmptyStretch = (page: Page) =>
  page.locator('svg.tl-narrow').evaluate((svg) => {
    const chart = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('.tl-event, .tl-milestone, .tl-tick')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => el.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let reached = chart.top;
    let largest = 0;
    for (const box of boxes) {
      largest = Math.max(largest, box.top - reached);
      reached = Math.max(reached, box.bottom);
    }
    return Math.max(largest, chart.bottom - reached);
  });

describe('the filtered phone chart', () => {
  it('folds the years with nothing shown, and unfolds them when the filter is cleared', async () => {
    const events: { id: string; kind: string }[] = (await (await fetch(new URL('/data/exercises.json', baseURL()))).json()).events;
    // The kind with the fewest events leaves the longest empty stretches.
    const counts = new Map<string, number>();
    for (const e of events) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
    const kind = [...counts].sort((a, b) => a[1] - b[1])[0]![0];
    await withPage('/timeline/', 375, async (page) => {
      const chart = page.locator('svg.tl-narrow');
      const unfiltered = (await chart.boundingBox())!.height;
      await page.selectOption('select[name="kind"]', kind);
      const shown = await chart.locator('a.tl-event:not(.is-filtered-out)').evaluateAll((links) => links.map((a) => (a as SVGAElement).dataset.id));
      expect(shown).toEqual(events.filter((e) => e.kind === kind).map((e) => e.id));
      const stretch = await largestEmptyStretch(page);
      expect(stretch, `largest empty stretch ${stretch} px`).toBeLessThanOrEqual(48);
      expect((await chart.boundingBox())!.height).toBeLessThan(unfiltered / 2);
      await page.selectOption('select[name="kind"]', '');
      expect((await chart.boundingBox())!.height).toBe(unfiltered);
    });
  });
});

describe('the zoomed wide chart', () => {
  it('draws nothing over the lane names and keeps milestone labels inside the chart, wherever it is panned', async () => {
    await withPage('/timeline/', 1280, async (page) => {
      const chart = page.locator('svg.tl-wide');
      await chart.scrollIntoViewIfNeeded();
      const box = (await chart.boundingBox())!;
      const { plotX0, viewWidth } = await chart.evaluate((svg: SVGSVGElement) => ({ plotX0: Number(svg.dataset.plotX0), viewWidth: svg.viewBox.baseVal.width }));
      const plotLeft = box.x + (plotX0 / viewWidth) * box.width;
      const laneNames = { x: box.x, y: box.y, width: Math.floor(plotLeft - box.x), height: box.height };
      const plot = chart.locator('.tl-plot');
      for (let i = 0; i < 3; i++) await page.click('button[data-zoom="in"]');
      // Drag the chart in steps from its start towards its end; at each stop the lane names' column looks exactly as it
      // does with the plot hidden (nothing of the plot draws into it), and each milestone label whose rule is in view
      // lies inside the chart.
      const y = box.y + box.height - 30;
      await page.mouse.move(box.x + box.width / 2, y);
      await page.mouse.down();
      await page.mouse.move(box.x + box.width - 5, y, { steps: 2 });
      await page.mouse.up();
      for (let step = 0; step < 12; step++) {
        await page.mouse.move(box.x + box.width - 60, y);
        await page.mouse.down();
        await page.mouse.move(box.x + box.width - 60 - 37 * (step + 1), y, { steps: 3 });
        await page.mouse.up();
        await page.mouse.move(0, 0);
        const shown = await page.screenshot({ clip: laneNames });
        await plot.evaluate((g: SVGGElement) => g.style.setProperty('visibility', 'hidden'));
        const withoutPlot = await page.screenshot({ clip: laneNames });
        await plot.evaluate((g: SVGGElement) => g.style.removeProperty('visibility'));
        expect(shown.equals(withoutPlot), `step ${step}`).toBe(true);
        const labels = await chart.evaluate((svg: SVGSVGElement) => {
          const edges = svg.getBoundingClientRect();
          const clip = svg.querySelector('clipPath rect')!.getBoundingClientRect();
          return [...svg.querySelectorAll('.tl-milestone')].map((g) => {
            const rule = g.querySelector('line')!.getBoundingClientRect();
            const text = g.querySelector('text')!.getBoundingClientRect();
            return { name: g.textContent, ruleX: rule.x, left: text.left, right: text.right, plotLeft: clip.left, chartRight: edges.right };
          });
        });
        for (const label of labels.filter((l) => l.ruleX > l.plotLeft && l.ruleX < l.chartRight)) {
          expect(label.left, `step ${step}: ${label.name}`).toBeGreaterThanOrEqual(label.plotLeft - 0.5);
          expect(label.right, `step ${step}: ${label.name}`).toBeLessThanOrEqual(label.chartRight + 0.5);
        }
      }
    });
  });
});

describe('the article’s timeline figure', () => {
  for (const width of [375, 1280]) {
    it(`is described once to a screen reader: the image’s alt and the scroll region’s name repeat no words of the caption (${width} px)`, async () => {
      await withPage(articlePath, width, async (page) => {
        const figure = page.locator('.article-body figure.tl-article-figure');
        // The caption as the accessibility tree reads it (hidden parts left out).
        const caption = (await figure.locator('figcaption').ariaSnapshot()).replace(/^- \w+:?/gm, ' ');
        const alt = (await figure.locator('img').getAttribute('alt'))!;
        const region = (await figure.locator('.tl-figure-scroll').getAttribute('aria-label'))!;
        expect(alt.length).toBeGreaterThan(20);
        const captionRuns = new Set(wordRuns(caption, 4));
        expect(captionRuns.size).toBeGreaterThan(5);
        expect(wordRuns(alt, 4).filter((run) => captionRuns.has(run)), alt).toEqual([]);
        expect(wordRuns(region, 4).filter((run) => captionRuns.has(run)), region).toEqual([]);
      });
    });
  }

  it('on a 375 px phone, the chart scrolls sideways and the caption says so; at 1280 px it fits and says nothing', async () => {
    for (const [width, scrolls] of [[375, true], [1280, false]] as const) {
      await withPage(articlePath, width, async (page) => {
        const figure = page.locator('.article-body figure.tl-article-figure');
        await figure.scrollIntoViewIfNeeded();
        const region = figure.locator('.tl-figure-scroll');
        const overflow = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
        expect(overflow > 0, `${width} px: overflow ${overflow}`).toBe(scrolls);
        const hint = figure.locator('.tl-scroll-hint');
        expect(await hint.isVisible(), `${width} px`).toBe(scrolls);
        if (scrolls) {
          // The hint sits inside the viewport next to the chart, not off to the side.
          const box = (await hint.boundingBox())!;
          expect(box.x + box.width).toBeLessThanOrEqual(width);
          expect(await hint.textContent()).toMatch(/scrolls sideways/);
        }
      });
    }
  });
});
