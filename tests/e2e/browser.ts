/** Launches Debian's Chromium through playwright-core with the flags this machine needs, and opens pages of the built site. */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { chromiumFlags, chromiumPath } from '../chromium.ts';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
}

export const baseURL = () => inject('baseURL');

/** Opens a page of the built site in a fresh context; requests to any other host are recorded and blocked. */
export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
  /** Runs on the new page before it loads the path (to add init scripts or listeners). */
  beforeLoad?: (page: Page) => Promise<void>,
): Promise<{ page: Page; externalRequests: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const externalRequests: string[] = [];
  const origin = new URL(baseURL()).origin;
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    externalRequests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  await beforeLoad?.(page);
  await page.goto(new URL(path, baseURL()).href);
  return { page, externalRequests, close: () => context.close() };
}
