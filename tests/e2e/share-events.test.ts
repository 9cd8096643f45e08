/**
 * Sharing a timeline event, as a reader does it: from the timeline's details panel and from the event's own page,
 * by keyboard, with Copy link (the event page's canonical URL, whose og:image is the event's card) and Share…
 * (navigator.share, recorded by a stand-in, since headless Chromium has none). Nothing runs from an inline handler.
 */
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, siteURL } from './browser.ts';
import { absoluteUrl } from '../../src/site.ts';

interface EventRecord {
  id: string;
  name: string;
}

let browser: Browser;
let events: EventRecord[];
beforeAll(async () => {
  browser = await launchBrowser();
  events = (await (await fetch(siteURL('/data/exercises.json'))).json()).events;
});
afterAll(async () => browser?.close());

const options = { permissions: ['clipboard-read', 'clipboard-write'] };
/** A stand-in for the Web Share API that records what it was given, and a record of CSP violations. */
async function recordSharing(page: Page) {
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    Object.assign(window, { shared, violations: [] as string[] });
    Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
    document.addEventListener('securitypolicyviolation', (event) => (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`));
  });
}
const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const shared = (page: Page) => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
/** Inline event handler attributes (onclick=…) anywhere in the page as it now stands. */
const inlineHandlers = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)));

describe('share › timeline events', () => {
  test('the details panel: keyboard to Share <event>, Copy link gives the event page’s URL, Share… hands it over; it follows the event shown', async () => {
    const [first, second] = events;
    const { page, close } = await openPage(browser, `/timeline/#${first!.id}`, options, recordSharing);
    const panel = page.locator('#event-details');
    await panel.waitFor({ state: 'visible' });
    // From the panel's Close button, one Tab reaches the share button, named in words after the event.
    await panel.getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(`Share ${first!.name}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    const menu = panel.getByRole('group', { name: `Share ${first!.name}` });
    expect(await menu.getByRole('button').allTextContents()).toEqual(['Copy link', 'Embed: copy the iframe code', 'Share…']);
    const axe = await new AxeBuilder({ page }).include('#event-details').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await readClipboard(page)).toBe(absoluteUrl(`/timeline/${first!.id}/`));
    await expect.poll(() => page.locator('.share-status').textContent()).toBe('Link copied');

    // Another event shown: the same control now shares it.
    await page.evaluate((id) => (location.hash = id), second!.id);
    await expect.poll(() => panel.locator('h2').textContent()).toBe(second!.name);
    await panel.getByRole('button', { name: `Share ${second!.name}` }).click();
    await panel.getByRole('button', { name: 'Share…' }).click();
    expect(await shared(page)).toEqual([{ url: absoluteUrl(`/timeline/${second!.id}/`), title: second!.name }]);
    expect(await inlineHandlers(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await close();
  });

  test('an event page: Share <event> offers Copy link and Share… with the page’s URL, and its card is the page’s og:image', async () => {
    const event = events[Math.floor(events.length / 2)]!;
    const { page, close } = await openPage(browser, `/timeline/${event.id}/`, options, recordSharing);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(image).toBe(absoluteUrl(`/cards/events/${event.id}.png`));
    const card = await fetch(siteURL(`/cards/events/${event.id}.png`));
    expect([card.status, card.headers.get('content-type')]).toEqual([200, 'image/png']);

    const button = page.getByRole('button', { name: `Share ${event.name}` });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    expect(await page.getByRole('group', { name: `Share ${event.name}` }).getByRole('button').allTextContents()).toEqual(['Copy link', 'Embed: copy the iframe code', 'Share…']);
    await page.keyboard.press('Enter');
    expect(await readClipboard(page)).toBe(absoluteUrl(`/timeline/${event.id}/`));
    await button.click();
    await page.getByRole('button', { name: 'Share…' }).click();
    expect(await shared(page)).toEqual([{ url: absoluteUrl(`/timeline/${event.id}/`), title: event.name }]);
    expect(await inlineHandlers(page)).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    await close();
  });
});
