/** The timeline as a reader meets it in Chromium: complete without script, keyboard path, filters, table, data, axe (links into it: timeline-links.test.ts; the maps: timeline-map.test.ts; zoom: timeline-zoom.test.ts). */
import { AxeBuilder } from '@axe-core/playwright';
import { describe, expect, it } from 'vitest';
import { baseURL } from './browser.ts';
import { chartIds, focusedId, inViewport, timelineSuite, visibleRowIds } from './timeline-page.ts';

const { events, withPage, open } = timelineSuite();

describe('timeline › without JavaScript', () => {
  it('has every event in both charts and in the table, each with an accessible name and a link to its page', async () => {
    expect(events.length).toBeGreaterThan(0);
    await withPage(
      '/timeline/',
      async (page) => {
        const ids = events.map((e) => e.id).sort();
        expect((await chartIds(page, 'wide')).sort()).toEqual(ids);
        expect((await chartIds(page, 'narrow')).sort()).toEqual(ids);
        const rowIds = await page.$$eval('.tl-table tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
        expect(rowIds).toEqual(events.map((e) => e.id));
        for (const event of events.slice(0, 5)) {
          const link = page.locator(`.tl-wide a.tl-event[data-id="${event.id}"]`);
          expect(await link.getAttribute('aria-label')).toContain(event.name);
          expect(await link.getAttribute('href')).toBe(`/timeline/${event.id}/`);
          expect(await page.locator(`.tl-table tr[data-id="${event.id}"] a[href="/timeline/${event.id}/"]`).count()).toBe(1);
        }
        // Lanes are labelled, years are on the axis, and the filters (which need script) stay hidden.
        expect(await page.locator('.tl-wide .tl-lane-label').count()).toBeGreaterThan(0);
        expect(await page.locator('.tl-wide .tl-tick text').count()).toBeGreaterThan(0);
        expect(await page.locator('[data-timeline-controls]').isVisible()).toBe(false);
      },
      { javaScriptEnabled: false },
    );
  });

  it('gives every event a page with its facts, sources and neighbours', async () => {
    await withPage(
      `/timeline/${events[1]!.id}/`,
      async (page) => {
        expect(await page.locator('h1').textContent()).toBe(events[1]!.name);
        for (const source of events[1]!.sources) expect(await page.locator(`a[href="${source.url}"]`).count()).toBeGreaterThan(0);
        expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe(`/timeline/${events[0]!.id}/`);
        if (events[2]!) expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe(`/timeline/${events[2]!.id}/`);
        expect(await page.locator('.tl-map .tl-place.is-active').count()).toBe(1);
      },
      { javaScriptEnabled: false },
    );
  });
});

describe('timeline › labels as rendered', () => {
  // The layout places labels with a width estimate; here Chromium measures the text it actually draws.
  it('no event or milestone label in the wide chart overlaps another label or another event, and none leaves the chart', async () => {
    await withPage(
      '/timeline/',
      async (page) => {
        const found = await page.evaluate(() => {
          type Box = { name: string; left: number; right: number; top: number; bottom: number };
          const box = (el: Element, name: string): Box => {
            const r = el.getBoundingClientRect();
            return { name, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
          };
          const svg = document.querySelector('.tl-wide')!;
          const eventLabels = [...svg.querySelectorAll('.tl-event')].flatMap((a) => {
            const label = a.querySelector('.tl-label');
            return label ? [{ own: a, box: box(label, label.textContent!) }] : [];
          });
          const milestoneLabels = [...svg.querySelectorAll('.tl-milestone text')].map((t) => box(t, t.textContent!));
          const marks = [...svg.querySelectorAll('.tl-event')].map((a) => ({ own: a, box: box(a.querySelector('.tl-hit')!, (a as SVGAElement).dataset.id!) }));
          const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
          const problems: string[] = [];
          for (const [i, a] of eventLabels.entries()) {
            for (const b of eventLabels.slice(i + 1)) if (overlap(a.box, b.box)) problems.push(`${a.box.name} × ${b.box.name}`);
            for (const m of marks) if (m.own !== a.own && overlap(a.box, m.box)) problems.push(`${a.box.name} × event ${m.box.name}`);
          }
          for (const [i, a] of milestoneLabels.entries()) for (const b of milestoneLabels.slice(i + 1)) if (overlap(a, b)) problems.push(`${a.name} × ${b.name}`);
          const chart = box(svg, 'chart');
          for (const label of [...eventLabels.map((l) => l.box), ...milestoneLabels]) if (label.right > chart.right || label.left < chart.left) problems.push(`${label.name} leaves the chart`);
          return { problems, counted: eventLabels.length + milestoneLabels.length };
        });
        expect(found.counted).toBeGreaterThan(5);
        expect(found.problems).toEqual([]);
      },
      { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } },
    );
  });
});

describe('timeline › keyboard', () => {
  it('Tab enters the chart once, arrows move in time order, Enter opens the details, Escape closes them', async () => {
    await withPage('/timeline/', async (page) => {
      await page.focus('.tl-skip');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe(events[0]!.id);
      await page.keyboard.press('ArrowRight');
      expect(await focusedId(page)).toBe(events[1]!.id);
      // Focus shows the event's details beside it and highlights its place on the map.
      expect(await page.locator('[data-timeline-tooltip]').textContent()).toContain(events[1]!.name);
      const activePlaces = await page.$$eval('.tl-place.is-active', (gs) => gs.map((g) => (g as SVGGElement).dataset.events!));
      expect(activePlaces).toHaveLength(1);
      expect(activePlaces[0]!.split(' ')).toContain(events[1]!.id);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      expect(await focusedId(page)).toBe(events[1]!.id);
      await page.keyboard.press('End');
      expect(await focusedId(page)).toBe(events.at(-1)!.id);
      await page.keyboard.press('Home');

      const details = page.locator('#event-details');
      expect(await details.isVisible()).toBe(false);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      expect(await details.isVisible()).toBe(true);
      expect(await details.locator('h2').textContent()).toBe(events[1]!.name);
      // The sheet is in view and holds focus; Escape gives focus back to the event.
      expect(await inViewport(page, '#event-details')).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('event-details-heading');
      expect(new URL(page.url()).hash).toBe(`#${events[1]!.id}`);
      expect(new URL(page.url()).pathname).toBe('/timeline/');
      await page.keyboard.press('Escape');
      expect(await details.isVisible()).toBe(false);
      expect(await focusedId(page)).toBe(events[1]!.id);
      expect(new URL(page.url()).hash).toBe('');

      // The chart is one tab stop: the next Tab leaves it.
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => !!document.activeElement?.closest('.tl-chart'))).toBe(false);
    });
  });

  it('works the same way on a 375 px screen, where the chart runs downwards', async () => {
    await withPage(
      '/timeline/',
      async (page) => {
        expect(await page.locator('.tl-narrow').isVisible()).toBe(true);
        expect(await page.locator('.tl-wide').isVisible()).toBe(false);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        await page.focus('.tl-skip');
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => !!document.activeElement?.closest('.tl-narrow'))).toBe(true);
        await page.keyboard.press('ArrowDown');
        expect(await focusedId(page)).toBe(events[1]!.id);
        await page.keyboard.press('Enter');
        expect(await page.locator('#event-details h2').textContent()).toBe(events[1]!.name);
      },
      { viewport: { width: 375, height: 800 } },
    );
  });
});

