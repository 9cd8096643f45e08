/** Zoom and pan of the wide timeline chart in Chromium at 1280 px: the buttons, the +/− keys on an event, Ctrl+wheel
 * (what a trackpad pinch sends) about the pointer, and dragging a zoomed chart. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, withPage } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const withTimeline = (run: (page: Page) => Promise<void>) => withPage(browser, '/timeline/', run, { viewport: { width: 1280, height: 900 } });

/** Where each event of the wide chart starts on screen (px from the viewport's left), by id: the origin of its positioned group. */
const eventXs = (page: Page) =>
  page.$$eval('.tl-wide a.tl-event', (links) =>
    Object.fromEntries(links.map((a) => [(a as SVGAElement).dataset.id!, (a.querySelector('.tl-pos') as SVGGElement).getScreenCTM()!.e])),
  );
/** How far apart the first and last events are on screen. */
const spread = async (page: Page) => {
  const xs = Object.values(await eventXs(page));
  return Math.max(...xs) - Math.min(...xs);
};
/** An event about a third of the way along the chart: its id, where it starts on screen, and the centre of its mark. */
async function eventInView(page: Page) {
  const xs = Object.entries(await eventXs(page)).sort((a, b) => a[1] - b[1]);
  const [id, x] = xs[Math.floor(xs.length / 3)]!;
  const box = (await page.locator(`.tl-wide a.tl-event[data-id="${id}"] .tl-hit`).boundingBox())!;
  return { id, x, mark: { x: box.x + box.width / 2, y: box.y + box.height / 2 } };
}

describe('timeline › zoom', () => {
  it('zooming in spreads the events apart, and "Show all years" puts them back', async () => {
    await withTimeline(async (page) => {
      const before = await spread(page);
      await page.click('button[data-zoom="in"]');
      expect(await spread(page)).toBeGreaterThan(before * 1.5);
      await page.click('button[data-zoom="reset"]');
      expect(Math.round(await spread(page))).toBe(Math.round(before));
    });
  });

  it('+ on a focused event zooms in and − zooms back out', async () => {
    await withTimeline(async (page) => {
      const before = await spread(page);
      await page.focus('.tl-skip');
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.tl-wide a.tl-event'))).toBe(true);
      await page.keyboard.press('+');
      const zoomed = await spread(page);
      expect(zoomed).toBeGreaterThan(before * 1.9);
      await page.keyboard.press('-');
      expect(await spread(page)).toBeCloseTo(before, 0);
    });
  });

  it('Ctrl+wheel zooms about the pointer, keeping the date under it in place; a plain wheel does not zoom', async () => {
    await withTimeline(async (page) => {
      await page.locator('.tl-wide').scrollIntoViewIfNeeded();
      await page.evaluate(() => {
        (window as unknown as { wheels: number }).wheels = 0;
        addEventListener('wheel', () => (window as unknown as { wheels: number }).wheels++, { capture: true, passive: true });
      });
      const wheels = () => page.evaluate(() => (window as unknown as { wheels: number }).wheels);
      const before = await spread(page);
      const target = await eventInView(page);

      // A plain wheel reaches the chart and leaves its scale alone.
      await page.mouse.move(target.x, target.mark.y);
      await page.mouse.wheel(0, -100);
      await expect.poll(wheels).toBe(1);
      expect(await spread(page)).toBe(before);

      // Ctrl+wheel upwards zooms in; the event under the pointer stays under it.
      const { id, x, mark } = await eventInView(page);
      expect(id).toBe(target.id);
      await page.mouse.move(x, mark.y);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -100);
      await page.keyboard.up('Control');
      await expect.poll(wheels).toBe(2);
      expect(await spread(page)).toBeGreaterThan(before * 1.2);
      expect(Math.abs((await eventXs(page))[target.id]! - x)).toBeLessThan(3);
    });
  });

  it('dragging the zoomed chart pans it by the drag distance and does not open the event it started on', async () => {
    await withTimeline(async (page) => {
      await page.click('button[data-zoom="in"]');
      await page.locator('.tl-wide').scrollIntoViewIfNeeded();
      const start = await eventInView(page);
      const { x, y } = start.mark;
      // The drag starts on the event's link, so a click that got through would open it.
      expect(await page.evaluate(([x, y]) => (document.elementFromPoint(x!, y!)?.closest('a.tl-event') as SVGAElement | null)?.dataset.id, [x, y])).toBe(start.id);
      const url = page.url();
      await page.mouse.move(x, y);
      await page.mouse.down();
      await page.mouse.move(x - 60, y, { steps: 6 });
      await page.mouse.move(x - 120, y, { steps: 6 });
      await page.mouse.up();
      expect(Math.abs((await eventXs(page))[start.id]! - start.x + 120)).toBeLessThan(2);
      expect(page.url()).toBe(url);
      expect(await page.locator('#event-details').isVisible()).toBe(false);
    });
  });
});
