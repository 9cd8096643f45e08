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

/** Each milestone of the wide chart whose rule is in view: its rule's x, its label's box and its leader, in CSS px. */
const milestoneJoins = (page: Page) =>
  page.locator('svg.tl-wide').evaluate((svg: SVGSVGElement) => {
    const { left, right, width } = svg.getBoundingClientRect();
    // Where the plot's clip starts (a clipPath's rect has no box of its own).
    const plotLeft = left + (Number(svg.querySelector('clipPath rect')!.getAttribute('x')) / svg.viewBox.baseVal.width) * width;
    const chartRight = right;
    return [...svg.querySelectorAll('.tl-milestone')]
      .map((g) => {
        const box = (el: Element | null) => el && (({ left, right, top, bottom }) => ({ left, right, top, bottom }))(el.getBoundingClientRect());
        return { name: g.querySelector('text')!.textContent!, ruleX: box(g.querySelector('.tl-rule'))!.left, text: box(g.querySelector('text'))!, leader: box(g.querySelector('.tl-label-leader')) };
      })
      .filter((m) => m.ruleX >= plotLeft && m.ruleX <= chartRight);
  });

type Join = Awaited<ReturnType<typeof milestoneJoins>>[number];
/** What is wrong with a label's join to its rule: a leader (or the label itself) must touch the label's box and reach the rule's x, within 1 px. */
function joinProblem({ ruleX, text, leader }: Join): string | undefined {
  const near = (a: number, b: number) => Math.abs(a - b) <= 1;
  if (text.left - 1 <= ruleX && ruleX <= text.right + 1) return undefined;
  if (!leader) return 'no leader, and the label is away from its rule';
  if (leader.top < text.top - 1 || leader.bottom > text.bottom + 1) return `leader at y ${leader.top}, label from ${text.top} to ${text.bottom}`;
  if (leader.left > text.right + 1 || leader.right < text.left - 1) return `leader ${leader.left}–${leader.right} does not touch the label ${text.left}–${text.right}`;
  if (!near(leader.left, ruleX) && !near(leader.right, ruleX)) return `leader ${leader.left}–${leader.right} does not reach the rule at ${ruleX}`;
  return undefined;
}

/** The wide chart's plot start, in CSS px. */
const plotStart = (page: Page) =>
  page.locator('svg.tl-wide').evaluate((svg: SVGSVGElement) => {
    const { left, width } = svg.getBoundingClientRect();
    return left + (Number(svg.dataset.plotX0) / svg.viewBox.baseVal.width) * width;
  });

/** Drags the zoomed wide chart (in strokes no wider than its plot) until the named milestone's rule is at x (CSS px). */
async function dragRuleTo(page: Page, name: string, x: number) {
  const chart = page.locator('svg.tl-wide');
  const box = (await chart.boundingBox())!;
  const plotLeft = await plotStart(page);
  const rule = chart.locator('.tl-milestone', { hasText: name }).locator('.tl-rule');
  const y = box.y + box.height - 30;
  for (let stroke = 0; stroke < 8; stroke++) {
    const distance = (await rule.boundingBox())!.x - x;
    if (Math.abs(distance) < 2) break;
    const from = distance > 0 ? box.x + box.width - 20 : plotLeft + 20;
    const by = Math.sign(distance) * Math.min(Math.abs(distance), box.width - (plotLeft - box.x) - 60);
    await page.mouse.move(from, y);
    await page.mouse.down();
    await page.mouse.move(from - by, y, { steps: 4 });
    await page.mouse.up();
  }
}

describe('milestone labels of the wide chart', () => {
  it('are each joined to their rule by a leader, at rest, zoomed in on the crowded 2022–2024 rules, and mirrored at the plot’s left edge', async () => {
    await withPage('/timeline/', 1280, async (page) => {
      const chart = page.locator('svg.tl-wide');
      await chart.scrollIntoViewIfNeeded();
      const check = async (when: string, atLeast: number) => {
        const joins = await milestoneJoins(page);
        expect(joins.length, when).toBeGreaterThanOrEqual(atLeast);
        expect(joins.map((join) => [join.name, joinProblem(join)]).filter(([, problem]) => problem), when).toEqual([]);
        return joins;
      };
      const atRest = await check('at rest', 6);
      // Some labels sit away from their rules at rest: the crowded ones, spread apart.
      expect(atRest.filter((m) => m.leader && m.leader.right - m.leader.left > 6).length).toBeGreaterThan(0);
      // Ctrl+wheel over the hearing's rule zooms in around it.
      const hearing = atRest.find((m) => m.name === 'Senate hearing') ?? atRest.at(-1)!;
      const box = (await chart.boundingBox())!;
      await page.mouse.move(hearing.ruleX, box.y + box.height / 2);
      await page.keyboard.down('Control');
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await expect.poll(() => chart.evaluate((svg) => svg.classList.contains('is-zoomed'))).toBe(true);
      const zoomed = await check('zoomed in', 3);
      expect(zoomed.map((m) => m.name)).toContain(hearing.name);
      // Dragged until a label written left of its rule would run into the lane names: it is mirrored, its leader with it.
      const leftward = zoomed.find((m) => m.text.right < m.ruleX)!;
      const plotLeft = await plotStart(page);
      // Zoomed all the way in, the chart is dragged until that rule is near the plot's start.
      while (await page.locator('button[data-zoom="in"]').isEnabled()) await page.click('button[data-zoom="in"]');
      await dragRuleTo(page, leftward.name, plotLeft + 40);
      const panned = await check('panned', 1);
      const mirrored = panned.find((m) => m.name === leftward.name)!;
      expect(mirrored.ruleX).toBeLessThan(plotLeft + 45);
      expect(mirrored.text.left, mirrored.name).toBeGreaterThan(mirrored.ruleX);
    });
  });

  it('hide while their rule is out of the zoomed plot, instead of showing cut at its edge', async () => {
    await withPage('/timeline/', 1280, async (page) => {
      const chart = page.locator('svg.tl-wide');
      await chart.scrollIntoViewIfNeeded();
      // A label written left of its rule: with the rule just past the chart's right edge, it would straddle that edge.
      const leftward = (await milestoneJoins(page)).find((m) => m.text.right < m.ruleX)!;
      while (await page.locator('button[data-zoom="in"]').isEnabled()) await page.click('button[data-zoom="in"]');
      const chartRight = (await chart.boundingBox())!.x + (await chart.boundingBox())!.width;
      const milestone = chart.locator('.tl-milestone', { hasText: leftward.name });
      const label = () => milestone.locator('text').evaluate((text) => ({ visibility: getComputedStyle(text).visibility, left: text.getBoundingClientRect().left }));
      await dragRuleTo(page, leftward.name, chartRight + 30);
      expect((await milestone.locator('.tl-rule').boundingBox())!.x).toBeGreaterThan(chartRight);
      const outside = await label();
      expect(outside.left, 'the label reaches into the chart').toBeLessThan(chartRight);
      expect(outside.visibility).toBe('hidden');
      // Back in the plot, it shows again.
      await dragRuleTo(page, leftward.name, chartRight - 200);
      expect((await label()).visibility).toBe('visible');
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
