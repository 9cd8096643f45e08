/** Links into the timeline: a shared /timeline/#<id>, a tap or Enter on a phone, the article's events link, and event pages' links back. */
import { describe, expect, it } from 'vitest';
import { baseURL } from './browser.ts';
import { focusedId, inViewport, timelineSuite } from './timeline-page.ts';

const { events, withPage, open } = timelineSuite();

describe('timeline › links into it', () => {
  it('/timeline/#<id> opens that event and brings it into view', async () => {
    const target = events.at(-1)!;
    await withPage(`/timeline/#${target.id}`, async (page) => {
      await page.locator('#event-details').waitFor({ state: 'visible' });
      expect(await page.locator('#event-details h2').textContent()).toBe(target.name);
      const box = await page.locator(`.tl-wide a.tl-event[data-id="${target.id}"] .tl-hit`).boundingBox();
      const viewport = page.viewportSize()!;
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
    });
  });

  for (const way of ['a tap', 'a shared link'] as const) {
    it(`on a 375 px touch screen, ${way} shows the event's details inside the viewport, and focus goes there and back`, async () => {
      const target = events.at(-3)!;
      await withPage(
        way === 'a tap' ? '/timeline/' : `/timeline/#${target.id}`,
        async (page) => {
          if (way === 'a tap') {
            const mark = page.locator(`.tl-narrow a.tl-event[data-id="${target.id}"] .tl-hit`);
            await mark.scrollIntoViewIfNeeded();
            await mark.tap();
          }
          await page.locator('#event-details').waitFor({ state: 'visible' });
          expect(await page.locator('#event-details h2').textContent()).toBe(target.name);
          expect(await inViewport(page, '#event-details')).toBe(true);
          expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-details-heading');
          await page.locator('[data-details-close]').tap();
          expect(await page.locator('#event-details').isVisible()).toBe(false);
          expect(await focusedId(page)).toBe(target.id);
          expect(await page.evaluate(() => !!document.activeElement?.closest('.tl-narrow'))).toBe(true);
        },
        { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true },
      );
    });
  }

  it('the article’s events link highlights its events in the chart, the table and the map', async () => {
    const { page: articlePage, close } = await open('/');
    const articleHref = await articlePage.locator('.featured h1 a').getAttribute('href');
    await articlePage.goto(new URL(articleHref!, baseURL()).href);
    const link = articlePage.locator('a.events-link').first();
    const href = (await link.getAttribute('href'))!;
    const ids = (await link.getAttribute('data-events'))!.split(' ');
    await close();
    await withPage(href, async (page) => {
      await page.locator('#event-details').waitFor({ state: 'visible' });
      const highlighted = await page.$$eval('.tl-wide a.tl-event.is-linked', (links) => links.map((a) => (a as SVGAElement).dataset.id!));
      expect(highlighted.sort()).toEqual([...ids].sort());
      expect(await page.locator('.tl-table tr.is-linked').count()).toBe(ids.length);
      expect(await page.locator('.tl-place.is-linked').count()).toBeGreaterThan(0);
      expect(await page.locator('#event-details h2').textContent()).toBe(events.find((e) => e.id === ids[0])!.name);
    });
  });

  it('each event page links back to the article passages that cite it', async () => {
    await withPage('/timeline/', async (page) => {
      const cited = await page.$$eval('template', (templates) =>
        templates.filter((t) => (t as HTMLTemplateElement).content.querySelector('a[href^="/articles/"]')).map((t) => t.id.replace('details-', '')),
      );
      expect(cited.length).toBeGreaterThan(0);
      await page.goto(new URL(`/timeline/${cited[0]}/`, baseURL()).href);
      const passage = page.locator('a[href^="/articles/"]').first();
      expect(await passage.getAttribute('href')).toMatch(/^\/articles\/[^/]+\/#[a-z0-9-]+$/);
    });
  });
});
