/** What the timeline tests share: the events as the downloads list them, and readings of the timeline page. */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { baseURL, launchBrowser, openPage, withPage } from './browser.ts';

export interface EventRecord {
  id: string;
  name: string;
  kind: string;
  regions: string[];
  sources: { url: string }[];
}

/** Every event in time order, from /data/exercises.json: the tests take their expectations from it, so they hold for any content. */
async function timelineEvents(): Promise<EventRecord[]> {
  return (await (await fetch(new URL('/data/exercises.json', baseURL()))).json()).events;
}

export const chartIds = (page: Page, chart: 'wide' | 'narrow') =>
  page.$$eval(`.tl-${chart} a.tl-event:not(.is-filtered-out)`, (links) => links.map((a) => (a as SVGAElement).dataset.id!));

export const visibleRowIds = (page: Page) =>
  page.$$eval('.tl-table tbody tr', (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => (r as HTMLElement).dataset.id!));

/** Whether the element sits wholly inside the viewport once its entrance animation (the sheet's slide-in) has ended. */
export const inViewport = (page: Page, selector: string) =>
  page.$eval(selector, async (el) => {
    await Promise.all(el.getAnimations().map((animation) => animation.finished));
    const box = el.getBoundingClientRect();
    return box.height > 0 && box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  });

export const focusedId = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset?.id ?? document.activeElement?.tagName);

/**
 * A test file's Chromium and events: started before its tests, closed after. `events` is filled in place, so it can be
 * destructured at the top of the file; `withPage` and `open` use the file's browser.
 */
export function timelineSuite() {
  let browser: Browser;
  const events: EventRecord[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
    events.push(...(await timelineEvents()));
  });
  afterAll(async () => browser?.close());
  return {
    events,
    withPage: (path: string, run: (page: Page) => Promise<void>, options: BrowserContextOptions = {}) => withPage(browser, path, run, options),
    open: (path: string, options?: BrowserContextOptions, beforeLoad?: (page: Page) => Promise<void>) => openPage(browser, path, options, beforeLoad),
  };
}