describe('timeline › filters', () => {
  it('a kind filter changes what the chart, the map and the table show, and lives in the URL', async () => {
    const kind = events.at(-1)!.kind;
    const expected = events.filter((e) => e.kind === kind).map((e) => e.id);
    await withPage('/timeline/', async (page) => {
      const placesBefore = await page.locator('.tl-place:not(.is-filtered-out)').count();
      await page.selectOption('select[name="kind"]', kind);
      expect((await chartIds(page, 'wide')).sort()).toEqual([...expected].sort());
      expect(await visibleRowIds(page)).toEqual(expected);
      const places = await page.$$eval('.tl-place:not(.is-filtered-out)', (gs) => gs.map((g) => (g as SVGGElement).dataset.events!.split(' ')));
      expect(places.length).toBeGreaterThan(0);
      expect(places.every((ids) => ids.some((id) => expected.includes(id)))).toBe(true);
      if (expected.length < events.length) expect(places.length).toBeLessThanOrEqual(placesBefore);
      expect(new URL(page.url()).searchParams.get('kind')).toBe(kind);
      expect(await page.locator('[data-timeline-count]').textContent()).toBe(`${expected.length} of ${events.length} events shown`);
    });
  });

  it('a shared filtered URL opens filtered, and arrows skip the events filtered out', async () => {
    const region = 'near-japan';
    const expected = events.filter((e) => e.regions.includes(region)).map((e) => e.id);
    expect(expected.length).toBeGreaterThan(1);
    await withPage(`/timeline/?region=${region}`, async (page) => {
      expect(await page.locator('select[name="region"]').inputValue()).toBe(region);
      expect(await visibleRowIds(page)).toEqual(expected);
      expect((await chartIds(page, 'wide')).sort()).toEqual([...expected].sort());
      await page.focus('.tl-skip');
      await page.keyboard.press('Tab');
      expect(await focusedId(page)).toBe(expected[0]);
      await page.keyboard.press('ArrowRight');
      expect(await focusedId(page)).toBe(expected[1]);
    });
  });
});

