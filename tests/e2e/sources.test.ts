/** Source types and attestation as a reader meets them: on event pages, on /sources/, and in the data downloads. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseURL, launchBrowser, openPage } from './browser.ts';

interface SourceRecord {
  id: string;
  url: string;
  publisher: string;
  publisherType: string;
  state: string | null;
  copyOf: { publisher: string; kind: string } | null;
  weak: string | null;
}
interface EventRecord {
  id: string;
  partners: string[];
  attestation: string;
  sources: SourceRecord[];
}

let browser: Browser;
let events: EventRecord[];
let sources: SourceRecord[];
const json = async (path: string) => (await fetch(new URL(path, baseURL()))).json();

beforeAll(async () => {
  browser = await launchBrowser();
  events = (await json('/data/exercises.json')).events;
  sources = (await json('/data/sources.json')).sources;
});
afterAll(async () => browser?.close());

async function withPage(path: string, run: (page: Page) => Promise<void>) {
  const { page, close } = await openPage(browser, path, { javaScriptEnabled: false });
  try {
    await run(page);
  } finally {
    await close();
  }
}

/** What a reader must see beside a source, read from its record: the state of state media, the original of a copy. */
function expectedWords(source: SourceRecord): string {
  if (source.publisherType === 'repost') return `repost of ${source.copyOf!.publisher}`;
  if (source.publisherType === 'state-media') return `state media (${source.state})`;
  return source.copyOf ? `reprint of ${source.copyOf.publisher}` : source.publisherType === 'news' ? 'independent news' : source.publisherType;
}

describe('sources › event pages', () => {
  it('each source is shown with its type, and the event says who attests it, in agreement with the data', async () => {
    const byAttestation = new Map(events.map((e) => [e.attestation, e]));
    expect([...byAttestation.keys()]).toContain('independent');
    expect([...byAttestation.keys()]).toContain('participants-state-media');
    for (const event of byAttestation.values()) {
      await withPage(`/timeline/${event.id}/`, async (page) => {
        const attested = page.locator('.event-facts dd[data-attestation]');
        expect(await attested.getAttribute('data-attestation')).toBe(event.attestation);
        expect(await attested.textContent()).toBe(
          event.attestation === 'independent' ? 'Independent or official source' : event.attestation === 'reposts-only' ? 'Only reposts' : 'Only the participants’ state media',
        );
        for (const source of event.sources) {
          const item = page.locator('li', { has: page.locator(`a[href="${source.url}"]`) }).first();
          expect(await item.locator('.source-type').textContent()).toContain(expectedWords(source));
        }
      });
    }
  });
  it('an event attested only by the participants’ state media has no source outside them', () => {
    for (const event of events.filter((e) => e.attestation === 'participants-state-media')) {
      for (const source of event.sources) {
        expect(source.publisherType === 'repost' || (source.publisherType === 'state-media' && event.partners.includes(source.state!)), `${event.id}: ${source.id}`).toBe(true);
      }
    }
  });
});

