/**
 * Forgiving search, generated from the built content: every quote found despite a typing mistake or an extra word,
 * every event found by its name and year, and the type and year filters listing exactly that year's events.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseURL, launchBrowser, openPage } from './browser.ts';
import { dialogInput, dialogResults, openDialogWithSlash, typeSearch } from './search-helpers.ts';
import { extraWordWindows, fewWordWindows, typoWindows } from './search-windows.ts';

interface BuiltQuote {
  page: string;
  place: string;
  text: string;
}
interface BuiltEvent {
  id: string;
  name: string;
  start: string;
  end?: string;
}

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
const quotes: BuiltQuote[] = [];
const events: BuiltEvent[] = [];
const tallies: Record<string, { passed: number; searches: number }> = {};

function count(test: string, passed: boolean): void {
  tallies[test] ??= { passed: 0, searches: 0 };
  tallies[test].searches += 1;
  if (passed) tallies[test].passed += 1;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // Each quote in the article's wording, with its place in the article, from the built /data/quotes.json.
  // A hit on the quote's own page (which holds every wording) finds the quote as well as its place in the article does.
  const built = (await (await fetch(new URL('/data/quotes.json', baseURL()))).json()) as { quotes: { articleWording: string; links: { place: string; page: string } }[] };
  for (const quote of built.quotes) {
    const place = new URL(quote.links.place);
    quotes.push({ place: place.pathname + place.hash, page: new URL(quote.links.page).pathname, text: `“${quote.articleWording}”` });
  }
  const data = (await (await fetch(new URL('/data/exercises.json', baseURL()))).json()) as { events: BuiltEvent[] };
  events.push(...data.events);
  ({ page, close } = await openPage(browser, '/'));
  await openDialogWithSlash(page);
});

afterAll(async () => {
  for (const [test, { passed, searches }] of Object.entries(tallies)) console.log(`forgiving search › ${test}: ${passed}/${searches} passed`);
  await close?.();
  await browser?.close();
});

async function topThree(query: string): Promise<string[]> {
  return (await typeSearch(page, dialogInput, dialogResults, query)).slice(0, 3).map((hit) => hit.href);
}

describe('search › forgiving', () => {
  it('the built site has quotes and events to test', () => {
    expect(quotes.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
  });

  it('a few words of each quote with one letter dropped or two swapped in one word put it in the top 3, saying what was searched', async () => {
    const misses: string[] = [];
    for (const quote of quotes) {
      for (const window of fewWordWindows(quote.text)) {
        for (const { kind, query } of typoWindows(window)) {
          const top = await topThree(query);
          const found = top.includes(quote.place) || top.includes(quote.page);
          count(`one letter ${kind}`, found);
          if (!found) misses.push(`${query}  →  wanted ${quote.place}, top 3: ${top.join(', ') || 'nothing'}`);
          else expect(await page.textContent('.search-dialog .search-status')).toMatch(/^Showing results for “|results? for “/);
        }
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
    expect(tallies['one letter dropped']?.searches).toBeGreaterThanOrEqual(quotes.length);
  }, 600_000);

  it('the same few words with one extra common word (who, said, the) still put the quote in the top 3', async () => {
    const misses: string[] = [];
    for (const quote of quotes) {
      for (const window of fewWordWindows(quote.text)) {
        for (const query of extraWordWindows(window)) {
          const top = await topThree(query);
          const found = top.includes(quote.place) || top.includes(quote.page);
          count('one extra word', found);
          if (!found) misses.push(`${query}  →  wanted ${quote.place}, top 3: ${top.join(', ') || 'nothing'}`);
        }
      }
    }
    expect(misses, misses.join('\n')).toEqual([]);
    expect(tallies['one extra word']?.searches).toBeGreaterThanOrEqual(quotes.length * 3);
  }, 600_000);

  it('every event is found by its name and year, in the top 3, with its date and kind', async () => {
    const misses: string[] = [];
    for (const event of events) {
      const year = event.start.slice(0, 4);
      const query = event.name.includes(year) ? event.name : `${event.name} ${year}`;
      const hits = (await typeSearch(page, dialogInput, dialogResults, query)).slice(0, 3);
      const hit = hits.find((h) => h.href === `/timeline/${event.id}/`);
      count('event by name and year', Boolean(hit));
      if (!hit) misses.push(`${query}  →  wanted /timeline/${event.id}/, top 3: ${hits.map((h) => h.href).join(', ') || 'nothing'}`);
      else expect(hit.meta, query).toMatch(new RegExp(`^Event · .+ · .*${year}`));
    }
    expect(misses, misses.join('\n')).toEqual([]);
  }, 600_000);
});

describe('search › filters by type and year', () => {
  it('type=event and year=Y list exactly the events of year Y (those spanning it too), in date order', async () => {
    const years = [...new Set(events.flatMap((event) => yearsOf(event)))].sort();
    const opened = await openPage(browser, '/search/');
    try {
      for (const year of years) {
        const expected = events.filter((event) => yearsOf(event).includes(year));
        await opened.page.goto(new URL(`/search/?type=event&year=${year}`, baseURL()).href);
        await opened.page.waitForFunction(() => {
          const list = document.querySelector('[data-search-page] .search-results');
          return list?.getAttribute('data-query') === '' && !list.hasAttribute('aria-busy');
        });
        const shown = await opened.page.$$eval('[data-search-page] a.search-hit', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        const starts = shown.map((path) => events.find((event) => `/timeline/${event.id}/` === path)?.start ?? '');
        const exact = JSON.stringify([...shown].sort()) === JSON.stringify(expected.map((event) => `/timeline/${event.id}/`).sort());
        const inDateOrder = starts.every((start, i) => i === 0 || starts[i - 1]! <= start);
        count('type=event and year filter', exact && inDateOrder);
        expect([...shown].sort(), `year ${year}`).toEqual(expected.map((event) => `/timeline/${event.id}/`).sort());
        expect(starts, `year ${year}: in date order`).toEqual([...starts].sort());
      }
    } finally {
      await opened.close();
    }
  }, 600_000);
});

function yearsOf(event: BuiltEvent): string[] {
  const first = Number(event.start.slice(0, 4));
  const last = Number((event.end ?? event.start).slice(0, 4));
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}