describe('timeline › table, data', () => {
  it('sorts the table by a column with a header button and says so with aria-sort', async () => {
    await withPage('/timeline/', async (page) => {
      const nameHeader = page.locator('.tl-table th[data-sort-key="name"]');
      await nameHeader.locator('button').click();
      expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
      expect(await page.locator('.tl-table th[data-sort-key="date"]').getAttribute('aria-sort')).toBeNull();
      const names = await page.$$eval('.tl-table tbody tr th', (cells) => cells.map((c) => c.textContent!.trim()));
      expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
      await nameHeader.locator('button').click();
      expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
      const reversed = await page.$$eval('.tl-table tbody tr th', (cells) => cells.map((c) => c.textContent!.trim()));
      expect(reversed).toEqual([...names].reverse());
    });
  });

  it('offers the data as JSON and CSV with every event and its source URLs', async () => {
    const csv = await (await fetch(new URL('/data/exercises.csv', baseURL()))).text();
    const lines = csv.trimEnd().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toContain('source_urls');
    expect(csv).toContain(events[0]!.sources[0]!.url);
    for (const event of events) expect(csv).toContain(`${event.id},`);
    await withPage('/timeline/', async (page) => {
      expect(await page.locator('a[href="/data/exercises.csv"]').count()).toBe(1);
      expect(await page.locator('.tl-columns dt').count()).toBe(header.length);
    });
  });
});

describe('timeline › motion', () => {
  // What the chart asks of the browser, recorded from its scrollIntoView calls: no smooth scrolling and no transitions
  // when the reader's system asks for reduced motion.
  for (const [reducedMotion, scroll, transition] of [['reduce', 'instant', '0s'], ['no-preference', 'smooth', '0.12s']] as const) {
    it(`with prefers-reduced-motion: ${reducedMotion}, keyboard moves scroll "${scroll}" and event marks transition in ${transition}`, async () => {
      const { page, externalRequests, close } = await open('/timeline/', { reducedMotion }, async (page) => {
        await page.addInitScript(() => {
          const calls: string[] = [];
          (window as unknown as { scrollCalls: string[] }).scrollCalls = calls;
          const original = Element.prototype.scrollIntoView;
          Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
            if (typeof options === 'object' && this.closest('.tl-chart')) calls.push(options.behavior ?? 'auto');
            return original.call(this, options);
          };
        });
      });
      try {
        await page.focus('.tl-skip');
        await page.keyboard.press('Tab');
        await page.keyboard.press('ArrowRight');
        expect(await focusedId(page)).toBe(events[1]!.id);
        const calls = await page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls);
        expect(calls.length).toBeGreaterThan(0);
        expect(new Set(calls)).toEqual(new Set([scroll]));
        const duration = await page.locator('.tl-wide a.tl-event .tl-hit').first().evaluate((el) => getComputedStyle(el).transitionDuration.split(',')[0]!.trim());
        expect(duration).toBe(transition);
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe(reducedMotion === 'reduce' ? 'auto' : 'smooth');
        expect(externalRequests).toEqual([]);
      } finally {
        await close();
      }
    });
  }
});

describe('timeline › accessibility', () => {
  for (const path of ['/timeline/', '/timeline/?events=first,second#first', 'event page']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const width of [375, 1280]) {
        it(`axe finds no violations on ${path} (${colorScheme}, ${width}px)`, async () => {
          const url = path === 'event page' ? `/timeline/${events[0]!.id}/` : path.replaceAll('first', events[0]!.id).replace('second', events[1]!.id);
          await withPage(
            url,
            async (page) => {
              const results = await new AxeBuilder({ page }).analyze();
              expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
            },
            { colorScheme, viewport: { width, height: 900 } },
          );
        });
      }
    }
  }
});