describe('sources › the attestation filter', () => {
  it('narrows the chart, the map and the table to events attested only by the participants’ state media, and lives in the URL', async () => {
    const expected = events.filter((e) => e.attestation === 'participants-state-media').map((e) => e.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(events.length);
    const { page, close } = await openPage(browser, '/timeline/');
    try {
      await page.locator('.tl-controls:not(.is-pending)').waitFor();
      await page.selectOption('select[name="attested"]', 'participants-state-media');
      const shown = (selector: string) =>
        page.$$eval(selector, (els) => els.filter((el) => !el.classList.contains('is-filtered-out')).map((el) => (el as HTMLElement).dataset.id!));
      expect((await shown('.tl-wide a.tl-event')).sort()).toEqual([...expected].sort());
      expect((await shown('.tl-narrow a.tl-event')).sort()).toEqual([...expected].sort());
      expect(await shown('.tl-table tbody tr')).toEqual(expected);
      const places = await page.$$eval('.tl-place', (gs) =>
        gs.map((g) => ({ ids: (g as SVGGElement).dataset.events!.split(' '), out: g.classList.contains('is-filtered-out') })),
      );
      for (const place of places) expect(place.out, place.ids.join(' ')).toBe(!place.ids.some((id) => expected.includes(id)));
      expect(new URL(page.url()).searchParams.get('attested')).toBe('participants-state-media');
      expect(await page.locator('[data-timeline-count]').textContent()).toBe(`${expected.length} of ${events.length} events shown`);
    } finally {
      await close();
    }
  });
});

describe('sources › /sources/ and the downloads', () => {
  it('/sources/ labels every source with its type and gives the reason a weak one is kept', async () => {
    await withPage('/sources/', async (page) => {
      for (const source of sources) {
        const item = page.locator(`li#source-${source.id}`);
        expect(await item.locator('.source-type').textContent(), source.id).toContain(expectedWords(source));
        if (source.weak) expect(await item.textContent(), source.id).toContain(source.weak);
      }
    });
  });
  it('/sources/ puts every source once under its publisher type, with a jump list to each group and its count', async () => {
    await withPage('/sources/', async (page) => {
      const jumps = await page.locator('nav.sources-jump li').evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, count: Number(/\((\d+)\)$/.exec(li.textContent!.trim())![1]) })),
      );
      expect(jumps.map((j) => j.href).sort()).toEqual([...new Set(sources.map((s) => `#sources-${s.publisherType}`))].sort());
      expect(jumps.reduce((total, j) => total + j.count, 0)).toBe(sources.length);
      for (const jump of jumps) expect(await page.locator(`section:has(> h2${jump.href}) li`).count(), jump.href).toBe(jump.count);
      const groupOf = await page.locator('.sources-list li').evaluateAll((items) => items.map((li) => [li.id, li.closest('section')!.querySelector('h2')!.id]));
      expect(groupOf.sort()).toEqual(sources.map((s) => [`source-${s.id}`, `sources-${s.publisherType}`]).sort());
    });
  });
  it('each “Supports” entry on /sources/ links to its claim (the page exists and holds the fragment), and every event’s sources link to the event', async () => {
    await withPage('/sources/', async (page) => {
      const targets = await page.locator('.sources-list li .meta a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      expect(targets.length).toBeGreaterThanOrEqual(sources.length);
      const fragmentsByPage = new Map<string, Set<string>>();
      for (const target of targets) {
        const url = new URL(target);
        const fragments = fragmentsByPage.get(url.pathname) ?? new Set<string>();
        if (url.hash) fragments.add(decodeURIComponent(url.hash.slice(1)));
        fragmentsByPage.set(url.pathname, fragments);
      }
      for (const [path, fragments] of fragmentsByPage) {
        const response = await fetch(new URL(path, baseURL()));
        expect(response.status, path).toBe(200);
        const html = await response.text();
        for (const fragment of fragments) expect(html, `${path}#${fragment}`).toContain(`id="${fragment}"`);
      }
      for (const event of events) {
        for (const source of event.sources) {
          expect(await page.locator(`li#source-${source.id} .meta a[href="/timeline/${event.id}/"]`).count(), `${source.id} → ${event.id}`).toBe(1);
        }
      }
    });
  });
  it('the CSV carries each event’s attestation and its sources’ types, in the JSON’s order', async () => {
    const csv = await (await fetch(new URL('/data/exercises.csv', baseURL()))).text();
    const rows = csv.trimEnd().split('\r\n');
    const header = rows[0]!.split(',');
    const types = header.indexOf('source_types');
    const attestation = header.indexOf('attestation');
    expect(types).toBeGreaterThan(-1);
    expect(attestation).toBeGreaterThan(-1);
    // The columns from attestation on hold no commas, so the row is read from its end (summaries before them may be quoted).
    const first = events[0]!;
    const row = rows[1]!.split(',');
    const cell = (index: number) => row[row.length - (header.length - index)];
    expect(cell(attestation)).toBe(first.attestation);
    expect(cell(types)).toBe(first.sources.map((s) => (s.state ? `state-media:${s.state}` : s.publisherType)).join('; '));
  });
});
