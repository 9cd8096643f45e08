/** The timeline's maps in Chromium: names and marks drawn at build time, marks linked to the chart both ways, an event page's locator. */
import { describe, expect, it } from 'vitest';
import { timelineSuite } from './timeline-page.ts';

const { events, withPage } = timelineSuite();

describe('timeline › map', () => {
  it('names the seas and places the article names, draws a mark per event with a legend, and needs no script', async () => {
    await withPage(
      '/timeline/',
      async (page) => {
        const labels = await page.$$eval('.tl-map .water-label, .tl-map .country-label', (texts) => texts.map((t) => t.textContent!.trim()));
        for (const name of ['Sea of Japan', 'East China Sea', 'Yellow Sea', 'Sea of Okhotsk', 'Taiwan Strait', 'TAIWAN']) expect(labels).toContain(name);
        const marked = await page.$$eval('.tl-map a.tl-map-mark', (marks) => marks.map((a) => (a as SVGAElement).dataset.id!));
        expect(marked.sort()).toEqual(events.map((e) => e.id).sort());
        for (const event of events.slice(0, 3)) {
          const mark = page.locator(`.tl-map a.tl-map-mark[data-id="${event.id}"]`);
          expect(await mark.getAttribute('aria-label')).toContain(event.name);
          expect(await mark.getAttribute('href')).toBe(`/timeline/${event.id}/`);
        }
        const kinds = new Set(events.map((e) => e.kind));
        expect(await page.locator('.tl-legend .tl-legend-key').count()).toBe(kinds.size);
        // No two marks overlap, wherever events share a place.
        const overlaps = await page.$$eval('.tl-map svg', (svgs) =>
          svgs.flatMap((svg) => {
            const circles = [...svg.querySelectorAll('.map-mark')].map((c) => c.getBoundingClientRect());
            return circles.flatMap((a, i) => circles.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < a.width * 0.95).map(() => 1));
          }),
        );
        expect(overlaps).toEqual([]);
      },
      { javaScriptEnabled: false },
    );
  });

  it('hovering a map mark names its event and marks it in the chart; hovering the chart marks the map; a click opens the details', async () => {
    const target = events.find((e) => e.regions.includes('near-japan'))!;
    await withPage('/timeline/', async (page) => {
      const mark = page.locator(`.tl-map a.tl-map-mark[data-id="${target.id}"]`);
      await mark.scrollIntoViewIfNeeded();
      await mark.hover();
      const tooltip = page.locator('[data-map-tooltip]');
      expect(await tooltip.isVisible()).toBe(true);
      expect(await tooltip.textContent()).toContain(target.name);
      expect(await page.$$eval('.tl-wide a.tl-event.is-hovered', (links) => links.map((a) => (a as SVGAElement).dataset.id))).toEqual([target.id]);
      const other = events.find((e) => e.id !== target.id && e.regions.includes('near-japan'))!;
      await page.locator(`.tl-wide a.tl-event[data-id="${other.id}"] .tl-hit`).hover();
      expect(await page.$$eval('.tl-place.is-hovered', (marks) => marks.map((a) => (a as SVGAElement).dataset.events))).toEqual([other.id]);
      await mark.click();
      expect(await page.locator('#event-details h2').textContent()).toBe(target.name);
    });
  });

  it('an event page has a locator map zoomed to the event, with its mark and the names around it', async () => {
    const target = events.find((e) => e.id.includes('northern-interaction')) ?? events[0]!;
    await withPage(
      `/timeline/${target.id}/`,
      async (page) => {
        expect(await page.locator('.tl-map-locator .tl-map-mark.is-active').count()).toBe(1);
        expect(await page.locator('.tl-map-locator .water-label, .tl-map-locator .country-label').count()).toBeGreaterThan(1);
      },
      { javaScriptEnabled: false },
    );
  });
});
